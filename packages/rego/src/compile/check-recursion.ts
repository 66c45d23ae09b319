import { RegoError } from '../errors.js';
import type { CallTarget, CBody, CExpr, CRule, CTerm, DataNode, RuleSet } from './plan.js';

/** Rule sets at or below a node (what a reference to the node may evaluate). */
function ruleSetsUnder(node: DataNode, out: Set<RuleSet>): void {
  if (!node.hasRules) return;
  if (node.rules) out.add(node.rules);
  for (const child of node.children.values()) ruleSetsUnder(child, out);
}

function termDeps(term: CTerm, out: Set<RuleSet>): void {
  switch (term.t) {
    case 'array':
    case 'set':
      for (const i of term.items) termDeps(i, out);
      return;
    case 'object':
      for (const k of term.keys) termDeps(k, out);
      for (const v of term.values) termDeps(v, out);
      return;
    case 'ref':
      termDeps(term.head, out);
      for (const p of term.path) termDeps(p, out);
      return;
    case 'input':
      for (const p of term.path) termDeps(p, out);
      return;
    case 'data':
      // A constant key the tree has no child for leads into base data only.
      // A dynamic key is checked at run time instead (OPA narrows it by the actual key).
      if (term.path.length > 0) {
        if (term.node.rules) out.add(term.node.rules);
      } else ruleSetsUnder(term.node, out);
      for (const p of term.path) termDeps(p, out);
      return;
    case 'call':
      targetDeps(term.target, out);
      for (const a of term.args) termDeps(a, out);
      return;
    case 'comprehension':
      termDeps(term.head, out);
      if (term.value) termDeps(term.value, out);
      bodyDeps(term.body, out);
      return;
    case 'template':
      for (const p of term.parts) if (typeof p !== 'string') termDeps(p, out);
      return;
    default:
      return;
  }
}

function targetDeps(target: CallTarget | undefined, out: Set<RuleSet>): void {
  if (target?.kind === 'function') out.add(target.rules);
}

function exprDeps(expr: CExpr, out: Set<RuleSet>): void {
  switch (expr.e) {
    case 'term':
      termDeps(expr.term, out);
      return;
    case 'unify':
      termDeps(expr.a, out);
      termDeps(expr.b, out);
      return;
    case 'call':
      targetDeps(expr.target, out);
      for (const a of expr.args) termDeps(a, out);
      if (expr.out) termDeps(expr.out, out);
      return;
    case 'some-in':
      termDeps(expr.collection, out);
      return;
    case 'every':
      termDeps(expr.domain, out);
      bodyDeps(expr.body, out);
      return;
    case 'not':
      exprDeps(expr.expr, out);
      return;
    case 'with':
      exprDeps(expr.expr, out);
      for (const w of expr.withs) {
        termDeps(w.value, out);
        if (w.kind === 'function') targetDeps(w.replacement, out);
      }
      return;
    case 'logic':
      for (const body of expr.operands) bodyDeps(body, out);
      return;
    case 'true':
      return;
  }
}

function bodyDeps(body: CBody, out: Set<RuleSet>): void {
  for (const e of body) exprDeps(e, out);
}

function ruleDeps(rule: CRule, out: Set<RuleSet>): void {
  bodyDeps(rule.body, out);
  for (const t of [rule.value, rule.key, ...rule.suffix]) if (t) termDeps(t, out);
  for (const clause of rule.elses) {
    bodyDeps(clause.body, out);
    if (clause.value) termDeps(clause.value, out);
  }
}

/** Reports `rego_recursion_error` for every rule set that depends on itself. @internal */
export function checkRecursion(sets: readonly RuleSet[], errors: RegoError[]): void {
  const graph = new Map<RuleSet, Set<RuleSet>>();
  for (const set of sets) {
    const deps = new Set<RuleSet>();
    for (const rule of set.rules) ruleDeps(rule, deps);
    if (set.defaultRule) ruleDeps(set.defaultRule, deps);
    graph.set(set, deps);
  }
  const cyclic = cycleCandidates(graph);
  const reported = new Set<RuleSet>();
  for (const start of sets) {
    if (reported.has(start) || !cyclic.has(start)) continue;
    const cycle = findCycle(start, graph);
    if (!cycle) continue;
    for (const s of cycle) reported.add(s);
    errors.push(
      new RegoError({
        code: 'rego_recursion_error',
        message: `rule ${start.name} is recursive: ${[...cycle, start].map((s) => s.name).join(' -> ')}`,
        location: start.rules[0]?.loc,
      }),
    );
  }
}

/**
 * The rule sets that may lie on a cycle: what is left after repeatedly removing sets that
 * depend on no remaining set or that no remaining set depends on. Linear in the graph, so a
 * long chain of rules does not make the cycle search quadratic (or worse).
 */
function cycleCandidates(graph: Map<RuleSet, Set<RuleSet>>): Set<RuleSet> {
  const alive = new Set(graph.keys());
  const outDegree = new Map<RuleSet, number>();
  const inDegree = new Map<RuleSet, number>();
  const dependents = new Map<RuleSet, RuleSet[]>();
  for (const [set, deps] of graph) {
    let count = 0;
    for (const dep of deps) {
      if (!graph.has(dep)) continue;
      count++;
      inDegree.set(dep, (inDegree.get(dep) ?? 0) + 1);
      const list = dependents.get(dep);
      if (list) list.push(set);
      else dependents.set(dep, [set]);
    }
    outDegree.set(set, count);
  }
  const queue = [...alive].filter((s) => outDegree.get(s) === 0 || !inDegree.get(s));
  while (queue.length > 0) {
    const set = queue.pop() as RuleSet;
    if (!alive.delete(set)) continue;
    for (const dep of graph.get(set) ?? []) {
      if (!alive.has(dep)) continue;
      const remaining = (inDegree.get(dep) ?? 0) - 1;
      inDegree.set(dep, remaining);
      if (remaining === 0) queue.push(dep);
    }
    for (const dependent of dependents.get(set) ?? []) {
      if (!alive.has(dependent)) continue;
      const remaining = (outDegree.get(dependent) ?? 0) - 1;
      outDegree.set(dependent, remaining);
      if (remaining === 0) queue.push(dependent);
    }
  }
  return alive;
}

function findCycle(start: RuleSet, graph: Map<RuleSet, Set<RuleSet>>): RuleSet[] | undefined {
  // Each reached set remembers the set it was reached from (no copied path per set).
  const parent = new Map<RuleSet, RuleSet>();
  const stack: RuleSet[] = [start];
  while (stack.length > 0) {
    const set = stack.pop() as RuleSet;
    for (const dep of graph.get(set) ?? []) {
      if (dep === start) return pathTo(set, start, parent);
      if (parent.has(dep)) continue;
      parent.set(dep, set);
      stack.push(dep);
    }
  }
  return undefined;
}

/** The path from `start` to `set` through the `parent` links. */
function pathTo(set: RuleSet, start: RuleSet, parent: Map<RuleSet, RuleSet>): RuleSet[] {
  const path = [set];
  for (let s = set; s !== start; ) {
    s = parent.get(s) as RuleSet;
    path.push(s);
  }
  return path.reverse();
}
