import { describe, expect, it } from 'vitest';
import { fromJson, RegoSet, type Value } from '../value.js';
import { register } from './json.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';

const registry = new BuiltinRegistry();
register(registry);
const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

function call(name: string, object: unknown, paths: Value): Value | undefined {
  return registry.get(name)?.implementation([fromJson(object), paths], context);
}

const doc = { a: { b: { c: 7, d: 8 } }, e: 9 };

describe('json.filter', () => {
  it('keeps the given paths', () => {
    expect(call('json.filter', doc, new RegoSet(['a/b/c', 'e']))).toEqual(
      fromJson({ a: { b: { c: 7 } }, e: 9 }),
    );
    expect(call('json.filter', { a: { b: 7 } }, new RegoSet(['a', 'a/b']))).toEqual(
      fromJson({ a: { b: 7 } }),
    );
    expect(call('json.filter', { a: 7 }, new RegoSet())).toEqual(fromJson({}));
    expect(
      call('json.filter', { a: [{ b: 7, c: 8 }, { d: 9 }] }, new RegoSet(['a/0/b', 'a/1'])),
    ).toEqual(fromJson({ a: [{ b: 7 }, { d: 9 }] }));
    expect(
      call('json.filter', { a: [{ '1': ['b', 'c', 'd'] }, { x: 'y' }] }, new RegoSet(['a/0/1/2'])),
    ).toEqual(fromJson({ a: [{ '1': ['d'] }] }));
    expect(call('json.filter', doc, new RegoSet([['a', 'b', 'c'], ['e']]))).toEqual(
      fromJson({ a: { b: { c: 7 } }, e: 9 }),
    );
  });
});

describe('json.remove', () => {
  it('drops the given paths', () => {
    expect(call('json.remove', doc, ['a/b/c', 'e'])).toEqual(fromJson({ a: { b: { d: 8 } } }));
    expect(call('json.remove', { a: { b: 7 }, c: 1 }, new RegoSet(['a', 'a/b']))).toEqual(
      fromJson({ c: 1 }),
    );
    expect(
      call('json.remove', { a: [{ '1': ['b', 'c', 'd'] }, { x: 'y' }] }, new RegoSet(['a/0/1/2'])),
    ).toEqual(fromJson({ a: [{ '1': ['b', 'c'] }, { x: 'y' }] }));
    expect(call('json.remove', { a: [1, 2, 3] }, ['a/0', 'a/1'])).toEqual(fromJson({ a: [3] }));
  });
  it('reports operand errors with OPA wording', () => {
    expect(() =>
      registry.get('json.remove')?.implementation(['foo', new RegoSet()], context),
    ).toThrow('json.remove: operand 1 must be object but got string');
    expect(() => call('json.remove', doc, 'foo')).toThrow(
      'json.remove: operand 2 must be one of {set, array} but got string',
    );
    expect(() => call('json.remove', doc, ['a', 1])).toThrow(
      'json.remove: operand 2 must be one of {set, array} containing string paths or array of path segments but got number',
    );
  });
});
