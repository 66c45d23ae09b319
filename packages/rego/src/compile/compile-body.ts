import type { Body, Expr, Location, Term } from '../ast.js';
import { collectVarNames, compileTerm, resolveCall, type TermContext } from './compile-term.js';
import { compileWith } from './compile-with.js';
import type { CBody, CExpr } from './plan.js';
import { reorderBody } from './reorder.js';
import { dottedName, resolveGlobal } from './resolve-ref.js';
import { collectExprSlots } from './safety.js';
import { reportError, Scope } from './scope.js';

/**
 * Compiles a body in `cx.scope`: declares its variables (`some`, `:=`, and every other name that
 * is not a global), compiles each expression and reorders them for safety. `extra` are head
 * terms whose variables belong to this body. @internal
 */
export function compileBody(
  body: Body,
  cx: TermContext,
  extra: readonly Term[] = [],
): { body: CBody; bound: Set<number> } {
  const assigned = declareLocals(body, cx);
  const names = new Set<string>();
  for (const expr of body) collectExprNames(expr, names, cx);
  for (const term of extra) collectVarNames(term, names);
  for (const name of names) {
    if (assigned.has(name) || cx.scope.lookup(name) !== undefined) continue;
    if (resolveGlobal(name, cx.scope, cx.env)) continue;
    cx.scope.declare(name);
  }
  const compiled = body.map((expr) => ({ expr: compileExpr(expr, cx), loc: expr.loc }));
  return reorderBody(compiled, cx.scope, cx.env);
}

/** Declares `some` vars up front; returns the names `:=` declares (declared in order later). */
function declareLocals(body: Body, cx: TermContext): Set<string> {
  const assigned = new Set<string>();
  for (const expr of body) {
    if (expr.type === 'some-decl') {
      for (const v of expr.vars) if (!cx.scope.hasOwn(v.name)) cx.scope.declare(v.name);
    } else if (expr.type === 'some-in') {
      const names = new Set<string>();
      if (expr.key) collectVarNames(expr.key, names);
      collectVarNames(expr.value, names);
      for (const n of names) cx.scope.declare(n);
    } else if (expr.type === 'term' && isCallTo(expr.term, 'assign')) {
      const lhs = (expr.term as { args: readonly Term[] }).args[0];
      if (!lhs) continue;
      const names = new Set<string>();
      collectVarNames(lhs, names);
      for (const n of names) {
        if (assigned.has(n) && !n.startsWith('$')) {
          reportError(cx.env, {
            code: 'rego_compile_error',
            message: `var ${n} assigned above`,
            loc: expr.loc,
          });
        }
        assigned.add(n);
      }
    }
  }
  return assigned;
}

function isCallTo(term: Term, name: string): boolean {
  return (
    term.type === 'call' &&
    term.operator.head.type === 'var' &&
    term.operator.head.name === name &&
    term.operator.path.length === 0
  );
}

function collectExprNames(expr: Expr, out: Set<string>, cx: TermContext): void {
  for (const w of expr.with) {
    // A builtin named as a mock (`with count as my_count` where the mock is a builtin) is no var.
    const v = w.value;
    const ref =
      v.type === 'ref'
        ? v
        : v.type === 'var'
          ? { type: 'ref' as const, head: v, path: [], loc: v.loc }
          : undefined;
    const name = ref ? dottedName(ref) : undefined;
    if (
      name !== undefined &&
      cx.env.registry.get(name) &&
      cx.scope.lookup(ref?.head.type === 'var' ? ref.head.name : '') === undefined
    )
      continue;
    collectVarNames(v, out);
  }
  switch (expr.type) {
    case 'term':
      collectVarNames(expr.term, out);
      return;
    case 'some-in':
      collectVarNames(expr.collection, out);
      return;
    case 'every':
      collectVarNames(expr.domain, out);
      return;
    case 'some-decl':
    case 'logic':
      return;
  }
}

/** Compiles one expression (negation and `with` included). @internal */
export function compileExpr(expr: Expr, cx: TermContext): CExpr {
  let compiled = compileInner(expr, cx);
  if (expr.negated) compiled = { e: 'not', expr: compiled, locals: [], loc: expr.loc };
  if (expr.with.length > 0) {
    compiled = {
      e: 'with',
      expr: compiled,
      withs: expr.with.map((w) => compileWith(w, cx)),
      loc: expr.loc,
    };
  }
  return compiled;
}

function compileInner(expr: Expr, cx: TermContext): CExpr {
  const loc: Location = expr.loc;
  switch (expr.type) {
    case 'some-decl':
      return { e: 'true', loc };
    case 'some-in':
      return {
        e: 'some-in',
        key: expr.key ? compileTerm(expr.key, cx) : undefined,
        value: compileTerm(expr.value, cx),
        collection: compileTerm(expr.collection, cx),
        loc,
      };
    case 'every': {
      const domain = compileTerm(expr.domain, cx);
      const scope = new Scope(cx.scope.frame, cx.scope);
      const inner: TermContext = { env: cx.env, scope };
      const key = expr.key
        ? compileTerm({ ...expr.key }, { env: cx.env, scope: declaring(scope, expr.key.name) })
        : undefined;
      const value = compileTerm(expr.value, {
        env: cx.env,
        scope: declaring(scope, expr.value.name),
      });
      const bodyScope = new Scope(cx.scope.frame, scope);
      const { body } = compileBody(expr.body, { env: inner.env, scope: bodyScope });
      const locals: number[] = [];
      for (let s = scope.firstSlot; s < scope.frame.count; s++) locals.push(s);
      return { e: 'every', key, value, domain, body, locals, loc };
    }
    case 'term':
      return compileTermExpr(expr.term, cx, loc);
    case 'logic': {
      const first = cx.scope.frame.count;
      const operands = expr.operands.map(
        (operand) =>
          compileBody(operand, { env: cx.env, scope: new Scope(cx.scope.frame, cx.scope) }).body,
      );
      const slots = new Set<number>();
      for (const body of operands) for (const e of body) collectExprSlots(e, slots);
      const closure = [...slots].filter((s) => s < first);
      return { e: 'logic', operator: expr.operator, operands, closure, loc };
    }
  }
}

function declaring(scope: Scope, name: string): Scope {
  if (!scope.hasOwn(name)) scope.declare(name);
  return scope;
}

function compileTermExpr(term: Term, cx: TermContext, loc: Location): CExpr {
  if (
    term.type === 'call' &&
    term.operator.head.type === 'var' &&
    term.operator.path.length === 0
  ) {
    const op = term.operator.head.name;
    if ((op === 'eq' || op === 'assign') && term.args.length === 2) {
      const [a, b] = term.args as [Term, Term];
      if (op === 'eq') return { e: 'unify', a: compileTerm(a, cx), b: compileTerm(b, cx), loc };
      // `:=` declares its vars from here on: earlier nested scopes do not see them.
      const rhs = compileTerm(b, cx);
      const names = new Set<string>();
      collectVarNames(a, names);
      for (const n of names) cx.scope.declare(n);
      return { e: 'unify', a: compileTerm(a, cx), b: rhs, loc };
    }
  }
  if (term.type === 'call') {
    const target = resolveCall({
      ref: term.operator,
      argc: term.args.length,
      cx,
      loc: term.loc,
      isExpr: true,
    });
    const args = term.args.map((a) => compileTerm(a, cx));
    if (!target) return { e: 'true', loc };
    const arity =
      target.kind === 'builtin'
        ? target.builtin.args.length
        : target.kind === 'function'
          ? target.rules.arity
          : args.length;
    if (args.length === arity + 1) {
      return { e: 'call', target, args: args.slice(0, arity), out: args[arity], loc };
    }
    if (target.kind === 'function' && args.length !== arity) {
      reportError(cx.env, {
        code: 'rego_type_error',
        message: `${target.name}: arity mismatch (have ${args.length} arguments, want ${arity})`,
        loc,
      });
    }
    return { e: 'call', target, args, out: undefined, loc };
  }
  return { e: 'term', term: compileTerm(term, cx), loc };
}
