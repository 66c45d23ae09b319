import { describe, expect, it } from 'vitest';
import { callBuiltin } from './call-builtin.js';
import { RegoError } from './errors.js';

describe('callBuiltin', () => {
  it('calls a builtin on JSON arguments and returns JSON', () => {
    expect(callBuiltin('regex.match', ['^a+$', 'aaa'])).toBe(true);
    expect(callBuiltin('split', ['a,b', ','])).toEqual(['a', 'b']);
  });

  it('uses the given clock for time builtins', () => {
    expect(callBuiltin('time.now_ns', [], { nowNs: 42n })).toBe(42);
  });

  it('returns undefined for no result and raises builtin errors as RegoErrors', () => {
    expect(callBuiltin('object.get', [{ a: 1 }, 'b', null])).toBeNull();
    expect(() => callBuiltin('count', [1])).toThrow(/count: operand 1 must be one of/);
    try {
      callBuiltin('count', [1]);
    } catch (error) {
      expect(RegoError.isInstance(error) && error.code).toBe('eval_type_error');
    }
  });

  it('refuses unknown builtins and wrong arity', () => {
    expect(() => callBuiltin('no.such', [])).toThrow(/undefined function no.such/);
    expect(() => callBuiltin('count', [])).toThrow(/arity mismatch/);
  });
});
