/**
 * Comparison builtins (`==`, `!=`, `<`, `<=`, `>`, `>=`): they compare any two values in Rego's
 * total order (null < boolean < number < string < array < object < set) and answer a boolean,
 * never undefined; the evaluator treats `false` as a failed expression.
 */
import { compareValues, type Value, valuesEqual } from '../value.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';

function comparison(name: string, operator: string): BuiltinDeclaration {
  return {
    name,
    args: ['any', 'any'],
    result: 'boolean',
    description: `Checks that \`x ${operator} y\` in Rego's total order of values.`,
    category: 'comparison',
  };
}

const declarations = {
  equal: comparison('equal', '=='),
  neq: comparison('neq', '!='),
  lt: comparison('lt', '<'),
  lte: comparison('lte', '<='),
  gt: comparison('gt', '>'),
  gte: comparison('gte', '>='),
} as const;

function compare(args: readonly Value[]): number {
  return compareValues(args[0] as Value, args[1] as Value);
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  equal: (args) => valuesEqual(args[0] as Value, args[1] as Value),
  neq: (args) => !valuesEqual(args[0] as Value, args[1] as Value),
  lt: (args) => compare(args) < 0,
  lte: (args) => compare(args) <= 0,
  gt: (args) => compare(args) > 0,
  gte: (args) => compare(args) >= 0,
};

/** Registers the comparison builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}
