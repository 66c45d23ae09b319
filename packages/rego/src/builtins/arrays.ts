/**
 * Array builtins: `array.concat`, `array.slice` (indices clamped, never an error),
 * `array.reverse` and `array.flatten` (one level).
 */
import type { Value } from '../value.js';
import { intOperand } from './numbers.js';
import { arrayOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';

const declarations = {
  concat: {
    name: 'array.concat',
    args: ['array', 'array'],
    result: 'array',
    description: 'Concatenates two arrays.',
    category: 'array',
  },
  slice: {
    name: 'array.slice',
    args: ['array', 'number', 'number'],
    result: 'array',
    description:
      'Returns a slice of a given array. If `start` is greater or equal than `stop`, `slice` is `[]`.',
    category: 'array',
  },
  reverse: {
    name: 'array.reverse',
    args: ['array'],
    result: 'array',
    description: 'Returns the reverse of a given array.',
    category: 'array',
  },
  flatten: {
    name: 'array.flatten',
    args: ['array'],
    result: 'array',
    description:
      'Flattens nested arrays by one level: array elements are replaced by their elements.',
    category: 'array',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  concat: (args) => [
    ...arrayOperand(declarations.concat.name, args, 0),
    ...arrayOperand(declarations.concat.name, args, 1),
  ],
  slice: (args) => {
    const name = declarations.slice.name;
    const array = arrayOperand(name, args, 0);
    const start = intOperand(name, args, 1);
    const stop = Math.min(Math.max(intOperand(name, args, 2), 0), array.length);
    return array.slice(Math.min(Math.max(start, 0), stop), stop);
  },
  reverse: (args) => [...arrayOperand(declarations.reverse.name, args, 0)].reverse(),
  flatten: (args) =>
    arrayOperand(declarations.flatten.name, args, 0).flatMap((item: Value) =>
      Array.isArray(item) ? item : [item],
    ),
};

/** Registers the array builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}
