/**
 * Set builtins: the `&` and `|` operators (`and`, `or`) and the n-ary `intersection` and `union`
 * over a set of sets; `set_diff`, deprecated in favour of `-`, is in {@link registerDeprecated}.
 */
import { RegoSet, type Value } from '../value.js';
import { setOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';

const declarations = {
  and: {
    name: 'and',
    args: ['set', 'set'],
    result: 'set',
    description: 'Returns the intersection of two sets.',
    category: 'sets',
  },
  or: {
    name: 'or',
    args: ['set', 'set'],
    result: 'set',
    description: 'Returns the union of two sets.',
    category: 'sets',
  },
  intersection: {
    name: 'intersection',
    args: ['set'],
    result: 'set',
    description: 'Returns the intersection of the given input sets.',
    category: 'sets',
  },
  union: {
    name: 'union',
    args: ['set'],
    result: 'set',
    description: 'Returns the union of the given input sets.',
    category: 'sets',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

const deprecatedDeclarations = {
  setDiff: {
    name: 'set_diff',
    args: ['set', 'set'],
    result: 'set',
    description: 'Returns the difference of two sets (deprecated: use `-`).',
    category: 'sets',
  },
} as const satisfies Record<string, BuiltinDeclaration>;

function intersect(a: RegoSet, b: RegoSet): RegoSet {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return new RegoSet(small.values().filter((item) => large.has(item)));
}

/** The member sets of a set of sets; OPA words a non-set member as operand 1's type. */
function memberSets(name: string, args: readonly Value[]): RegoSet[] {
  return setOperand(name, args, 0)
    .values()
    .map((item) => setOperand(name, [item], 0));
}

const implementations: Record<keyof typeof declarations, BuiltinImplementation> = {
  and: (args) => intersect(setOperand('and', args, 0), setOperand('and', args, 1)),
  or: (args) => {
    const a = setOperand('or', args, 0);
    const b = setOperand('or', args, 1);
    return new RegoSet([...a.values(), ...b.values()]);
  },
  intersection: (args) => {
    const sets = memberSets('intersection', args);
    const [first, ...rest] = sets;
    return first === undefined ? new RegoSet() : rest.reduce(intersect, first);
  },
  union: (args) => new RegoSet(memberSets('union', args).flatMap((set) => set.values())),
};

const deprecatedImplementations: Record<
  keyof typeof deprecatedDeclarations,
  BuiltinImplementation
> = {
  setDiff: (args) => {
    const a = setOperand('set_diff', args, 0);
    const b = setOperand('set_diff', args, 1);
    return new RegoSet(a.values().filter((item) => !b.has(item)));
  },
};

/** Registers the set builtins of OPA v1. */
export function register(registry: BuiltinRegistry): void {
  for (const key of Object.keys(declarations) as (keyof typeof declarations)[]) {
    registry.define(declarations[key], implementations[key]);
  }
}

/** Registers `set_diff`, which OPA v1 rejects at compile time as deprecated. */
export function registerDeprecated(registry: BuiltinRegistry): void {
  registry.define(deprecatedDeclarations.setDiff, deprecatedImplementations.setDiff);
}
