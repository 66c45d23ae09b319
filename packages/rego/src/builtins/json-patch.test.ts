import { describe, expect, it } from 'vitest';
import { fromJson, RegoObject, RegoSet, type Value } from '../value.js';
import { register } from './json-patch.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { formatTerm } from './sprintf.js';

const registry = new BuiltinRegistry();
register(registry);
const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

/** The patched document in Rego term syntax (toEqual cannot see inside RegoSet/RegoObject). */
function patch(target: Value, operations: Value): string | undefined {
  const result = registry.get('json.patch')?.implementation([target, operations], context);
  return result === undefined ? undefined : formatTerm(result);
}

function op(fields: Record<string, Value>): RegoObject {
  return new RegoObject(Object.entries(fields));
}

describe('json.patch on sets (OPA jsonpatch/set.yaml)', () => {
  it('removes a set element addressed by itself', () => {
    const doc = op({ foo: new RegoSet(['a', 'b', 'c']) });
    expect(patch(doc, [op({ op: 'remove', path: 'foo/b' })])).toBe(
      formatTerm(op({ foo: new RegoSet(['a', 'c']) })),
    );
  });
  it('adds a set element whose path names the value', () => {
    const doc = op({ foo: new RegoSet(['a', 'b', 'c']) });
    expect(patch(doc, [op({ op: 'add', path: 'foo/d', value: 'd' })])).toBe(
      formatTerm(op({ foo: new RegoSet(['a', 'b', 'c', 'd']) })),
    );
  });
  it('is undefined when the added value does not equal its key', () => {
    const doc = op({ foo: new RegoSet(['a', 'b', 'c']) });
    expect(patch(doc, [op({ op: 'add', path: 'foo/d', value: 'e' })])).toBeUndefined();
  });
  it('moves an element between sets', () => {
    const doc = op({ foo: new RegoSet(['a', 'b']), bar: new RegoSet(['c', 'd']) });
    expect(patch(doc, [op({ op: 'move', from: 'foo/a', path: 'bar/a' })])).toBe(
      formatTerm(op({ foo: new RegoSet(['b']), bar: new RegoSet(['a', 'c', 'd']) })),
    );
  });
  it('edits an array inside a set through an array path', () => {
    expect(patch(new RegoSet([[1]]), [op({ op: 'add', path: [[1], 1], value: 2 })])).toBe(
      formatTerm(new RegoSet([[1, 2]])),
    );
  });
});

describe('json.patch (OPA jsonpatch/coverage.yaml)', () => {
  it('is undefined for a non-integer array index', () => {
    expect(patch([1, 2, 3], [op({ op: 'add', path: '1.2', value: 'foo' })])).toBeUndefined();
  });
});

describe('json.patch RFC 6902 operations', () => {
  const doc = fromJson({ a: { b: [1, 2, 3] }, c: 'x' });

  it('adds to objects and arrays, with - appending', () => {
    expect(
      patch(doc, [
        op({ op: 'add', path: '/a/d', value: 4 }),
        op({ op: 'add', path: '/a/b/0', value: 0 }),
        op({ op: 'add', path: '/a/b/-', value: 9 }),
      ]),
    ).toBe(formatTerm(fromJson({ a: { b: [0, 1, 2, 3, 9], d: 4 }, c: 'x' })));
  });
  it('replaces, removes and copies', () => {
    expect(
      patch(doc, [
        op({ op: 'replace', path: '/c', value: 'y' }),
        op({ op: 'remove', path: '/a/b/1' }),
        op({ op: 'copy', from: '/a/b', path: '/e' }),
      ]),
    ).toBe(formatTerm(fromJson({ a: { b: [1, 3] }, c: 'y', e: [1, 3] })));
  });
  it('passes or fails a test op', () => {
    expect(patch(doc, [op({ op: 'test', path: '/c', value: 'x' })])).toBe(formatTerm(doc));
    expect(patch(doc, [op({ op: 'test', path: '/c', value: 'z' })])).toBeUndefined();
  });
  it('unescapes ~1 and ~0 and replaces the root', () => {
    expect(patch(fromJson({}), [op({ op: 'add', path: '/a~1b~0', value: 1 })])).toBe(
      formatTerm(fromJson({ 'a/b~': 1 })),
    );
    expect(patch(doc, [op({ op: 'replace', path: '', value: 7 })])).toBe('7');
    expect(patch(doc, [op({ op: 'remove', path: '' })])).toBeUndefined();
  });
  it('is undefined for missing paths, bad indexes and malformed operations', () => {
    expect(patch(doc, [op({ op: 'remove', path: '/zz' })])).toBeUndefined();
    expect(patch(doc, [op({ op: 'add', path: '/a/b/4', value: 1 })])).toBeUndefined();
    expect(patch(doc, [op({ op: 'add', path: '/a/b/01', value: 1 })])).toBeUndefined();
    expect(patch(doc, [op({ op: 'add', path: '/q/r', value: 1 })])).toBeUndefined();
    expect(patch(doc, [op({ op: 'frob', path: '/c' })])).toBeUndefined();
    expect(patch(doc, [op({ op: 'add', path: '/c' })])).toBeUndefined();
    expect(patch(doc, [op({ op: 'move', path: '/c' })])).toBeUndefined();
    expect(patch(doc, ['not an object'])).toBeUndefined();
  });
  it('rejects a non-array patch list with a type error', () => {
    expect(() => patch(doc, 'x')).toThrow('json.patch: operand 2 must be array but got string');
  });
});
