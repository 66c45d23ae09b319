/**
 * The json document builtins: `json.filter` keeps only the given paths of an object,
 * `json.remove` drops them. Paths are `"a/b/0"` strings or arrays of segments; array elements
 * are addressed by index and selected elements stay in order.
 */
import { RegoObject, RegoSet, type Value } from '../value.js';
import { type PathNode, pathTrie, segmentKey } from './json/path-trie.js';
import { objectOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';

/** Declarations of the json document family. */
export const jsonDeclarations: readonly BuiltinDeclaration[] = [
  {
    name: 'json.filter',
    args: ['object', ['array', 'set']],
    result: 'any',
    description:
      'Filters the object. For example: `json.filter({"a": {"b": "x", "c": "y"}}, ["a/b"])` will result in `{"a": {"b": "x"}}`). Paths are not filtered in-order and are deduplicated before being evaluated.',
    category: 'object',
  },
  {
    name: 'json.remove',
    args: ['object', ['array', 'set']],
    result: 'any',
    description:
      'Removes paths from an object. For example: `json.remove({"a": {"b": "x", "c": "y"}}, ["a/b"])` will result in `{"a": {"c": "y"}}`. Paths are not removed in-order, so, for example, `json.remove({"a": [1, 2, 3]}, ["a/0", "a/1"])` will result in `{"a": [3]}`.',
    category: 'object',
  },
];

function members(value: Value): (readonly [Value, Value])[] | undefined {
  if (value instanceof RegoObject) return [...value.entries()];
  if (Array.isArray(value)) return value.map((v, i) => [i, v] as const);
  if (value instanceof RegoSet) return value.values().map((v) => [v, v] as const);
  return undefined;
}

function rebuild(original: Value, kept: (readonly [Value, Value])[]): Value {
  if (original instanceof RegoObject) return new RegoObject(kept);
  if (original instanceof RegoSet) return new RegoSet(kept.map(([, v]) => v));
  return kept.map(([, v]) => v);
}

function filter(value: Value, node: PathNode): Value | undefined {
  if (node.isWhole) return value;
  const entries = members(value);
  if (entries === undefined) return undefined;
  const kept: (readonly [Value, Value])[] = [];
  for (const [key, member] of entries) {
    const child = node.children.get(segmentKey(key));
    if (child === undefined) continue;
    const result = filter(member, child);
    if (result !== undefined) kept.push([key, result]);
  }
  return rebuild(value, kept);
}

function remove(value: Value, node: PathNode): Value | undefined {
  if (node.isWhole) return undefined;
  const entries = members(value);
  if (entries === undefined || node.children.size === 0) return value;
  const kept: (readonly [Value, Value])[] = [];
  for (const [key, member] of entries) {
    const child = node.children.get(segmentKey(key));
    const result = child === undefined ? member : remove(member, child);
    if (result !== undefined) kept.push([key, result]);
  }
  return rebuild(value, kept);
}

/** Registers the json document family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const [filterDeclaration, removeDeclaration] = jsonDeclarations as [
    BuiltinDeclaration,
    BuiltinDeclaration,
  ];
  registry.define(filterDeclaration, (args) => {
    const object = objectOperand('json.filter', args, 0);
    return filter(object, pathTrie('json.filter', args[1] as Value)) ?? new RegoObject();
  });
  registry.define(removeDeclaration, (args) => {
    const object = objectOperand('json.remove', args, 0);
    return remove(object, pathTrie('json.remove', args[1] as Value)) ?? new RegoObject();
  });
}
