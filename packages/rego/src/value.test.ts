import { describe, expect, it } from 'vitest';
import { fromJson, keyOf, RegoObject, RegoSet, toJson, valuesEqual } from './value.js';

describe('RegoObject read from JSON', () => {
  it('converts members on first read and returns the same value afterwards', () => {
    // JSON.parse makes `__proto__` an own member, as JSON input can.
    const text = '{"a": {"b": [1, 2]}, "n": null, "__proto__": 5, "constructor": "c"}';
    const object = fromJson(JSON.parse(text)) as RegoObject;
    const a = object.get('a');
    expect(a).toBeInstanceOf(RegoObject);
    expect(object.get('a')).toBe(a);
    expect(object.get('n')).toBeNull();
    expect(object.get('__proto__')).toBe(5);
    expect(object.get('constructor')).toBe('c');
    expect(object.get('missing')).toBeUndefined();
    expect(object.get(1)).toBeUndefined();
    expect(object.has('n')).toBe(true);
    expect(object.size).toBe(4);
  });

  it('keeps members already converted when it materialises', () => {
    const object = fromJson({ b: { x: 1 }, a: 2 }) as RegoObject;
    const b = object.get('b');
    expect(object.keys()).toEqual(['a', 'b']);
    expect(object.get('b')).toBe(b);
    expect(toJson(object)).toEqual({ a: 2, b: { x: 1 } });
  });

  it('gives equal objects one key however they were built, and updates it when set', () => {
    const lazy = fromJson({ code: 'x', policy: 'p' }) as RegoObject;
    const built = new RegoObject([
      ['policy', 'p'],
      ['code', 'x'],
    ]);
    expect(keyOf(lazy)).toBe(keyOf(built));
    expect(valuesEqual(lazy, built)).toBe(true);
    const growing = new RegoObject([['code', 'x']]);
    const before = keyOf(growing);
    growing.set('policy', 'p');
    expect(keyOf(growing)).not.toBe(before);
    expect(keyOf(growing)).toBe(keyOf(built));
    expect(new RegoSet([lazy, built, growing]).size).toBe(1);
  });

  it('is empty without members', () => {
    const empty = new RegoObject();
    expect(empty.size).toBe(0);
    expect(empty.get('a')).toBeUndefined();
    expect(empty.has('a')).toBe(false);
    expect(empty.entries()).toEqual([]);
  });
});

describe('RegoSet', () => {
  it('is empty until the first add, then keeps elements unique and sorted', () => {
    const set = new RegoSet();
    expect(set.size).toBe(0);
    expect(set.has(1)).toBe(false);
    expect(set.values()).toEqual([]);
    expect([...set]).toEqual([]);
    set.add('b');
    set.add(2);
    set.add('b');
    expect(set.size).toBe(2);
    expect(set.has('b')).toBe(true);
    expect(set.values()).toEqual([2, 'b']);
    expect(valuesEqual(new RegoSet(), new RegoSet([]))).toBe(true);
    expect(keyOf(new RegoSet())).not.toBe(keyOf(new RegoObject()));
  });
});
