import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

function errorOf(
  expression: string,
  options: { now?: Date; strictBuiltinErrors?: boolean } = {},
): RegoError | undefined {
  const source = `package t\nimport rego.v1\np := ${expression}\n`;
  try {
    compile({ modules: [{ path: 't.rego', source }] }).evaluate('data.t.p', options);
  } catch (error) {
    if (RegoError.isInstance(error)) return error;
    throw error;
  }
  return undefined;
}

describe('engine faults become accurate RegoErrors', () => {
  it('a string past the engine size limit is a size limit, not a nesting depth', () => {
    const error = errorOf('sprintf("%999999999d", [1])');
    expect(error?.code).toBe('eval_limit_error');
    expect(error?.message).toMatch(/size limit/);
  });

  it('an invalid Date as `now` is a type error (raised in strict mode)', () => {
    const error = errorOf('time.now_ns()', {
      now: new Date(Number.NaN),
      strictBuiltinErrors: true,
    });
    expect(error?.code).toBe('eval_type_error');
  });
});
