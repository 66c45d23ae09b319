import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import type { Value } from '../value.js';

describe('values of pure rule sets kept across evaluations', () => {
  it('gives the same results as computing them afresh, whatever the input', () => {
    const source = `package t
parts(s) := {"head": p[0], "rest": count(p) - 1} if p := split(s, ":")
limit := data.cfg.limit
over if count(input.items) > limit
heads := [parts(s).head | some s in input.scopes]`;
    const policy = compile({ modules: [{ path: 't.rego', source }], data: { cfg: { limit: 2 } } });
    const inputA = { items: [1, 2, 3], scopes: ['a:b', 'c'] };
    const inputB = { items: [1], scopes: ['c', 'a:b:c'] };
    for (let i = 0; i < 2; i++) {
      expect(policy.evaluate('data.t.over', { input: inputA })).toBe(true);
      expect(policy.evaluate('data.t.over', { input: inputB })).toBeUndefined();
      expect(policy.evaluate('data.t.heads', { input: inputA })).toEqual(['a', 'c']);
      expect(policy.evaluate('data.t.heads', { input: inputB })).toEqual(['c', 'a']);
    }
  });

  it('does not use kept values under with data, nor keep values computed there', () => {
    const source = `package t
limit := data.cfg.limit
replaced := v if { v := limit with data.cfg.limit as 9 }`;
    const policy = compile({ modules: [{ path: 't.rego', source }], data: { cfg: { limit: 2 } } });
    expect(policy.evaluate('data.t.limit')).toBe(2);
    expect(policy.evaluate('data.t.replaced')).toBe(9);
    expect(policy.evaluate('data.t.limit')).toBe(2);
  });

  it('still raises a builtin error in strict mode after a lenient evaluation', () => {
    const source = 'package t\nhalf(x) := x / 0\np := half(4)';
    const policy = compile({ modules: [{ path: 't.rego', source }] });
    expect(policy.evaluate('data.t.p')).toBeUndefined();
    expect(() => policy.evaluate('data.t.p', { strictBuiltinErrors: true })).toThrow(
      'divide by zero',
    );
    expect(policy.evaluate('data.t.p')).toBeUndefined();
  });

  it('recomputes what depends on the clock or a caller-supplied builtin', () => {
    const seen: Value[] = [];
    const source = 'package t\nnow := time.now_ns()\nprobed := probe(1)';
    const policy = compile({
      modules: [{ path: 't.rego', source }],
      builtins: [
        {
          name: 'probe',
          args: ['any'],
          implementation: (args) => {
            seen.push(args[0] as Value);
            return seen.length;
          },
        },
      ],
    });
    expect(policy.evaluate('data.t.now', { now: 1n })).toBe(1);
    expect(policy.evaluate('data.t.now', { now: 2n })).toBe(2);
    expect(policy.evaluate('data.t.probed')).toBe(1);
    expect(policy.evaluate('data.t.probed')).toBe(2);
  });
});
