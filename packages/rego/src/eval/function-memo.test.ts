import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';
import type { Value } from '../value.js';

/** A policy with a `probe(x)` builtin that records each argument it sees and returns it. */
function probed(source: string): {
  evaluate: (entrypoint: string, input?: unknown) => unknown;
  seen: Value[];
} {
  const seen: Value[] = [];
  const policy = compile({
    modules: [{ path: 'test.rego', source }],
    builtins: [
      {
        name: 'probe',
        args: ['any'],
        implementation: (args) => {
          seen.push(args[0] as Value);
          return args[0] as Value;
        },
      },
    ],
  });
  return { evaluate: (entrypoint, input = {}) => policy.evaluate(entrypoint, { input }), seen };
}

describe('function results are memoised per evaluation', () => {
  it('computes a call with the same scalar arguments once', () => {
    const source =
      'package t\nf(x, y) := probe([x, y])\na := f(1, "s")\nb := f(1, "s")\nc := f(2, "s")\nr := [a, b, c]';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.r')).toEqual([
      [1, 's'],
      [1, 's'],
      [2, 's'],
    ]);
    expect(seen).toEqual([
      [1, 's'],
      [2, 's'],
    ]);
  });

  it('keeps scalars of different types apart', () => {
    const source = 'package t\nf(x) := probe(x)\nr := [f(1), f("1"), f(true), f(null), f(1)]';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.r')).toEqual([1, '1', true, null, 1]);
    expect(seen).toEqual([1, '1', true, null]);
  });

  it('memoises undefined results too', () => {
    const source =
      'package t\nf(x) := y if { probe(x); false; y := 1 }\nr := [1 | not f(3); not f(3)]';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.r')).toEqual([1]);
    expect(seen).toEqual([3]);
  });

  it('starts afresh in every evaluation, and under with', () => {
    const source =
      'package t\nf(x) := probe(object.get(input, "k", x))\na := f(1)\nb := x if { x := f(1) with input as {"k": 9} }';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.a')).toBe(1);
    expect(evaluate('data.t.a')).toBe(1);
    expect(evaluate('data.t.b')).toBe(9);
    expect(seen).toEqual([1, 1, 9]);
  });

  it('matches constant and repeated-variable argument patterns', () => {
    const source =
      'package t\ng("a", x) := 1\ng(x, x) := 2\ng([x, _], y) := 3 if x == y\nr := [g("a", "b"), g("b", "b"), g(["c", 0], "c")]';
    const { evaluate } = probed(source);
    expect(evaluate('data.t.r')).toEqual([1, 2, 3]);
  });
});

describe('some v in collection', () => {
  it('binds each member of an array, a set and an object in order', () => {
    const source = `package t
a := [v | some v in [3, 1, 2]]
s := [v | some v in {3, 1, 2}]
o := [v | some v in {"b": 1, "a": 2}]
n := [v | some v in 7]
i := [v | some v in input.xs]`;
    const { evaluate } = probed(source);
    expect(evaluate('data.t.a')).toEqual([3, 1, 2]);
    expect(evaluate('data.t.s')).toEqual([1, 2, 3]);
    expect(evaluate('data.t.o')).toEqual([2, 1]);
    expect(evaluate('data.t.n')).toEqual([]);
    expect(evaluate('data.t.i', { xs: ['x', 'y'] })).toEqual(['x', 'y']);
    expect(evaluate('data.t.i', {})).toEqual([]);
  });

  it('binds keys and values of an array, a set and an object', () => {
    const source = `package t
a := [[k, v] | some k, v in ["x", "y"]]
s := [[k, v] | some k, v in {"y", "x"}]
o := [[k, v] | some k, v in {"b": 1, "a": 2}]
i := [[k, v] | some k, v in input]
bound := [v | k := 1; some k, v in ["x", "y", "z"]]`;
    const { evaluate } = probed(source);
    expect(evaluate('data.t.a')).toEqual([
      [0, 'x'],
      [1, 'y'],
    ]);
    expect(evaluate('data.t.s')).toEqual([
      ['x', 'x'],
      ['y', 'y'],
    ]);
    expect(evaluate('data.t.o')).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(evaluate('data.t.i', { q: [1], p: null })).toEqual([
      ['p', null],
      ['q', [1]],
    ]);
    expect(evaluate('data.t.bound')).toEqual(['y']);
  });

  it('iterates every value of a collection that itself has several values', () => {
    const source =
      'package t\nr := [v | some v in data.t.docs[_]]\ndocs := {"a": [1, 2], "b": [3]}';
    expect(probed(source).evaluate('data.t.r')).toEqual([1, 2, 3]);
  });

  it('unbinds the variable after the loop, even when it stops early', () => {
    const source =
      'package t\nr if { some v in [1, 2, 3]; v == 2 }\nq := x if { some x in [5]; x > 1 }';
    const { evaluate } = probed(source);
    expect(evaluate('data.t.r')).toBe(true);
    expect(evaluate('data.t.q')).toBe(5);
  });
});

describe('pure function results kept across evaluations', () => {
  // `f` takes thousands of steps to compute; a kept result answers within a few.
  const source =
    'package t\nf(x) := count([y | some y in numbers.range(1, 3000); y != count(x)])\nr := f(input.s)';
  const policy = compile({ modules: [{ path: 't.rego', source }] });
  const withinFewSteps = (s: string): unknown => {
    policy.evaluate('data.t.r', { input: { s } });
    try {
      return policy.evaluate('data.t.r', { input: { s }, maxSteps: 100 });
    } catch (error) {
      return RegoError.isInstance(error) ? error.code : error;
    }
  };

  it('are kept for short scalar arguments', () => {
    expect(withinFewSteps('short')).toBe(2999);
  });

  it('are not kept for long text, which would pin memory', () => {
    expect(withinFewSteps('x'.repeat(2000))).toBe('eval_limit_error');
  });
});
