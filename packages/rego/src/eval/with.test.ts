import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';

function evaluate(source: string, data: unknown = {}) {
  const policy = compile({ modules: [{ path: 'test.rego', source }], data });
  return policy.evaluate('data.t.p');
}

describe('with', () => {
  it('replaces input and input paths', () => {
    expect(evaluate('package t\nq := input.a\np := y if y := q with input as {"a": 1}')).toBe(1);
    expect(evaluate('package t\nq := input.a.b\np := y if y := q with input.a.b as 2')).toBe(2);
  });

  it('replaces base and virtual data paths', () => {
    expect(
      evaluate('package t\nq := data.cfg.level\np := y if y := q with data.cfg.level as 3', {
        cfg: { level: 1 },
      }),
    ).toBe(3);
    expect(evaluate('package t\nr := 1\nq := r + 1\np := y if y := q with data.t.r as 10')).toBe(
      11,
    );
  });

  it('mocks builtins with functions and values', () => {
    expect(
      evaluate('package t\nf(_) := 42\nq := count([1])\np := y if y := q with count as f'),
    ).toBe(42);
    expect(evaluate('package t\nq := count([1])\np := y if y := q with count as 7')).toBe(7);
  });

  it('mocks functions, and the replacement still sees the original', () => {
    const source = 'package t\nf(x) := x\ng(x) := f(x) + 1\np := y if y := f(1) with f as g';
    expect(evaluate(source)).toBe(2);
  });

  it('does not leak memoised values across with scopes', () => {
    const source = 'package t\nq := input.v\np := [q, r]\nr := y if y := q with input.v as 2';
    const policy = compile({ modules: [{ path: 'test.rego', source }] });
    expect(policy.evaluate('data.t.p', { input: { v: 1 } })).toEqual([1, 2]);
  });
});
