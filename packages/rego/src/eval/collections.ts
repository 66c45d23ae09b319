import { RegoObject, RegoSet, type Value } from '../value.js';

/** The member of a collection under `key` (array index, object key, set element). @internal */
export function lookup(collection: Value, key: Value): Value | undefined {
  if (collection === null || typeof collection !== 'object') return undefined;
  if (Array.isArray(collection)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) return undefined;
    return collection[key];
  }
  if (collection instanceof RegoObject) return collection.get(key);
  return (collection as RegoSet).has(key) ? key : undefined;
}

/**
 * Calls `each(key, value)` for the members of a collection in sort order (array index and
 * item; object key and value; set element twice), stopping when it returns true. @internal
 */
export function iterate(collection: Value, each: (key: Value, value: Value) => boolean): boolean {
  if (collection === null || typeof collection !== 'object') return false;
  if (Array.isArray(collection)) {
    for (let i = 0; i < collection.length; i++) if (each(i, collection[i] as Value)) return true;
    return false;
  }
  if (collection instanceof RegoObject) {
    for (const [k, v] of collection.entries()) if (each(k, v)) return true;
    return false;
  }
  for (const item of (collection as RegoSet).values()) if (each(item, item)) return true;
  return false;
}

/** A copy of `base` (an object, or a new one) with `value` stored under the nested `path`. @internal */
export function setIn(base: Value | undefined, path: readonly Value[], value: Value): Value {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [Value, ...Value[]];
  const object = base instanceof RegoObject ? base : undefined;
  const out = new RegoObject(object ? object.entries() : []);
  out.set(key, setIn(object?.get(key), rest, value));
  return out;
}

/** True for sets. @internal */
export function isSet(value: Value): value is RegoSet {
  return value instanceof RegoSet;
}
