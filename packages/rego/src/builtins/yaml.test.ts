import { describe, expect, it } from 'vitest';
import { RegoError } from '../errors.js';
import { fromJson, RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './yaml.js';

const { call } = builtinHarness([register]);

describe('yaml', () => {
  it('round-trips values, sets becoming arrays', () => {
    const value = [new RegoObject([['foo', new RegoSet([1, 2, 3])]])];
    const text = call('yaml.marshal', value) as string;
    expect(text).toBe('- foo:\n  - 1\n  - 2\n  - 3\n');
    expect(call('yaml.unmarshal', text)).toEqual(fromJson([{ foo: [1, 2, 3] }]));
  });
  it('uses the YAML 1.2 core schema with exact integers', () => {
    expect(call('yaml.unmarshal', 'a: 2001-12-14\nb: yes\nc: 18446744073709551617')).toEqual(
      new RegoObject([
        ['a', '2001-12-14'],
        ['b', 'yes'],
        ['c', 18446744073709551617n],
      ]),
    );
  });
  it('validates and reports errors as builtin errors', () => {
    expect(call('yaml.is_valid', 'foo:\n   - qux: bar\n   - baz: 2')).toBe(true);
    expect(call('yaml.is_valid', 'foo:\n   - qux: bar\n   - baz: {')).toBe(false);
    expect(call('yaml.is_valid', '{"json": "ok"}')).toBe(true);
    expect(call('yaml.is_valid', 1)).toBe(false);
    let error: unknown;
    try {
      call('yaml.unmarshal', '[1,2,3');
    } catch (caught) {
      error = caught;
    }
    expect(RegoError.isInstance(error) && error.code).toBe('eval_builtin_error');
    expect((error as Error).message).toMatch(/^yaml\.unmarshal: yaml: line 1: /);
  });
});
