import { describe, expect, it } from 'vitest';
import { RegoError } from '../errors.js';
import type { Value } from '../value.js';
import { compile } from './compile-policy.js';

/** Evaluates `p := f(1)` with a custom `f` returning `result`; an error becomes its code. */
function withResult(result: unknown, strict = false): unknown {
  const policy = compile({
    modules: [{ path: 't.rego', source: 'package t\np := f(1)\nq := count({f(1), 0})' }],
    builtins: [{ name: 'f', args: ['any'], implementation: () => result as Value }],
  });
  try {
    return [
      policy.evaluate('data.t.p', { strictBuiltinErrors: strict }),
      policy.evaluate('data.t.q', { strictBuiltinErrors: strict }),
    ];
  } catch (error) {
    return RegoError.isInstance(error) ? error.code : `not a RegoError: ${String(error)}`;
  }
}

describe('results of custom builtins', () => {
  it('never bring NaN or Infinity into values', () => {
    expect(withResult(Number.NaN)).toEqual([undefined, undefined]);
    expect(withResult([Number.POSITIVE_INFINITY])).toEqual([undefined, undefined]);
    expect(withResult(Number.NaN, true)).toBe('eval_builtin_error');
  });

  it('turn -0 into 0', () => {
    const [p, q] = withResult(-0) as [unknown, unknown];
    expect(Object.is(p, 0)).toBe(true);
    expect(q).toBe(1);
  });

  it('convert plain JS collections', () => {
    expect(withResult({ a: [1, new Set([2])] })).toEqual([{ a: [1, [2]] }, 2]);
  });
});
