import type { RefTerm, Term } from '../ast.js';
import { keyOf, type Value } from '../value.js';
import type { CTerm, DataNode, DataRefTerm } from './plan.js';
import type { ModuleEnv, Scope } from './scope.js';

/** The absolute `data` or `input` path of a name or reference, when it is not a local value. */
export interface ResolvedPath {
  readonly root: 'data' | 'input';
  /** Constant keys, from the root. */
  readonly path: readonly Value[];
  /** How many leading terms of the ref's own path were folded into `path`. */
  readonly consumed: number;
}

/**
 * Resolves the head of a reference (a var) to a global: `input`, `data`, an import alias or a
 * rule of the package. Local variables shadow globals. @internal
 */
export function resolveGlobal(
  name: string,
  scope: Scope | undefined,
  env: ModuleEnv,
): { root: 'data' | 'input'; path: readonly Value[] } | undefined {
  if (scope?.lookup(name) !== undefined) return undefined;
  if (name === 'input') return { root: 'input', path: [] };
  if (name === 'data') return { root: 'data', path: [] };
  return env.globals.get(name);
}

/**
 * The constant absolute path a reference names (`data.lib.f`, an alias, `count`...), folding the
 * ref's leading constant keys; undefined for local heads. @internal
 */
export function resolveRefPath(
  ref: RefTerm,
  scope: Scope | undefined,
  env: ModuleEnv,
): ResolvedPath | undefined {
  if (ref.head.type !== 'var') return undefined;
  const global = resolveGlobal(ref.head.name, scope, env);
  if (!global) return undefined;
  const path = [...global.path];
  let consumed = 0;
  for (const term of ref.path) {
    if (term.type !== 'scalar' || typeof term.value === 'bigint') break;
    path.push(term.value);
    consumed++;
  }
  return { root: global.root, path, consumed };
}

/** The dotted name of a builtin reference like `strings.replace_n`, if it is one. @internal */
export function dottedName(ref: RefTerm): string | undefined {
  if (ref.head.type !== 'var') return undefined;
  let name = ref.head.name;
  for (const term of ref.path as readonly Term[]) {
    if (term.type !== 'scalar' || typeof term.value !== 'string') return undefined;
    name += `.${term.value}`;
  }
  return name;
}

/** The deepest rule-tree node reached from `root` by the constant keys of `path`. @internal */
export function findNode(
  root: DataNode,
  path: readonly Value[],
): { node: DataNode; depth: number } {
  let node = root;
  let depth = 0;
  for (const key of path) {
    // A rule set's value also covers the documents below it (ref heads), so stop there.
    if (node.rules && node.rules.kind !== 'function') break;
    const child = node.children.get(keyOf(key));
    if (!child) break;
    node = child;
    depth++;
  }
  return { node, depth };
}

/** A `data` reference term for an absolute path plus dynamic tail. @internal */
export function dataRef(
  root: DataNode,
  keys: readonly Value[],
  tail: readonly CTerm[],
): DataRefTerm {
  const { node, depth } = findNode(root, keys);
  const rest: CTerm[] = keys.slice(depth).map((v) => ({ t: 'const', v }));
  return { t: 'data', node, path: [...rest, ...tail] };
}
