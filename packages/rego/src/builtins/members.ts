/**
 * Membership builtins behind the `in` operator: `internal.member_2` for `x in xs` and
 * `internal.member_3` for `k, v in xs`. They answer false (never an error) for non-collections.
 */
import { RegoObject, RegoSet, type Value, valuesEqual } from '../value.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';

const declarations = {
  member2: {
    name: 'internal.member_2',
    args: ['any', 'any'],
    result: 'boolean',
    description: 'Checks if the first argument is a member of the second argument (`x in xs`).',
    category: 'internal',
  },
  member3: {
    name: 'internal.member_3',
    args: ['any', 'any', 'any'],
    result: 'boolean',
    description: 'Checks if the key and value pair is a member of the collection (`k, v in xs`).',
    category: 'internal',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

/** The member of an array or object at `key`; arrays index by integral numbers only. */
function memberAt(collection: readonly Value[] | RegoObject, key: Value): Value | undefined {
  if (collection instanceof RegoObject) return collection.get(key);
  return typeof key === 'number' && Number.isInteger(key) ? collection[key] : undefined;
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  member2: (args) => {
    const [item, collection] = args as readonly [Value, Value];
    if (collection instanceof RegoSet) return collection.has(item);
    if (Array.isArray(collection)) return collection.some((value) => valuesEqual(value, item));
    if (collection instanceof RegoObject) {
      return collection.entries().some(([, value]) => valuesEqual(value, item));
    }
    return false;
  },
  member3: (args) => {
    const [key, item, collection] = args as readonly [Value, Value, Value];
    if (collection instanceof RegoSet) return collection.has(key) && valuesEqual(key, item);
    if (Array.isArray(collection) || collection instanceof RegoObject) {
      const value = memberAt(collection, key);
      return value !== undefined && valuesEqual(value, item);
    }
    return false;
  },
};

/** Registers the membership builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}
