import { describe, expect, it } from 'vitest';
import { RegoObject, RegoSet, type Value } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './types.js';

const { call } = builtinHarness([register]);

describe('type builtins', () => {
  const samples: readonly (readonly [Value, string])[] = [
    [null, 'null'],
    [true, 'boolean'],
    [100, 'number'],
    [18446744073709551616n, 'number'],
    ['Hello', 'string'],
    [[1, 2, 3], 'array'],
    [new RegoSet([1, 2, 3]), 'set'],
    [new RegoObject([['foo', 1]]), 'object'],
  ];

  it('names types (typenamebuiltin 0848-0854)', () => {
    for (const [value, name] of samples) expect(call('type_name', value)).toBe(name);
  });

  it('answers true only for the matching type, false otherwise (typebuiltin 0832-0845)', () => {
    for (const [value, name] of samples) {
      for (const type of ['null', 'boolean', 'number', 'string', 'array', 'set', 'object']) {
        expect(call(`is_${type}`, value)).toBe(type === name);
      }
    }
  });
});
