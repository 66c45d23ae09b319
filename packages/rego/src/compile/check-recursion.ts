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
  const reported = new Set<RuleSet>();
  for (const start of sets) {
    if (reported.has(start)) continue;
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

function findCycle(start: RuleSet, graph: Map<RuleSet, Set<RuleSet>>): RuleSet[] | undefined {
  const seen = new Set<RuleSet>();
  const stack: { set: RuleSet; path: RuleSet[] }[] = [{ set: start, path: [start] }];
  while (stack.length > 0) {
    const { set, path } = stack.pop() as { set: RuleSet; path: RuleSet[] };
    for (const dep of graph.get(set) ?? []) {
      if (dep === start) return path;
      if (seen.has(dep)) continue;
      seen.add(dep);
      stack.push({ set: dep, path: [...path, dep] });
    }
  }
  return undefined;
}
