import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';

const source = `package t
eq if not input.x == 1
small if not count(input.xs) > 2
none_three if not input.xs[_] == 3
some_three if not none_three
no_split if not split(input.s, ",")[1] == "b"
after := y if { not input.x == 1; y := input.x }
`;

describe('not', () => {
  const policy = compile({ modules: [{ path: 't.rego', source }] });
  const evaluate = (entrypoint: string, input: unknown): unknown =>
    policy.evaluate(entrypoint, { input });

  it('negates a step that needs no backtracking', () => {
    expect(evaluate('data.t.eq', { x: 1 })).toBeUndefined();
    expect(evaluate('data.t.eq', { x: 2 })).toBe(true);
    expect(evaluate('data.t.eq', {})).toBe(true);
    expect(evaluate('data.t.small', { xs: [1, 2, 3] })).toBeUndefined();
    expect(evaluate('data.t.small', { xs: [1] })).toBe(true);
    expect(evaluate('data.t.no_split', { s: 'a,b' })).toBeUndefined();
    expect(evaluate('data.t.no_split', { s: 'a,c' })).toBe(true);
    expect(evaluate('data.t.after', { x: 4 })).toBe(4);
  });

  it('negates an expression that iterates', () => {
    expect(evaluate('data.t.none_three', { xs: [1, 3] })).toBeUndefined();
    expect(evaluate('data.t.none_three', { xs: [1, 2] })).toBe(true);
    expect(evaluate('data.t.some_three', { xs: [1, 3] })).toBe(true);
    expect(evaluate('data.t.some_three', { xs: [1, 2] })).toBeUndefined();
  });
});
