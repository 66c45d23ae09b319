import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';

// Pure rule values and function results are kept across evaluations; these pin that a kept
// value never hides a builtin error a fresh strict evaluation would raise.
const policy = () =>
  compile({
    modules: [
      {
        path: 'p.rego',
        source: `package p
bad := count(data.n)
f(x) := count(x)
g := f(data.n)
ok := count(data.list)
`,
      },
    ],
    data: { n: 5, list: [1, 2, 3] },
  });

describe('values kept across evaluations', () => {
  it('raises a builtin error on every strict evaluation, even after a non-strict one', () => {
    const p = policy();
    expect(p.evaluate('data.p.bad')).toBeUndefined();
    expect(() => p.evaluate('data.p.bad', { strictBuiltinErrors: true })).toThrow(
      /count: operand 1/,
    );
    expect(() => p.evaluate('data.p.bad', { strictBuiltinErrors: true })).toThrow(
      /count: operand 1/,
    );
    expect(p.evaluate('data.p.bad')).toBeUndefined();
  });

  it('does the same for pure function results', () => {
    const p = policy();
    expect(p.evaluate('data.p.g')).toBeUndefined();
    expect(() => p.evaluate('data.p.g', { strictBuiltinErrors: true })).toThrow(/count: operand 1/);
    expect(() => p.evaluate('data.p.g', { strictBuiltinErrors: true })).toThrow(/count: operand 1/);
  });

  it('keeps error-free values in both modes', () => {
    const p = policy();
    for (let i = 0; i < 3; i++) {
      expect(p.evaluate('data.p.ok', { strictBuiltinErrors: true })).toBe(3);
      expect(p.evaluate('data.p.ok')).toBe(3);
    }
  });
});
