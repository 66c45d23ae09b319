import type { CExpr, CTerm } from './plan.js';

/** Which slots are bound at a point of a body. @internal */
export type BoundTest = (slot: number) => boolean;

/** Adds every slot `term` reads at its own level (closures of nested bodies included). @internal */
export function collectSlots(term: CTerm, out: Set<number>): void {
  switch (term.t) {
    case 'const':
      return;
    case 'var':
      out.add(term.slot);
      return;
    case 'array':
    case 'set':
      for (const item of term.items) collectSlots(item, out);
      return;
    case 'object':
      for (const k of term.keys) collectSlots(k, out);
      for (const v of term.values) collectSlots(v, out);
      return;
    case 'ref':
      collectSlots(term.head, out);
      for (const p of term.path) collectSlots(p, out);
      return;
    case 'input':
    case 'data':
      for (const p of term.path) collectSlots(p, out);
      return;
    case 'call':
      for (const a of term.args) collectSlots(a, out);
      return;
    case 'comprehension':
      for (const s of term.closure) out.add(s);
      return;
    case 'template':
      for (const p of term.parts) if (typeof p !== 'string') collectSlots(p, out);
      return;
  }
}

/** Adds every slot an expression reads at its own level. @internal */
export function collectExprSlots(expr: CExpr, out: Set<number>): void {
  switch (expr.e) {
    case 'term':
      collectSlots(expr.term, out);
      return;
    case 'unify':
      collectSlots(expr.a, out);
      collectSlots(expr.b, out);
      return;
    case 'call':
      for (const a of expr.args) collectSlots(a, out);
      if (expr.out) collectSlots(expr.out, out);
      return;
    case 'some-in':
      if (expr.key) collectSlots(expr.key, out);
      collectSlots(expr.value, out);
      collectSlots(expr.collection, out);
      return;
    case 'every': {
      collectSlots(expr.domain, out);
      const inner = new Set<number>();
      for (const e of expr.body) collectExprSlots(e, inner);
      const locals = new Set(expr.locals);
      for (const s of inner) if (!locals.has(s)) out.add(s);
      return;
    }
    case 'not':
      collectExprSlots(expr.expr, out);
      return;
    case 'with':
      collectExprSlots(expr.expr, out);
      for (const w of expr.withs) collectSlots(w.value, out);
      return;
    case 'logic':
      for (const s of expr.closure) out.add(s);
      return;
    case 'true':
      return;
  }
}

/** Adds the variables in the paths of refs inside `term` (which evaluating it binds). @internal */
export function collectPathVars(term: CTerm, out: Set<number>): void {
  switch (term.t) {
    case 'array':
    case 'set':
      for (const i of term.items) collectPathVars(i, out);
      return;
    case 'object':
      for (const v of term.values) collectPathVars(v, out);
      return;
    case 'ref':
    case 'input':
    case 'data':
      for (const p of term.path) {
        if (p.t === 'var') out.add(p.slot);
        else collectPathVars(p, out);
      }
      return;
    case 'call':
      for (const a of term.args) collectPathVars(a, out);
      return;
    default:
      return;
  }
}

/** True when `term` can be evaluated to values (unbound vars in ref paths iterate). @internal */
export function isValueable(term: CTerm, isBound: BoundTest): boolean {
  switch (term.t) {
    case 'const':
      return true;
    case 'var':
      return isBound(term.slot);
    case 'array':
    case 'set':
      return term.items.every((i) => isValueable(i, isBound));
    case 'object':
      return (
        term.keys.every((k) => isValueable(k, isBound)) &&
        term.values.every((v) => isValueable(v, isBound))
      );
    case 'ref':
      return isValueable(term.head, isBound) && term.path.every((p) => isPathable(p, isBound));
    case 'input':
    case 'data':
      return term.path.every((p) => isPathable(p, isBound));
    case 'call':
      return argsValueable(term.args, isBound);
    case 'comprehension':
      return term.closure.every(isBound);
    case 'template':
      return term.parts.every((p) => typeof p === 'string' || isValueable(p, isBound));
  }
}

/** Call arguments can be evaluated, refs first (their path vars then bind plain var arguments). */
export function argsValueable(args: readonly CTerm[], isBound: BoundTest): boolean {
  if (args.every((a) => isValueable(a, isBound))) return true;
  const outputs = new Set<number>();
  for (const a of args) if (a.t !== 'var') collectPathVars(a, outputs);
  const test: BoundTest = (s) => isBound(s) || outputs.has(s);
  return args.every((a) => (a.t === 'var' ? test(a.slot) : isValueable(a, isBound)));
}

function isPathable(term: CTerm, isBound: BoundTest): boolean {
  return term.t === 'var' || isPattern(term, isBound);
}

/** True when `term` can receive a value by unification (vars, or composites of patterns). @internal */
export function isPattern(term: CTerm, isBound: BoundTest): boolean {
  if (term.t === 'var') return true;
  if (term.t === 'array') return term.items.every((i) => isPattern(i, isBound));
  if (term.t === 'object') {
    return (
      term.keys.every((k) => isValueable(k, isBound)) &&
      term.values.every((v) => isPattern(v, isBound))
    );
  }
  return isValueable(term, isBound);
}

/** True when `a = b` can be solved with the current bindings. @internal */
export function canUnify(a: CTerm, b: CTerm, isBound: BoundTest): boolean {
  if (isValueable(a, isBound) && isPattern(b, isBound)) return true;
  if (isValueable(b, isBound) && isPattern(a, isBound)) return true;
  if (a.t === 'array' && b.t === 'array' && a.items.length === b.items.length) {
    // Solve element by element, letting earlier pairs bind vars for later ones.
    const bound = new Set<number>();
    const test: BoundTest = (s) => isBound(s) || bound.has(s);
    for (let i = 0; i < a.items.length; i++) {
      const x = a.items[i] as CTerm;
      const y = b.items[i] as CTerm;
      if (!canUnify(x, y, test)) return false;
      collectSlots(x, bound);
      collectSlots(y, bound);
    }
    return true;
  }
  if (a.t === 'object' && b.t === 'object' && a.keys.length === b.keys.length) {
    return a.values.every((v, i) => canUnify(v, b.values[i] as CTerm, isBound));
  }
  return false;
}

/** True when an expression can run with the current bindings. @internal */
export function canRun(
  expr: CExpr,
  isBound: BoundTest,
  required: (e: CExpr) => Set<number>,
): boolean {
  switch (expr.e) {
    case 'term':
      return isValueable(expr.term, isBound);
    case 'unify':
      return canUnify(expr.a, expr.b, isBound);
    case 'call':
      return (
        argsValueable(expr.args, isBound) &&
        (expr.out === undefined || isPattern(expr.out, isBound))
      );
    case 'some-in':
      return (
        isValueable(expr.collection, isBound) &&
        isPattern(expr.value, isBound) &&
        (expr.key === undefined || isPattern(expr.key, isBound))
      );
    case 'every': {
      const slots = new Set<number>();
      collectExprSlots(expr, slots);
      for (const s of slots) if (!isBound(s)) return false;
      return true;
    }
    case 'not': {
      for (const s of required(expr)) if (!isBound(s)) return false;
      return canRun(expr.expr, isBound, required);
    }
    case 'with':
      return (
        expr.withs.every((w) => isValueable(w.value, isBound)) &&
        canRun(expr.expr, isBound, required)
      );
    case 'logic':
      return expr.closure.every(isBound);
    case 'true':
      return true;
  }
}

/** The slots an expression binds when it succeeds. @internal */
export function outputsOf(expr: CExpr): Set<number> {
  const out = new Set<number>();
  if (expr.e === 'not' || expr.e === 'every' || expr.e === 'logic') return out;
  if (expr.e === 'with') return outputsOf(expr.expr);
  collectExprSlots(expr, out);
  return out;
}
