import type { Location, RefTerm, Term } from '../ast.js';
import { normalizeInteger, RegoObject, RegoSet, type Value } from '../value.js';
import { compileBody } from './compile-body.js';
import type { CallTarget, CTerm } from './plan.js';
import { dataRef, dottedName, findNode, resolveGlobal, resolveRefPath } from './resolve-ref.js';
import { collectExprSlots as collectBodySlots, collectSlots } from './safety.js';
import { type ModuleEnv, reportError, Scope } from './scope.js';

/** Where a term is compiled: the module and the innermost scope. @internal */
export interface TermContext {
  readonly env: ModuleEnv;
  readonly scope: Scope;
}

/** Adds the names of variables `term` uses at its own level (not inside nested bodies). @internal */
export function collectVarNames(term: Term, out: Set<string>): void {
  switch (term.type) {
    case 'var':
      out.add(term.name);
      return;
    case 'ref':
      collectVarNames(term.head, out);
      for (const p of term.path) collectVarNames(p, out);
      return;
    case 'array':
    case 'set':
      for (const i of term.items) collectVarNames(i, out);
      return;
    case 'object':
      for (const [k, v] of term.entries) {
        collectVarNames(k, out);
        collectVarNames(v, out);
      }
      return;
    case 'call':
      for (const a of term.args) collectVarNames(a, out);
      return;
    case 'template-string':
      for (const p of term.parts) if (typeof p !== 'string') collectVarNames(p, out);
      return;
    default:
      return;
  }
}

/** Compiles an AST term. @internal */
export function compileTerm(term: Term, cx: TermContext): CTerm {
  switch (term.type) {
    case 'scalar':
      return {
        t: 'const',
        v: typeof term.value === 'bigint' ? normalizeInteger(term.value) : term.value,
      };
    case 'var':
      return compileVar(term.name, cx, term.generated === true);
    case 'ref':
      return compileRef(term, cx);
    case 'array': {
      const items = term.items.map((i) => compileTerm(i, cx));
      return allConst(items) ? { t: 'const', v: items.map(constOf) } : { t: 'array', items };
    }
    case 'set': {
      const items = term.items.map((i) => compileTerm(i, cx));
      return allConst(items)
        ? { t: 'const', v: new RegoSet(items.map(constOf)) }
        : { t: 'set', items };
    }
    case 'object': {
      const keys = term.entries.map(([k]) => compileTerm(k, cx));
      const values = term.entries.map(([, v]) => compileTerm(v, cx));
      if (allConst(keys) && allConst(values)) {
        return {
          t: 'const',
          v: new RegoObject(keys.map((k, i) => [constOf(k), constOf(values[i] as CTerm)])),
        };
      }
      return { t: 'object', keys, values };
    }
    case 'array-comprehension':
    case 'set-comprehension':
    case 'object-comprehension':
      return compileComprehension(term, cx);
    case 'call': {
      const name = dottedName(term.operator);
      if (name === 'rego.metadata.rule' || name === 'rego.metadata.chain') {
        const metadata = cx.env.metadata;
        if (metadata)
          return { t: 'const', v: name === 'rego.metadata.rule' ? metadata.rule : metadata.chain };
      }
      const target = resolveCall({ ref: term.operator, argc: term.args.length, cx, loc: term.loc });
      const args = term.args.map((a) => compileTerm(a, cx));
      if (!target) return { t: 'const', v: null };
      if (target.kind === 'function' && target.rules.arity !== args.length) {
        reportError(cx.env, {
          code: 'rego_type_error',
          message: `${target.name}: arity mismatch (have ${args.length} arguments, want ${target.rules.arity})`,
          loc: term.loc,
        });
      }
      return { t: 'call', target, args, loc: term.loc };
    }
    case 'template-string':
      return {
        t: 'template',
        parts: term.parts.map((p) => (typeof p === 'string' ? p : compileTerm(p, cx))),
      };
  }
}

function allConst(terms: readonly CTerm[]): boolean {
  return terms.every((t) => t.t === 'const');
}

function constOf(term: CTerm): Value {
  return (term as { v: Value }).v;
}

function compileVar(name: string, cx: TermContext, isGenerated: boolean): CTerm {
  const slot = cx.scope.lookup(name);
  if (slot !== undefined) return { t: 'var', slot, name, isGenerated };
  const global = resolveGlobal(name, cx.scope, cx.env);
  if (global) {
    if (global.root === 'input')
      return { t: 'input', path: global.path.map((v) => ({ t: 'const', v })) };
    return dataRef(cx.env.root, global.path, []);
  }
  return { t: 'var', slot: cx.scope.declare(name), name, isGenerated };
}

function compileRef(ref: RefTerm, cx: TermContext): CTerm {
  const resolved = resolveRefPath(ref, cx.scope, cx.env);
  if (resolved) {
    const tail = ref.path.slice(resolved.consumed).map((p) => compileTerm(p, cx));
    if (resolved.root === 'input') {
      return {
        t: 'input',
        path: [...resolved.path.map((v): CTerm => ({ t: 'const', v })), ...tail],
      };
    }
    return dataRef(cx.env.root, resolved.path, tail);
  }
  const head = compileTerm(ref.head, cx);
  const path = ref.path.map((p) => compileTerm(p, cx));
  if (head.t === 'ref') return { t: 'ref', head: head.head, path: [...head.path, ...path] };
  return { t: 'ref', head, path };
}

function compileComprehension(
  term: Extract<Term, { type: `${string}-comprehension` }>,
  cx: TermContext,
): CTerm {
  const scope = new Scope(cx.scope.frame, cx.scope);
  const inner: TermContext = { env: cx.env, scope };
  const { body } = compileBody(
    term.body,
    inner,
    term.type === 'object-comprehension' ? [term.key, term.value] : [term.term],
  );
  const head = compileTerm(term.type === 'object-comprehension' ? term.key : term.term, inner);
  const value = term.type === 'object-comprehension' ? compileTerm(term.value, inner) : undefined;
  const slots = new Set<number>();
  collectSlots(head, slots);
  if (value) collectSlots(value, slots);
  const bodySlots = new Set<number>();
  for (const e of body) collectBodySlots(e, bodySlots);
  for (const s of bodySlots) slots.add(s);
  const closure = [...slots].filter((s) => s < scope.firstSlot);
  const locals: number[] = [];
  for (let s = scope.firstSlot; s < scope.frame.count; s++) locals.push(s);
  const kind =
    term.type === 'array-comprehension'
      ? 'array'
      : term.type === 'set-comprehension'
        ? 'set'
        : 'object';
  return { t: 'comprehension', kind, head, value, body, closure, locals };
}

/** Resolves the operator of a call to a builtin, a function rule set or `print`. @internal */
export function resolveCall(options: {
  ref: RefTerm;
  argc: number;
  cx: TermContext;
  loc: Location;
  isExpr?: boolean;
}): CallTarget | undefined {
  const { ref, cx, loc } = options;
  const resolved = resolveRefPath(ref, cx.scope, cx.env);
  if (resolved && resolved.consumed === ref.path.length && resolved.root === 'data') {
    const { node, depth } = findNode(cx.env.root, resolved.path);
    if (depth === resolved.path.length && node.rules?.kind === 'function') {
      return { kind: 'function', name: node.name, rules: node.rules };
    }
    reportError(cx.env, {
      code: 'rego_type_error',
      message: `undefined function ${['data', ...resolved.path].join('.')}`,
      loc,
    });
    return undefined;
  }
  const name = dottedName(ref);
  if (name === undefined) {
    reportError(cx.env, { code: 'rego_type_error', message: 'invalid call operator', loc });
    return undefined;
  }
  if (name === 'print') return { kind: 'print', name };
  if (name === 'equal') return { kind: 'equal', name };
  const builtin = cx.env.registry.get(name);
  if (!builtin) {
    reportError(cx.env, { code: 'rego_type_error', message: `undefined function ${name}`, loc });
    return undefined;
  }
  const arity = builtin.args.length;
  if (options.argc !== arity && !(options.isExpr === true && options.argc === arity + 1)) {
    reportError(cx.env, { code: 'rego_type_error', message: `${name}: arity mismatch`, loc });
    return undefined;
  }
  return { kind: 'builtin', name, builtin };
}
