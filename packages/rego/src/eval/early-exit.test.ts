import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import type { Value } from '../value.js';

/** A policy with a `probe(x)` builtin that records each argument it sees, and returns true. */
function probed(source: string): { evaluate: (entrypoint: string) => unknown; seen: Value[] } {
  const seen: Value[] = [];
  const policy = compile({
    modules: [{ path: 'test.rego', source }],
    builtins: [
      {
        name: 'probe',
        args: ['any'],
        result: 'boolean',
        implementation: (args) => {
          seen.push(args[0] as Value);
          return true;
        },
      },
    ],
  });
  return { evaluate: (entrypoint) => policy.evaluate(entrypoint, { input: {} }), seen };
}

describe('early exit (all rules share one constant value)', () => {
  it('stops a complete rule set at the first rule that succeeds', () => {
    const { evaluate, seen } = probed('package t\np if probe(1)\np if probe(2)\np if probe(3)');
    expect(evaluate('data.t.p')).toBe(true);
    expect(seen).toEqual([1]);
  });

  it('stops a function at the first rule that succeeds', () => {
    const source = 'package t\nf(x) if { x > 0; probe("a") }\nf(x) if probe("b")\nr := f(1)';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.r')).toBe(true);
    expect(seen).toEqual(['a']);
  });

  it('still tries later rules when earlier ones fail', () => {
    const source = 'package t\nf(x) if { x > 5; probe("a") }\nf(x) if probe("b")\nr := f(1)';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.r')).toBe(true);
    expect(seen).toEqual(['b']);
  });

  it('evaluates every rule when the values differ (conflicts are still found)', () => {
    const { evaluate, seen } = probed('package t\np := 1 if probe(1)\np := 2 if probe(2)');
    expect(() => evaluate('data.t.p')).toThrow('complete rules must not produce multiple outputs');
    expect(seen).toEqual([1, 2]);
  });

  it('evaluates every rule when one has an else clause', () => {
    const source = 'package t\np := 1 if probe(1)\np := 1 if { probe(2); false } else := 1';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.p')).toBe(1);
    expect(seen).toEqual([1, 2]);
  });

  it('does not apply to rules with a computed value', () => {
    const source = 'package t\np := x if { probe(1); x := 1 }\np := 1 if probe(2)';
    const { evaluate, seen } = probed(source);
    expect(evaluate('data.t.p')).toBe(1);
    expect(seen).toEqual([1, 2]);
  });

  it('still finds conflicting constant values of a function', () => {
    const source = 'package t\nf(x) := 1 if x > 0\nf(x) := 2 if x > 1\na := f(1)\nb := f(5)';
    const { evaluate } = probed(source);
    expect(evaluate('data.t.a')).toBe(1);
    expect(() => evaluate('data.t.b')).toThrow(
      'functions must not produce multiple outputs for same inputs',
    );
  });
});
