import { describe, expect, it } from 'vitest';
import { fromJson, RegoObject, RegoSet } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './encoding.js';

const { call, errorOf: failure } = builtinHarness([register]);

describe('base64 and base64url', () => {
  it('round-trips text as UTF-8', () => {
    expect(call('base64.encode', 'there')).toBe('dGhlcmU=');
    expect(call('base64.encode', 'subjects?_d')).toBe('c3ViamVjdHM/X2Q=');
    expect(call('base64.decode', 'c3ViamVjdHM/X2Q=')).toBe('subjects?_d');
    expect(call('base64.decode', call('base64.encode', 'åäö 😀') as string)).toBe('åäö 😀');
    expect(call('base64url.encode', 'there')).toBe('dGhlcmU=');
    expect(call('base64url.encode_no_pad', 'hello')).toBe('aGVsbG8');
    expect(call('base64url.decode', 'aGVsbG8')).toBe('hello');
    expect(call('base64url.decode', 'c3ViamVjdHM_X2Q=')).toBe('subjects?_d');
  });
  it('validates strictly, like Go', () => {
    expect(call('base64.is_valid', 'aGVsbG8=')).toBe(true);
    expect(call('base64.is_valid', "{'not':'base64'}")).toBe(false);
    expect(call('base64.is_valid', 'aGVsbG8')).toBe(false);
    expect(failure('base64.decode', 'a$==')).toEqual({
      code: 'eval_builtin_error',
      message: 'base64.decode: illegal base64 data at input byte 1',
    });
  });
});

describe('hex', () => {
  it('encodes and decodes', () => {
    expect(call('hex.encode', 'lorem ipsum')).toBe('6c6f72656d20697073756d');
    expect(call('hex.decode', '6c6f72656d20697073756d')).toBe('lorem ipsum');
    expect(failure('hex.decode', 'fghijkl')).toEqual({
      code: 'eval_builtin_error',
      message: "hex.decode: encoding/hex: invalid byte: U+0067 'g'",
    });
    expect(failure('hex.decode', 'abc').message).toBe(
      'hex.decode: encoding/hex: odd length hex string',
    );
  });
});

describe('urlquery', () => {
  it('escapes like Go', () => {
    expect(call('urlquery.encode', 'a b&c=d/é*')).toBe('a+b%26c%3Dd%2F%C3%A9%2A');
    expect(call('urlquery.decode', 'a+b%26c%3Dd%2F%C3%A9%2A')).toBe('a b&c=d/é*');
    expect(failure('urlquery.decode', '%zz').message).toBe(
      'urlquery.decode: invalid URL escape "%zz"',
    );
  });
  it('encodes objects with sorted keys', () => {
    expect(call('urlquery.encode_object', new RegoObject())).toBe('');
    expect(call('urlquery.encode_object', fromJson({ c: 'd', a: 'b' }))).toBe('a=b&c=d');
    expect(call('urlquery.encode_object', fromJson({ a: 'c=b+1' }))).toBe('a=c%3Db%2B1');
    expect(call('urlquery.encode_object', new RegoObject([['a', new RegoSet(['b+1'])]]))).toBe(
      'a=b%2B1',
    );
    expect(failure('urlquery.encode_object', fromJson({ a: 1 })).message).toBe(
      'urlquery.encode_object: operand 1 values must be string, array[string], or set[string]',
    );
  });
  it('decodes objects', () => {
    expect(call('urlquery.decode_object', 'a=value_a1&b=value_b&a=value_a2')).toEqual(
      fromJson({ a: ['value_a1', 'value_a2'], b: ['value_b'] }),
    );
    expect(call('urlquery.decode_object', 'a=value_a1&b')).toEqual(
      fromJson({ a: ['value_a1'], b: [''] }),
    );
    expect(call('urlquery.decode_object', '')).toEqual(new RegoObject());
  });
});

describe('json codecs', () => {
  it('marshals like Go encoding/json', () => {
    expect(call('json.marshal', [new RegoObject([['foo', new RegoSet([3, 1, 2])]])])).toBe(
      '[{"foo":[1,2,3]}]',
    );
    expect(call('json.marshal', [1234567890, 2000000, 1e9])).toBe(
      '[1234567890,2000000,1000000000]',
    );
    expect(call('json.marshal', fromJson({ '9': 1, '10': 2, b: '<&>' }))).toBe(
      '{"10":2,"9":1,"b":"\\u003c\\u0026\\u003e"}',
    );
    expect(call('json.marshal', new RegoObject([[1, 'x']]))).toBe('{"1":"x"}');
    expect(call('json.marshal', 12345678901234567890n)).toBe('12345678901234567890');
  });
  it('marshals with options', () => {
    const numbers = [1234567890, 2000000, 1000000000];
    expect(call('json.marshal_with_options', numbers, fromJson({ indent: '  ' }))).toBe(
      '[\n  1234567890,\n  2000000,\n  1000000000\n]',
    );
    expect(call('json.marshal_with_options', numbers, new RegoObject())).toBe(
      '[1234567890,2000000,1000000000]',
    );
    expect(
      call('json.marshal_with_options', numbers, fromJson({ pretty: false, prefix: 'NO!' })),
    ).toBe('[1234567890,2000000,1000000000]');
    expect(
      call(
        'json.marshal_with_options',
        fromJson({ foo: 'bar', bar: 'baz' }),
        fromJson({ prefix: 'JSON => ' }),
      ),
    ).toBe('JSON => {\nJSON => \t"bar": "baz",\nJSON => \t"foo": "bar"\nJSON => }');
    expect(call('json.marshal_with_options', [], fromJson({ indent: '    ', prefix: '---' }))).toBe(
      '---[]',
    );
    expect(
      failure('json.marshal_with_options', [], fromJson({ include_winning_lottery_numbers: true })),
    ).toEqual({
      code: 'eval_type_error',
      message:
        'json.marshal_with_options: operand 2 object contained unknown key "include_winning_lottery_numbers"',
    });
  });
  it('unmarshals with exact big integers', () => {
    expect(call('json.unmarshal', '[{"foo":[1,2,3]}]')).toEqual(fromJson([{ foo: [1, 2, 3] }]));
    expect(call('json.unmarshal', '[18446744073709551617, 1.5]')).toEqual([
      18446744073709551617n,
      1.5,
    ]);
    expect(failure('json.unmarshal', 1)).toEqual({
      code: 'eval_type_error',
      message: 'json.unmarshal: operand 1 must be string but got number',
    });
    expect(failure('json.unmarshal', '{').code).toBe('eval_builtin_error');
  });
  it('validates JSON text', () => {
    expect(call('json.is_valid', 'plainstring')).toBe(false);
    expect(call('json.is_valid', '{')).toBe(false);
    expect(call('json.is_valid', '{"json": "ok"}')).toBe(true);
    expect(call('json.is_valid', 1)).toBe(false);
  });
});
