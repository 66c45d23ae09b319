import type { Module, Rule, Term } from '../ast.js';
import { RegoError } from '../errors.js';
import { keyOf, normalizeInteger, type Value } from '../value.js';
import type { DataNode, RuleSet } from './plan.js';

/** A rule waiting to be compiled, with where it lives in the tree. @internal */
export interface PendingRule {
  readonly rule: Rule;
  readonly module: Module;
  readonly rules: RuleSet;
  /** Head reference terms past the rule set's node. */
  readonly suffix: readonly Term[];
  readonly order: number;
}

/** Creates an empty rule-tree node. @internal */
export function createNode(path: readonly Value[]): DataNode {
  return {
    path,
    name: [
      'data',
      ...path.map((p) => (typeof p === 'string' ? p : JSON.stringify(String(p)))),
    ].join('.'),
    children: new Map(),
    rules: undefined,
    hasRules: false,
  };
}

/** The child of `node` under `key`, created on demand. @internal */
export function childNode(node: DataNode, key: Value): DataNode {
  const k = keyOf(key);
  let child = node.children.get(k);
  if (!child) {
    child = createNode([...node.path, key]);
    node.children.set(k, child);
  }
  return child;
}

/**
 * Places every rule of every module in the rule tree under `data` (package path + rule ref),
 * grouping rules with the same path into a {@link RuleSet}, and reports conflicting kinds.
 * @internal
 */
export function buildRuleTree(
  modules: readonly Module[],
  errors: RegoError[],
): {
  root: DataNode;
  pending: PendingRule[];
} {
  const root = createNode([]);
  const pending: PendingRule[] = [];
  let order = 0;
  // Dense ids per policy: evaluation memoises rule set values in an array by id.
  let nextRuleSetId = 0;
  for (const module of modules) {
    // Every package is a document, even without rules (an empty object).
    let pkg = root;
    for (const key of module.package) pkg = childNode(pkg, key);
    for (const rule of module.rules) {
      const [first, ...rest] = rule.head.ref;
      if (first?.type !== 'var') continue;
      const keys: Value[] = [...module.package, first.name];
      let i = 0;
      for (; i < rest.length; i++) {
        const term = rest[i] as Term;
        if (term.type !== 'scalar') break;
        keys.push(typeof term.value === 'bigint' ? normalizeInteger(term.value) : term.value);
      }
      const suffix = rest.slice(i);
      let node = root;
      node.hasRules = true;
      for (const key of keys) {
        node = childNode(node, key);
        node.hasRules = true;
      }
      const kind: RuleSet['kind'] =
        rule.head.args !== undefined
          ? 'function'
          : suffix.length > 0
            ? 'object'
            : rule.head.key !== undefined
              ? 'set'
              : 'complete';
      let rules = node.rules;
      if (!rules) {
        rules = {
          kind,
          name: node.name,
          rules: [],
          defaultRule: undefined,
          index: undefined,
          arity: rule.head.args?.length ?? 0,
          earlyExit: false,
          isPure: false,
          id: nextRuleSetId++,
        };
        node.rules = rules;
      } else if (
        rules.kind !== kind ||
        (kind === 'function' && rules.arity !== (rule.head.args?.length ?? 0))
      ) {
        errors.push(
          new RegoError({
            code: 'rego_type_error',
            message: `conflicting rules ${node.name} found`,
            location: rule.loc,
          }),
        );
        continue;
      }
      pending.push({ rule, module, rules, suffix, order: order++ });
    }
  }
  return { root, pending };
}
