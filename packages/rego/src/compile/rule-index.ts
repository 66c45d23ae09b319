import { keyOf, type Value } from '../value.js';
import type { CExpr, CRule, CTerm, RuleIndex, RuleSet } from './plan.js';

const MIN_RULES = 4;

/** The `input.<path> == "const"` test of a rule body, if it has one. */
function keyTest(rule: CRule): { path: Value[]; value: Value } | undefined {
  if (rule.elses.length > 0) return undefined;
  for (const expr of rule.body) {
    const test = exprTest(expr);
    if (test) return test;
  }
  return undefined;
}

function exprTest(expr: CExpr): { path: Value[]; value: Value } | undefined {
  let a: CTerm | undefined;
  let b: CTerm | undefined;
  if (expr.e === 'unify') {
    a = expr.a;
    b = expr.b;
  } else if (expr.e === 'call' && expr.target.kind === 'equal' && expr.out === undefined) {
    a = expr.args[0];
    b = expr.args[1];
  }
  if (!a || !b) return undefined;
  if (b.t === 'input') [a, b] = [b, a];
  if (a.t !== 'input' || b.t !== 'const') return undefined;
  if (b.v !== null && typeof b.v === 'object') return undefined;
  const path: Value[] = [];
  for (const p of a.path) {
    if (p.t !== 'const') return undefined;
    path.push(p.v);
  }
  return { path, value: b.v };
}

/**
 * Builds an index for rule sets with many rules that test the same input path against
 * constants, so evaluation visits only the candidates for the actual input value. @internal
 */
export function indexRuleSet(set: RuleSet): RuleIndex | undefined {
  if (set.kind === 'function' || set.rules.length < MIN_RULES) return undefined;
  const tests = set.rules.map(keyTest);
  const counts = new Map<string, { path: Value[]; n: number }>();
  for (const t of tests) {
    if (!t) continue;
    const id = JSON.stringify(t.path);
    const entry = counts.get(id) ?? { path: t.path, n: 0 };
    entry.n++;
    counts.set(id, entry);
  }
  let best: { path: Value[]; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (!best || best.n < MIN_RULES) return undefined;
  const id = JSON.stringify(best.path);
  const byValue = new Map<unknown, CRule[]>();
  const unindexed: CRule[] = [];
  set.rules.forEach((rule, i) => {
    const t = tests[i];
    if (!t || JSON.stringify(t.path) !== id) unindexed.push(rule);
  });
  set.rules.forEach((rule, i) => {
    const t = tests[i];
    if (!t || JSON.stringify(t.path) !== id) return;
    const k = keyOf(t.value);
    // Each candidate list keeps the unindexed rules too, in source order.
    const list = byValue.get(k) ?? [...unindexed];
    list.push(rule);
    byValue.set(k, list);
  });
  for (const list of byValue.values()) list.sort((a, b) => a.order - b.order);
  return { path: best.path, byValue, unindexed };
}
