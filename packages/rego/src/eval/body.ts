import type { CBody, CExpr, CTerm } from '../compile/plan.js';
import { RegoObject, type RegoSet, type Value } from '../value.js';
import { evalCallExpr } from './calls.js';
import { iterate } from './collections.js';
import type { Frame } from './context.js';
import { coverNext } from './coverage.js';
import { NOT_GROUND, Step, tryGround, tryStep } from './deterministic.js';
import { evalEvery } from './every.js';
import { checkLimits } from './limits.js';
import { evalTerm } from './terms.js';
import { type Next, stopAtFirst, unifyTerms, unifyValue } from './unify.js';
import { evalWith } from './with.js';

/**
 * Evaluates a body by backtracking: `k` runs once per solution (with the solution's bindings in
 * the frame) and returns true to stop the search. @internal
 */
export function evalBody(body: CBody, f: Frame, k: Next): boolean {
  return evalFrom(body, 0, f, k);
}

function evalFrom(body: CBody, start: number, f: Frame, k: Next): boolean {
  const root = f.c.root;
  const trail = root.trail;
  const mark = trail.length;
  let i = start;
  // Expressions with at most one solution run in a loop; only branching ones recurse.
  for (; i < body.length; i++) {
    if (++root.steps >= root.checkpoint) checkLimits(root);
    const expr = body[i] as CExpr;
    const step = tryStep(expr, f, trail);
    if (step === Step.Branch) break;
    if (step === Step.Fail) {
      undo(trail, mark, f);
      return false;
    }
    if (root.coverage !== undefined) root.coverage.hit(expr.loc.file, expr.loc.row);
  }
  let stop: boolean;
  if (i === body.length) stop = k();
  else {
    const expr = body[i] as CExpr;
    const next = i + 1;
    let rest: Next = next === body.length ? k : () => evalFrom(body, next, f, k);
    if (root.coverage !== undefined) rest = coverNext(root.coverage, expr.loc, rest);
    stop = evalExpr(expr, f, rest);
  }
  undo(trail, mark, f);
  return stop;
}

/** Unbinds the slots recorded on `trail` past `mark`. */
function undo(trail: number[], mark: number, f: Frame): void {
  const s = f.s;
  while (trail.length > mark) s[trail.pop() as number] = undefined;
}

/**
 * `some v in collection` / `some k, v in collection` with unbound variables (`keySlot` -1:
 * no key): binds them to each member in turn without a continuation per member.
 */
function someIn(
  collection: Value,
  slots: { key: number; value: number },
  f: Frame,
  k: Next,
): boolean {
  if (collection === null || typeof collection !== 'object') return false;
  const s = f.s;
  const { key, value } = slots;
  if (collection instanceof RegoObject) {
    const entries = collection.entries();
    for (let i = 0; i < entries.length; i++) {
      const [kv, vv] = entries[i] as readonly [Value, Value];
      if (key >= 0) s[key] = kv;
      s[value] = vv;
      const stop = k();
      if (key >= 0) s[key] = undefined;
      s[value] = undefined;
      if (stop) return true;
    }
    return false;
  }
  const isArray = Array.isArray(collection);
  const members = isArray ? collection : (collection as RegoSet).values();
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as Value;
    if (key >= 0) s[key] = isArray ? i : member;
    s[value] = member;
    const stop = k();
    if (key >= 0) s[key] = undefined;
    s[value] = undefined;
    if (stop) return true;
  }
  return false;
}

/** The slot of an unbound plain variable term, else -1. */
function unboundSlot(term: CTerm | undefined, f: Frame): number {
  return term !== undefined && term.t === 'var' && f.s[term.slot] === undefined ? term.slot : -1;
}

/** Evaluates one expression. @internal */
export function evalExpr(expr: CExpr, f: Frame, k: Next): boolean {
  switch (expr.e) {
    case 'term':
      return evalTerm(expr.term, f, (v) => (v === false ? false : k()));
    case 'unify':
      return unifyTerms(expr.a, expr.b, f, k);
    case 'call':
      return evalCallExpr(expr, f, k);
    case 'some-in': {
      const { key, value } = expr;
      const valueSlot = unboundSlot(value, f);
      const keySlot = unboundSlot(key, f);
      if (valueSlot >= 0 && (key === undefined || (keySlot >= 0 && keySlot !== valueSlot))) {
        const collection = tryGround(expr.collection, f);
        if (collection === undefined) return false;
        if (collection !== NOT_GROUND) {
          return someIn(collection, { key: keySlot, value: valueSlot }, f, k);
        }
      }
      return evalTerm(expr.collection, f, (collection) =>
        iterate(collection, (kv, vv) =>
          unifyValue(
            value,
            vv,
            f,
            key === undefined ? k : () => unifyValue(key as CTerm, kv, f, k),
          ),
        ),
      );
    }
    case 'every':
      return evalEvery(expr, f, k);
    case 'not':
      return evalExpr(expr.expr, f, stopAtFirst) ? false : k();
    case 'with':
      return evalWith(expr, f, k);
    case 'logic': {
      const holds = (body: CBody): boolean => evalBody(body, f, stopAtFirst);
      const ok = expr.operator === 'and' ? expr.operands.every(holds) : expr.operands.some(holds);
      return ok ? k() : false;
    }
    case 'true':
      return k();
  }
}
