import { describe, expect, it } from 'vitest';
import { RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register, registerDeprecated } from './casts.js';
import { BuiltinRegistry } from './registry.js';

const { call, errorOf } = builtinHarness([register, registerDeprecated]);

describe('to_number', () => {
  it('converts strings, booleans, null and numbers (casts 0824)', () => {
    expect(call('to_number', '-42.0')).toBe(-42);
    expect(call('to_number', false)).toBe(0);
    expect(call('to_number', 100.1)).toBe(100.1);
    expect(call('to_number', null)).toBe(0);
    expect(call('to_number', true)).toBe(1);
  });

  it('parses Go float syntax, keeping big integers exact', () => {
    expect(call('to_number', '1e3')).toBe(1000);
    expect(call('to_number', '+5')).toBe(5);
    expect(call('to_number', '.5')).toBe(0.5);
    expect(call('to_number', '1.')).toBe(1);
    expect(call('to_number', '0.1')).toBe(0.1);
    expect(call('to_number', '123456789012345678901234567890')).toBe(
      123456789012345678901234567890n,
    );
  });

  it('fails on invalid syntax (casts 0827)', () => {
    expect(errorOf('to_number', 'broken')).toEqual({
      code: 'eval_builtin_error',
      message: 'to_number: strconv.ParseFloat: parsing "broken": invalid syntax',
    });
    expect(errorOf('to_number', '').code).toBe('eval_builtin_error');
    expect(errorOf('to_number', ' 1').code).toBe('eval_builtin_error');
    expect(errorOf('to_number', '1e400').message).toBe(
      'to_number: strconv.ParseFloat: parsing "1e400": value out of range',
    );
  });

  it('refuses inf and nan spellings as type errors (casts 0828)', () => {
    for (const text of ['nan', 'inf', 'Infinity', '-Infinity', '-nan', '-NaN', 'iNf']) {
      expect(errorOf('to_number', text)).toEqual({
        code: 'eval_type_error',
        message: 'to_number: operand 1 must be valid number string but got string',
      });
    }
  });

  it('rejects composites', () => {
    expect(errorOf('to_number', [1]).message).toBe(
      'to_number: operand 1 must be one of {null, boolean, number, string} but got array',
    );
  });
});

describe('deprecated cast_* builtins', () => {
  it('casts between arrays and sets and checks other types', () => {
    expect(call('cast_array', new RegoSet([2, 1]))).toEqual([1, 2]);
    expect(call('cast_set', [1, 1, 2])).toEqual(new RegoSet([1, 2]));
    expect(call('cast_string', 'a')).toBe('a');
    const object = new RegoObject([['a', 1]]);
    expect(call('cast_object', object)).toBe(object);
    expect(errorOf('cast_boolean', 1).message).toBe(
      'cast_boolean: operand 1 must be boolean but got number',
    );
    expect(errorOf('cast_set', 1).message).toBe(
      'cast_set: operand 1 must be one of {array, set} but got number',
    );
  });

  it('stay out of the v1 registry', () => {
    const v1 = new BuiltinRegistry();
    register(v1);
    expect(v1.get('cast_array')).toBeUndefined();
    expect(v1.get('to_number')).toBeDefined();
  });
});
