import type { Location } from '../ast.js';
import type { CallTarget, CCallTerm, CExpr, CTerm } from '../compile/plan.js';
import { RegoError } from '../errors.js';
import { RegoSet, type Value, valuesEqual } from '../value.js';
import { lookup } from './collections.js';
import type { Frame } from './context.js';
import { showValue, UNDEFINED_TEXT } from './format.js';
import { callFunction } from './rules.js';
import { type Emit, evalTerm } from './terms.js';
import { type Next, unifyValue } from './unify.js';

type CallExpr = Extract<CExpr, { e: 'call' }>;

/** A call site: what to call, where (for error locations). */
interface Site {
  readonly target: CallTarget;
  readonly loc: Location;
}

/** Evaluates a call used as a term (`count(x) > 1`). @internal */
export function evalCallTerm(term: CCallTerm, f: Frame, k: Emit): boolean {
  if (term.target.kind === 'print') {
    printArgs(term.args, f);
    return k(true);
  }
  return evalArgs(term.args, f, (args) => emitResults(invoke(term, args, f), k));
}

/** Evaluates a call expression, with its optional output argument. @internal */
export function evalCallExpr(expr: CallExpr, f: Frame, k: Next): boolean {
  if (expr.target.kind === 'print') {
    printArgs(expr.args, f);
    return k();
  }
  const out = expr.out;
  return evalArgs(expr.args, f, (args) =>
    emitResults(invoke(expr, args, f), (result) =>
      out === undefined ? (result === false ? false : k()) : unifyValue(out, result, f, k),
    ),
  );
}

const RELATION: unique symbol = Symbol('relation');

/** Characters or members of a builtin's result that count as one evaluation step. */
const LARGE_RESULT = 65_536;

type CallResult = Value | undefined | { readonly [RELATION]: readonly Value[] };

function emitResults(result: CallResult, k: Emit): boolean {
  if (result === undefined) return false;
  if (result !== null && typeof result === 'object' && RELATION in result) {
    for (const v of result[RELATION]) if (k(v)) return true;
    return false;
  }
  return k(result as Value);
}

function evalArgs(args: readonly CTerm[], f: Frame, k: (values: Value[]) => boolean): boolean {
  // Fast path: all arguments have one value each.
  const values = new Array<Value>(args.length);
  for (let i = 0; i < args.length; i++) {
    const v = groundValue(args[i] as CTerm, f);
    if (v === undefined) return evalArgsOrdered(args, f, k);
    values[i] = v;
  }
  return k(values);
}

/** The value of a term that is a constant, a bound var or a ref with a ground path; else undefined. */
function groundValue(term: CTerm, f: Frame): Value | undefined {
  let v: Value | undefined;
  let path: readonly CTerm[];
  switch (term.t) {
    case 'const':
      return term.v;
    case 'var':
      return f.s[term.slot];
    case 'input':
      v = f.c.input;
      path = term.path;
      break;
    case 'ref':
      if (term.head.t !== 'var') return undefined;
      v = f.s[term.head.slot];
      path = term.path;
      break;
    default:
      return undefined;
  }
  for (let i = 0; i < path.length && v !== undefined; i++) {
    const p = path[i] as CTerm;
    const key = p.t === 'const' ? p.v : p.t === 'var' ? f.s[p.slot] : undefined;
    if (key === undefined) return undefined;
    v = lookup(v, key);
  }
  return v;
}

/** Evaluates refs and other terms before plain vars, which the refs' paths may bind. */
function evalArgsOrdered(
  args: readonly CTerm[],
  f: Frame,
  k: (values: Value[]) => boolean,
): boolean {
  const order: number[] = [];
  for (let i = 0; i < args.length; i++) if ((args[i] as CTerm).t !== 'var') order.push(i);
  for (let i = 0; i < args.length; i++) if ((args[i] as CTerm).t === 'var') order.push(i);
  const values = new Array<Value>(args.length);
  const step = (n: number): boolean => {
    if (n === order.length) return k(values.slice());
    const i = order[n] as number;
    return evalTerm(args[i] as CTerm, f, (v) => {
      values[i] = v;
      return step(n + 1);
    });
  };
  return step(0);
}

/** Prints the values of `args` (undefined ones as `<undefined>`) to the print hook. @internal */
export function printArgs(args: readonly CTerm[], f: Frame): void {
  // As OPA: each operand's values form a set; one line per combination of them.
  const columns = args.map((a) => {
    const values = new RegoSet();
    evalTerm(a, f, (v) => {
      values.add(v);
      return false;
    });
    return values.size === 0 ? [UNDEFINED_TEXT] : values.values().map(showValue);
  });
  const print = f.c.root.builtins.print;
  const emit = (i: number, parts: string[]): void => {
    if (i === columns.length) {
      print(parts.join(' '));
      return;
    }
    for (const text of columns[i] as string[]) emit(i + 1, [...parts, text]);
  };
  emit(0, []);
}

/** Calls a target once with argument values; a relation gives its first result. @internal */
export function callOnce(site: Site, args: readonly Value[], f: Frame): Value | undefined {
  const target = site.target;
  if (f.c.mocks === undefined) {
    // Without mocks, call the target directly (no relation wrapper, no continuation).
    if (target.kind === 'builtin' && target.builtin.isRelation !== true) {
      return callBuiltin(site, args, f) as Value | undefined;
    }
    if (target.kind === 'function') return callFunction(target.rules, args, f.c);
    if (target.kind === 'equal') return valuesEqual(args[0] as Value, args[1] as Value);
  }
  let out: Value | undefined;
  emitResults(invoke(site, args, f), (v) => {
    out = v;
    return true;
  });
  return out;
}

function invoke(site: Site, args: readonly Value[], f: Frame): CallResult {
  const mocks = f.c.mocks;
  if (mocks !== undefined) {
    const mock = mocks.get(site.target.name);
    if (mock !== undefined) {
      if ('value' in mock) return mock.value;
      if (mock.target.name !== site.target.name) {
        // The replacement sees the original: the mock does not apply inside it.
        const rest = new Map(mocks);
        rest.delete(site.target.name);
        const c = {
          ...f.c,
          mocks: rest.size === 0 ? undefined : rest,
          memo: [],
          calls: [],
        };
        return invoke({ target: mock.target, loc: site.loc }, args, { s: f.s, c });
      }
    }
  }
  const target = site.target;
  switch (target.kind) {
    case 'equal':
      return valuesEqual(args[0] as Value, args[1] as Value);
    case 'function':
      return callFunction(target.rules, args, f.c);
    case 'builtin':
      return callBuiltin(site, args, f);
    case 'print':
      return true;
  }
}

/** Calls the builtin `site` targets (its location goes into errors). */
function callBuiltin(site: Site, args: readonly Value[], f: Frame): CallResult {
  const builtin = (site.target as Extract<CallTarget, { kind: 'builtin' }>).builtin;
  const root = f.c.root;
  try {
    const result = builtin.implementation(args, root.builtins);
    // A big result costs a step per 64K characters or members: the limits (checked every
    // 1024 steps) are then checked right after builtins that build big values, which may
    // take long, instead of 1024 such calls later.
    const size =
      typeof result === 'string' || Array.isArray(result)
        ? result.length
        : result instanceof RegoSet
          ? result.size
          : 0;
    if (size > LARGE_RESULT) root.steps += Math.floor(size / LARGE_RESULT);
    if (builtin.isRelation === true && Array.isArray(result)) return { [RELATION]: result };
    return result;
  } catch (error) {
    if (error instanceof RangeError) throw error;
    let failure: RegoError;
    if (RegoError.isInstance(error)) {
      if (error.code !== 'eval_type_error' && error.code !== 'eval_builtin_error') throw error;
      failure = error.location
        ? error
        : new RegoError({
            code: error.code,
            message: error.message,
            location: site.loc,
            cause: error,
          });
    } else {
      const message = error instanceof Error ? error.message : String(error);
      failure = new RegoError({
        code: 'eval_builtin_error',
        message: `${builtin.name}: ${message}`,
        location: site.loc,
        cause: error,
      });
    }
    if (root.builtins.strict) root.errors.push(failure);
    return undefined;
  }
}
