/**
 * Rego values: the closed union every part of the engine computes with.
 *
 * `null | boolean | number | string | array | set | object`, where numbers are JS doubles, and
 * integers outside the safe range are `bigint` so that they keep exact precision. The invariant
 * "a bigint is never a safe integer" keeps every value in exactly one spelling, so equality of
 * scalars is `===` and values can key a `Map`. Sets and objects iterate in Rego's sort order.
 */

/** A Rego value. `undefined` (no value) is represented by the absence of a value, never inside one. */
export type Value = null | boolean | number | bigint | string | ArrayValue | RegoSet | RegoObject;

/** A Rego array: a plain, never-mutated JS array. */
export type ArrayValue = readonly Value[];

/** Rego's type names, as OPA spells them in messages (`operand 1 must be string but got number`). */
export type TypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'set';

type Key = null | boolean | number | bigint | string;

const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);
const SAFE_MIN = BigInt(Number.MIN_SAFE_INTEGER);

/** Normalises an exact integer: a JS number when it is safe, a bigint otherwise. */
export function normalizeInteger(value: bigint): number | bigint {
  return value <= SAFE_MAX && value >= SAFE_MIN ? Number(value) : value;
}

/** True for Rego numbers (doubles and big integers). */
export function isNumber(value: Value | undefined): value is number | bigint {
  return typeof value === 'number' || typeof value === 'bigint';
}

/** True when a number is an integer (any bigint, or an integral double). */
export function isInteger(value: number | bigint): boolean {
  return typeof value === 'bigint' || Number.isInteger(value);
}

/** True for Rego arrays. */
export function isArray(value: Value | undefined): value is ArrayValue {
  return Array.isArray(value);
}

/** The Rego type name of a value. */
export function typeName(value: Value): TypeName {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
    default:
      if (Array.isArray(value)) return 'array';
      return value instanceof RegoSet ? 'set' : 'object';
  }
}

/**
 * The map key of a value: scalars key themselves; strings starting with NUL and composites get
 * a canonical string behind a NUL prefix, so two equal values always share one key.
 */
export function keyOf(value: Value): Key {
  if (typeof value === 'string') return value.charCodeAt(0) === 0 ? `\0s${value}` : value;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof RegoObject) return value.canonicalKey();
  return `\0c${canonicalText(value)}`;
}

function canonicalText(value: Value): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'bigint':
      return value.toString();
    case 'string':
      return JSON.stringify(value);
    default:
      if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
      if (value instanceof RegoSet) return `set(${value.values().map(canonicalText).join(',')})`;
      return `{${(value as RegoObject)
        .entries()
        .map(([k, v]) => `${canonicalText(k)}:${canonicalText(v)}`)
        .join(',')}}`;
  }
}

const typeRank: Readonly<Record<TypeName, number>> = {
  null: 0,
  boolean: 1,
  number: 2,
  string: 3,
  array: 4,
  object: 5,
  set: 6,
};

/** Compares two values in Rego's total order: null < boolean < number < string < array < object < set. */
export function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  const ta = typeName(a);
  const tb = typeName(b);
  if (ta !== tb) return typeRank[ta] - typeRank[tb];
  switch (ta) {
    case 'null':
      return 0;
    case 'boolean':
      return a === b ? 0 : a ? 1 : -1;
    case 'number':
      return compareNumbers(a as number | bigint, b as number | bigint);
    case 'string':
      return compareStrings(a as string, b as string);
    case 'array':
      return compareSequences(a as ArrayValue, b as ArrayValue);
    case 'set':
      return compareSequences((a as RegoSet).values(), (b as RegoSet).values());
    default:
      return compareObjects(a as RegoObject, b as RegoObject);
  }
}

/** Compares numbers exactly, across doubles and bigints. */
export function compareNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  // Mixed comparison between number and bigint is exact in JS.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares strings by UTF-8 bytes, as Go does (UTF-16 order differs for astral characters). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      // Surrogates (astral code points) sort after every BMP character in UTF-8 order.
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb) return sa ? 1 : -1;
      return ca - cb;
    }
  }
  return a.length - b.length;
}

function compareSequences(a: readonly Value[], b: readonly Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i] as Value, b[i] as Value);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compareObjects(a: RegoObject, b: RegoObject): number {
  const ea = a.entries();
  const eb = b.entries();
  const n = Math.min(ea.length, eb.length);
  for (let i = 0; i < n; i++) {
    const [ka, va] = ea[i] as readonly [Value, Value];
    const [kb, vb] = eb[i] as readonly [Value, Value];
    const ck = compareValues(ka, kb);
    if (ck !== 0) return ck;
    const cv = compareValues(va, vb);
    if (cv !== 0) return cv;
  }
  return ea.length - eb.length;
}

/** Value equality (numbers by value, composites structurally). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return compareValues(a, b) === 0;
}

/** An immutable-after-construction Rego set; iteration is in sort order. */
export class RegoSet {
  /** Elements by key (made on the first add: many sets stay empty). */
  #items: Map<Key, Value> | undefined;
  #sorted: readonly Value[] | undefined;

  constructor(items?: Iterable<Value>) {
    if (items) for (const item of items) this.add(item);
  }

  /** Adds an element; only while building the set. */
  add(item: Value): void {
    const key = keyOf(item);
    let items = this.#items;
    if (items === undefined) {
      items = new Map();
      this.#items = items;
    } else if (items.has(key)) return;
    items.set(key, item);
    this.#sorted = undefined;
  }

  /** Membership by value. */
  has(item: Value): boolean {
    return this.#items?.has(keyOf(item)) === true;
  }

  /** Number of elements. */
  get size(): number {
    return this.#items?.size ?? 0;
  }

  /** The elements in sort order (cached; do not mutate). */
  values(): readonly Value[] {
    if (this.#sorted === undefined) {
      const items = this.#items;
      this.#sorted = items === undefined ? [] : [...items.values()].sort(compareValues);
    }
    return this.#sorted;
  }

  [Symbol.iterator](): Iterator<Value> {
    return this.values()[Symbol.iterator]();
  }
}

/**
 * An immutable-after-construction Rego object; keys may be any value. An object made from a JS
 * record by {@link fromJson} converts its members lazily, so large inputs cost little until read.
 */
export class RegoObject {
  /** Members by key (made on first use: objects read from JSON may never need it). */
  #entries: Map<Key, readonly [Value, Value]> | undefined;
  #raw: Readonly<Record<string, unknown>> | undefined;
  /** Members of `#raw` converted so far, by key. */
  #converted: Record<string, Value> | undefined;
  #sorted: (readonly [Value, Value])[] | undefined;
  #canonical: Key | undefined;

  constructor(entries?: Iterable<readonly [Value, Value]>) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  /** @internal An object backed by a plain JSON record, converted member by member on access. */
  static fromRecord(raw: Readonly<Record<string, unknown>>): RegoObject {
    const object = new RegoObject();
    object.#raw = raw;
    return object;
  }

  /** Sets a member; only while building the object. */
  set(key: Value, value: Value): void {
    const entries = this.#materialize();
    entries.set(keyOf(key), [key, value]);
    this.#sorted = undefined;
    this.#canonical = undefined;
  }

  /** The member under `key`, or undefined. */
  get(key: Value): Value | undefined {
    const raw = this.#raw;
    if (raw !== undefined) {
      if (typeof key !== 'string') return undefined;
      const converted = this.#converted;
      const hit = converted?.[key];
      if (hit !== undefined) return hit;
      if (!Object.hasOwn(raw, key)) return undefined;
      const value = fromJson(raw[key]);
      if (converted === undefined) {
        const members: Record<string, Value> = Object.create(null);
        members[key] = value;
        this.#converted = members;
      } else converted[key] = value;
      return value;
    }
    return this.#entries?.get(keyOf(key))?.[1];
  }

  /** True when `key` is a member. */
  has(key: Value): boolean {
    const raw = this.#raw;
    if (raw !== undefined) return typeof key === 'string' && Object.hasOwn(raw, key);
    return this.#entries?.has(keyOf(key)) === true;
  }

  /** Number of members. */
  get size(): number {
    return this.#raw !== undefined ? Object.keys(this.#raw).length : (this.#entries?.size ?? 0);
  }

  /** The members in key sort order (cached; do not mutate). */
  entries(): readonly (readonly [Value, Value])[] {
    if (this.#sorted === undefined) {
      this.#sorted = [...this.#materialize().values()].sort((a, b) => compareValues(a[0], b[0]));
    }
    return this.#sorted;
  }

  /** The keys in sort order. */
  keys(): Value[] {
    return this.entries().map((e) => e[0]);
  }

  /** @internal The map key of this object (see {@link keyOf}), cached once built. */
  canonicalKey(): Key {
    this.#canonical ??= `\0c${canonicalText(this)}`;
    return this.#canonical;
  }

  #materialize(): Map<Key, readonly [Value, Value]> {
    let entries = this.#entries;
    if (entries === undefined) {
      entries = new Map();
      this.#entries = entries;
    }
    const raw = this.#raw;
    if (raw === undefined) return entries;
    this.#raw = undefined;
    const converted = this.#converted;
    this.#converted = undefined;
    for (const key of Object.keys(raw)) {
      const value = converted?.[key] ?? fromJson(raw[key]);
      entries.set(keyOf(key), [key, value]);
    }
    return entries;
  }
}

/** An error converting a JS value into a Rego value (functions, symbols, non-finite numbers). */
export class ValueConversionError extends Error {
  override readonly name = 'ValueConversionError';
}

/**
 * Converts a JS value (parsed JSON, possibly with bigints for exact integers) into a Rego value.
 * Objects become lazily converted {@link RegoObject}s; `Set`s and `Map`s are accepted too.
 */
export function fromJson(value: unknown): Value {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (!Number.isFinite(value))
        throw new ValueConversionError(`cannot convert ${value} to a Rego number`);
      return Object.is(value, -0) ? 0 : value;
    case 'bigint':
      return normalizeInteger(value);
    case 'object':
      if (Array.isArray(value)) return value.map(fromJson);
      if (value instanceof RegoSet || value instanceof RegoObject) return value;
      if (value instanceof Set) return new RegoSet([...value].map(fromJson));
      if (value instanceof Map) {
        return new RegoObject([...value].map(([k, v]) => [fromJson(k), fromJson(v)] as const));
      }
      return RegoObject.fromRecord(value as Record<string, unknown>);
    default:
      throw new ValueConversionError(`cannot convert a ${typeof value} to a Rego value`);
  }
}

/** A JSON-compatible JS value; integers past 2^53 stay bigints. */
export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * Converts a Rego value to plain JS, as OPA serialises results: sets become arrays in sort order
 * and non-string object keys are JSON-encoded into strings.
 */
export function toJson(value: Value): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof RegoSet) return value.values().map(toJson);
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of (value as RegoObject).entries()) {
    const key = typeof k === 'string' ? k : stringifyJson(toJson(k));
    out[key] = toJson(v);
  }
  return out;
}

/** JSON text of a plain value, keeping bigints exact. */
export function stringifyJson(value: JsonValue): string {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stringifyJson).join(',')}]`;
  return `{${Object.keys(value)
    .map((k) => `${JSON.stringify(k)}:${stringifyJson(value[k] as JsonValue)}`)
    .join(',')}}`;
}
