import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

function evaluate(expression: string): unknown {
  const source = `package t\nimport rego.v1\np := ${expression}\n`;
  return compile({ modules: [{ path: 't.rego', source }] }).evaluate('data.t.p');
}

describe('number literals past the double range', () => {
  it('are exact integers, never Infinity', () => {
    expect(evaluate('1e400')).toBe(10n ** 400n);
    expect(evaluate('-1.5e400')).toBe(-15n * 10n ** 399n);
    expect(evaluate('1e400 == 1e401')).toBe(false);
    expect(evaluate('1e400 + 1')).toBe(10n ** 400n + 1n);
    expect(evaluate('json.marshal(2e308)')).toBe(`2${'0'.repeat(308)}`);
  });

  it('with an exponent too large to expand are a parse error', () => {
    let code: string | undefined;
    try {
      evaluate('1e999999999');
    } catch (error) {
      code = RegoError.isInstance(error) ? error.code : String(error);
    }
    expect(code).toBe('rego_parse_error');
  });

  it('keep `-0.0` out of values', () => {
    expect(Object.is(evaluate('-0.0'), 0)).toBe(true);
  });
});
