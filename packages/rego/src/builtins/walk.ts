/**
 * `walk(x)`: the relation of every `[path, value]` pair in `x`, the root first (path `[]`), then
 * each member depth-first. The implementation returns all pairs; the evaluator iterates them.
 */
import { type ArrayValue, RegoObject, RegoSet, type Value } from '../value.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';

const walkDeclaration: BuiltinDeclaration = {
  name: 'walk',
  args: ['any'],
  result: 'array',
  description: 'Generates `[path, value]` tuples for all nested documents of `x` (recursively).',
  category: 'graph',
  isRelation: true,
};

function collect(path: ArrayValue, value: Value, out: Value[]): void {
  out.push([path, value]);
  if (Array.isArray(value)) {
    value.forEach((child: Value, index: number) => {
      collect([...path, index], child, out);
    });
  } else if (value instanceof RegoSet) {
    // A set member is its own key.
    for (const member of value) collect([...path, member], member, out);
  } else if (value instanceof RegoObject) {
    for (const [key, child] of value.entries()) collect([...path, key], child, out);
  }
}

/** Every `[path, value]` pair of `value`, in walk order. */
export function walkPairs(value: Value): Value[] {
  const out: Value[] = [];
  collect([], value, out);
  return out;
}

function walk(args: readonly Value[]): Value {
  return walkPairs(args[0] as Value);
}

/** Registers the `walk` relation. */
export function register(registry: BuiltinRegistry): void {
  registry.define(walkDeclaration, walk);
}
