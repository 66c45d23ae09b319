import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from './policy-config-error.js';
import { PolicyError } from './policy-error.js';
import { PolicyEvaluationError } from './policy-evaluation-error.js';

describe('PolicyError', () => {
  it('carries a code and a cause', () => {
    const cause = new Error('root');
    const error = new PolicyEvaluationError({ message: 'engine fault', cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('engine.error');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('PolicyEvaluationError');
    expect(new PolicyConfigError({ message: 'bad' }).code).toBe('config.invalid');
  });

  it('recognises its subclasses through isInstance', () => {
    const config = new PolicyConfigError({ message: 'bad' });
    expect(PolicyError.isInstance(config)).toBe(true);
    expect(PolicyConfigError.isInstance(config)).toBe(true);
    expect(PolicyEvaluationError.isInstance(config)).toBe(false);
    expect(PolicyError.isInstance(new Error('x'))).toBe(false);
    expect(PolicyError.isInstance(null)).toBe(false);
  });

  it('recognises errors from another copy of the package by their Symbol.for marker', () => {
    const foreign = new Error('from a duplicated copy');
    Object.defineProperty(foreign, Symbol.for('kitelogik.error.PolicyError'), { value: true });
    Object.defineProperty(foreign, Symbol.for('kitelogik.error.PolicyEvaluationError'), {
      value: true,
    });
    expect(PolicyError.isInstance(foreign)).toBe(true);
    expect(PolicyEvaluationError.isInstance(foreign)).toBe(true);
    expect(PolicyConfigError.isInstance(foreign)).toBe(false);
  });
});
