/**
 * Object builtins: `object.get` (a key, or a path through objects, arrays and sets),
 * `object.keys`, `object.remove`, `object.filter`, `object.union`, `object.union_n` (recursive
 * merges, right wins) and `object.subset`.
 */
import { RegoObject, RegoSet, typeName, type Value, valuesEqual } from '../value.js';
import { arrayOperand, objectOperand } from './operands.js';
import {
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinTypeError,
} from './registry.js';

const keysArgument = ['array', 'object', 'set'] as const;

const declarations = {
  get: {
    name: 'object.get',
    args: ['object', 'any', 'any'],
    result: 'any',
    description:
      "Returns value of an object's key if present, otherwise a default. If the supplied `key` is an `array`, then `object.get` will search through a nested object or array using each key in turn.",
    category: 'object',
  },
  keys: {
    name: 'object.keys',
    args: ['object'],
    result: 'set',
    description: "Returns a set of an object's keys.",
    category: 'object',
  },
  remove: {
    name: 'object.remove',
    args: ['object', keysArgument],
    result: 'object',
    description: 'Removes specified keys from an object.',
    category: 'object',
  },
  filter: {
    name: 'object.filter',
    args: ['object', keysArgument],
    result: 'object',
    description: 'Filters the object by keeping only specified keys.',
    category: 'object',
  },
  union: {
    name: 'object.union',
    args: ['object', 'object'],
    result: 'object',
    description:
      'Creates a new object of the asymmetric union of two objects; values of `b` win, nested objects merge.',
    category: 'object',
  },
  unionN: {
    name: 'object.union_n',
    args: ['array'],
    result: 'object',
    description:
      'Creates a new object that is the asymmetric union of all objects merged from left to right.',
    category: 'object',
  },
  subset: {
    name: 'object.subset',
    args: [
      ['array', 'object', 'set'],
      ['array', 'object', 'set'],
    ],
    result: 'boolean',
    description:
      'Determines if an object `sub` is a subset of another object `super`, recursively; also works on sets and arrays.',
    category: 'object',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

/** The keys operand of `object.remove` / `object.filter`, with OPA's unsorted type list. */
function keySet(name: string, args: readonly Value[]): RegoSet {
  const keys = args[1] as Value;
  if (Array.isArray(keys)) return new RegoSet(keys);
  if (keys instanceof RegoSet) return keys;
  if (keys instanceof RegoObject) return new RegoSet(keys.keys());
  throw builtinTypeError(
    name,
    `operand 2 must be one of {object, set, array} but got ${typeName(keys)}`,
  );
}

/** The value under `key` in any collection, as OPA's `Value.Find` steps through a path. */
function child(value: Value, key: Value): Value | undefined {
  if (value instanceof RegoObject) return value.get(key);
  if (value instanceof RegoSet) return value.has(key) ? key : undefined;
  if (Array.isArray(value)) {
    return typeof key === 'number' && Number.isInteger(key) ? value[key] : undefined;
  }
  return undefined;
}

function getPath(object: RegoObject, path: readonly Value[]): Value | undefined {
  let current: Value | undefined = object;
  for (const key of path) {
    if (current === undefined) return undefined;
    current = child(current, key);
  }
  return current;
}

function merge(a: RegoObject, b: RegoObject): RegoObject {
  const result = new RegoObject(a.entries());
  for (const [key, value] of b.entries()) {
    const existing = a.get(key);
    const isMergeable = existing instanceof RegoObject && value instanceof RegoObject;
    result.set(key, isMergeable ? merge(existing, value) : value);
  }
  return result;
}

function isSubset(superValue: Value, sub: Value): boolean | undefined {
  if (superValue instanceof RegoObject && sub instanceof RegoObject) {
    return sub.entries().every(([key, subValue]) => {
      const value = superValue.get(key);
      if (value === undefined) return false;
      if (valuesEqual(value, subValue)) return true;
      const isSameKind =
        (value instanceof RegoObject && subValue instanceof RegoObject) ||
        (value instanceof RegoSet && subValue instanceof RegoSet) ||
        (Array.isArray(value) && Array.isArray(subValue));
      return isSameKind && isSubset(value, subValue) === true;
    });
  }
  if (superValue instanceof RegoSet && sub instanceof RegoSet) {
    return sub.values().every((item) => superValue.has(item));
  }
  if (Array.isArray(superValue) && Array.isArray(sub)) return isSubArray(superValue, sub);
  if (Array.isArray(superValue) && sub instanceof RegoSet) {
    // Every set element must appear somewhere in the array, in any order.
    const found = new RegoSet(superValue.filter((item) => sub.has(item)));
    return found.size === sub.size;
  }
  return undefined;
}

/** Whether `sub` appears as a contiguous run inside `superArray`. */
function isSubArray(superArray: readonly Value[], sub: readonly Value[]): boolean {
  if (sub.length > superArray.length) return false;
  for (let start = 0; start + sub.length <= superArray.length; start++) {
    if (sub.every((item, i) => valuesEqual(superArray[start + i] as Value, item))) return true;
  }
  return false;
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  get: (args) => {
    const object = objectOperand(declarations.get.name, args, 0);
    const [, key, fallback] = args as readonly [Value, Value, Value];
    const found = Array.isArray(key) ? getPath(object, key) : object.get(key);
    return found === undefined ? fallback : found;
  },
  keys: (args) => new RegoSet(objectOperand(declarations.keys.name, args, 0).keys()),
  remove: (args) => {
    const name = declarations.remove.name;
    const object = objectOperand(name, args, 0);
    const keys = keySet(name, args);
    return new RegoObject(object.entries().filter(([key]) => !keys.has(key)));
  },
  filter: (args) => {
    const name = declarations.filter.name;
    const object = objectOperand(name, args, 0);
    const keys = keySet(name, args);
    return new RegoObject(object.entries().filter(([key]) => keys.has(key)));
  },
  union: (args) => {
    const name = declarations.union.name;
    return merge(objectOperand(name, args, 0), objectOperand(name, args, 1));
  },
  unionN: (args) => {
    const name = declarations.unionN.name;
    return arrayOperand(name, args, 0).reduce<RegoObject>((result, item) => {
      if (!(item instanceof RegoObject)) {
        throw builtinTypeError(
          name,
          `operand 1 must be array of objects but got array containing ${typeName(item)}`,
        );
      }
      return merge(result, item);
    }, new RegoObject());
  },
  subset: (args) => {
    const result = isSubset(args[0] as Value, args[1] as Value);
    if (result === undefined) {
      throw builtinTypeError(
        declarations.subset.name,
        'both arguments object.subset must be of the same type or array and set',
      );
    }
    return result;
  },
};

/** Registers the object builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}
