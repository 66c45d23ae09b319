import type { CBody, CExpr, CTerm } from '../compile/plan.js';
import { RegoSet, type Value } from '../value.js';
import { evalCallExpr } from './calls.js';
import { iterate } from './collections.js';
import type { Frame } from './context.js';
import { NOT_GROUND, Step, tryGround, tryStep } from './deterministic.js';
import { evalEvery } from './every.js';
import { checkLimits } from './limits.js';
import { evalTerm } from './terms.js';
import { bindSlot, type Next, stopAtFirst, unifyTerms, unifyValue } from './unify.js';
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
    const step = tryStep(body[i] as CExpr, f, trail);
    if (step === Step.Branch) break;
    if (step === Step.Fail) {
      undo(trail, mark, f);
      return false;
    }
  }
  let stop: boolean;
  if (i === body.length) stop = k();
  else {
    const next = i + 1;
    stop = evalExpr(
      body[i] as CExpr,
      f,
      next === body.length ? k : () => evalFrom(body, next, f, k),
    );
  }
  undo(trail, mark, f);
  return stop;
}

/** Unbinds the slots recorded on `trail` past `mark`. */
function undo(trail: number[], mark: number, f: Frame): void {
  const s = f.s;
  while (trail.length > mark) s[trail.pop() as number] = undefined;
}

/** `some v in collection` with `v` an unbound variable: binds it to each member in turn. */
function someValueIn(collection: Value, slot: number, f: Frame, k: Next): boolean {
  if (collection === null || typeof collection !== 'object') return false;
  const members = Array.isArray(collection)
    ? collection
    : collection instanceof RegoSet
      ? collection.values()
      : undefined;
  if (members === undefined) {
    return iterate(collection, (_, member) => bindSlot(slot, member, f, k));
  }
  const s = f.s;
  for (let i = 0; i < members.length; i++) {
    s[slot] = members[i] as Value;
    const stop = k();
    s[slot] = undefined;
    if (stop) return true;
  }
  return false;
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
      if (key === undefined && value.t === 'var' && f.s[value.slot] === undefined) {
        const collection = tryGround(expr.collection, f);
        if (collection === undefined) return false;
        if (collection !== NOT_GROUND) return someValueIn(collection, value.slot, f, k);
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
