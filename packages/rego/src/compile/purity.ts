import { keyOf } from '../value.js';
import type { CallTarget, CBody, CExpr, CRule, CTerm, DataNode, RuleSet } from './plan.js';

/** Builtins whose result depends on more than their arguments (beyond `isNondeterministic`). */
const IMPURE_BUILTINS: ReadonlySet<string> = new Set([
  'http.send',
  'io.jwt.decode_verify',
  'print',
  'time.now_ns',
  'rand.intn',
  'uuid.rfc4122',
  'opa.runtime',
  'net.lookup_ip_addr',
  'trace',
]);

/** The verdicts so far, and the rule sets being decided (a cycle counts as impure). */
interface PurityState {
  readonly verdicts: Map<RuleSet, boolean>;
  readonly active: Set<RuleSet>;
}

function isPureTarget(target: CallTarget, state: PurityState): boolean {
  switch (target.kind) {
    case 'builtin':
      return target.builtin.isNondeterministic !== true && !IMPURE_BUILTINS.has(target.name);
    case 'function':
      return isPureSet(target.rules, state);
    case 'equal':
      return true;
    case 'print':
      return false;
  }
}

function isPureNode(node: DataNode, state: PurityState): boolean {
  if (!node.hasRules) return true;
  if (node.rules && !isPureSet(node.rules, state)) return false;
  for (const child of node.children.values()) if (!isPureNode(child, state)) return false;
  return true;
}

/** A data reference: constant keys narrow it to one child, or into base data only. */
function isPureDataRef(start: DataNode, path: readonly CTerm[], state: PurityState): boolean {
  let node = start;
  for (const p of path) {
    if (node.rules) return isPureNode(node, state);
    if (p.t !== 'const') break;
    const child = node.children.get(keyOf(p.v));
    if (child === undefined) return true;
    node = child;
  }
  return isPureNode(node, state);
}

function isPureTerms(terms: readonly CTerm[], state: PurityState): boolean {
  for (const t of terms) if (!isPureTerm(t, state)) return false;
  return true;
}

function isPureTerm(term: CTerm, state: PurityState): boolean {
  switch (term.t) {
    case 'const':
    case 'var':
      return true;
    case 'input':
      return false;
    case 'array':
    case 'set':
      return isPureTerms(term.items, state);
    case 'object':
      return isPureTerms(term.keys, state) && isPureTerms(term.values, state);
    case 'ref':
      return isPureTerm(term.head, state) && isPureTerms(term.path, state);
    case 'data':
      return isPureDataRef(term.node, term.path, state) && isPureTerms(term.path, state);
    case 'call':
      return isPureTarget(term.target, state) && isPureTerms(term.args, state);
    case 'comprehension':
      return (
        isPureTerm(term.head, state) &&
        (term.value === undefined || isPureTerm(term.value, state)) &&
        isPureBody(term.body, state)
      );
    case 'template':
      for (const p of term.parts) if (typeof p !== 'string' && !isPureTerm(p, state)) return false;
      return true;
  }
}

function isPureExpr(expr: CExpr, state: PurityState): boolean {
  switch (expr.e) {
    case 'term':
      return isPureTerm(expr.term, state);
    case 'unify':
      return isPureTerm(expr.a, state) && isPureTerm(expr.b, state);
    case 'call':
      return (
        isPureTarget(expr.target, state) &&
        isPureTerms(expr.args, state) &&
        (expr.out === undefined || isPureTerm(expr.out, state))
      );
    case 'some-in':
      return (
        isPureTerm(expr.collection, state) &&
        isPureTerm(expr.value, state) &&
        (expr.key === undefined || isPureTerm(expr.key, state))
      );
    case 'every':
      return isPureTerm(expr.domain, state) && isPureBody(expr.body, state);
    case 'not':
      return isPureExpr(expr.expr, state);
    case 'logic':
      for (const body of expr.operands) if (!isPureBody(body, state)) return false;
      return true;
    case 'with':
      // Replacements change what the expression sees: left to the per-evaluation memo.
      return false;
    case 'true':
      return true;
  }
}

function isPureBody(body: CBody, state: PurityState): boolean {
  for (const e of body) if (!isPureExpr(e, state)) return false;
  return true;
}

function isPureRule(rule: CRule, state: PurityState): boolean {
  if (!isPureBody(rule.body, state)) return false;
  for (const t of [rule.value, rule.key, ...rule.suffix, ...rule.args]) {
    if (t !== undefined && !isPureTerm(t, state)) return false;
  }
  for (const clause of rule.elses) {
    if (!isPureBody(clause.body, state)) return false;
    if (clause.value !== undefined && !isPureTerm(clause.value, state)) return false;
  }
  return true;
}

function isPureSet(set: RuleSet, state: PurityState): boolean {
  const known = state.verdicts.get(set);
  if (known !== undefined) return known;
  if (state.active.has(set)) return false;
  state.active.add(set);
  let pure = true;
  for (const rule of set.rules) {
    if (!isPureRule(rule, state)) {
      pure = false;
      break;
    }
  }
  if (pure && set.defaultRule && !isPureRule(set.defaultRule, state)) pure = false;
  state.active.delete(set);
  state.verdicts.set(set, pure);
  return pure;
}

/**
 * Marks the rule sets whose value depends on the policy and its base data only: no `input`,
 * no `with`, no builtin that is nondeterministic or has side effects (caller-supplied builtins
 * are marked nondeterministic), and only such rule sets below. Their values (and a function's
 * results) may be kept across evaluations. @internal
 */
export function markPureRuleSets(sets: readonly RuleSet[]): void {
  const state: PurityState = { verdicts: new Map(), active: new Set() };
  for (const set of sets) set.isPure = isPureSet(set, state);
}
