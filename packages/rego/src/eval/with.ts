import type { CExpr } from '../compile/plan.js';
import { evalExpr } from './body.js';
import { setIn } from './collections.js';
import type { DataOverride, EvalContext, Frame, FunctionMock } from './context.js';
import { singleValue } from './terms.js';
import type { Next } from './unify.js';

type WithExpr = Extract<CExpr, { e: 'with' }>;

/**
 * Evaluates an expression under `with` replacements: a derived context (with its own memo)
 * holds the replaced input, data paths and function mocks; the continuation runs in the
 * original context. An undefined replacement value makes the expression undefined. @internal
 */
export function evalWith(expr: WithExpr, f: Frame, k: Next): boolean {
  const c = f.c;
  let input = c.input;
  let overrides: DataOverride[] | undefined;
  let mocks: Map<string, FunctionMock> | undefined;
  for (const w of expr.withs) {
    if (w.kind === 'function') {
      mocks ??= new Map(c.mocks);
      if (w.replacement) {
        mocks.set(w.name, { target: w.replacement });
        continue;
      }
      const value = singleValue(w.value, f);
      if (value === undefined) return false;
      mocks.set(w.name, { value });
      continue;
    }
    const value = singleValue(w.value, f);
    if (value === undefined) return false;
    if (w.kind === 'input') input = setIn(input, w.path, value);
    else {
      overrides ??= [...(c.overrides ?? [])];
      overrides.push({ path: w.path, value });
    }
  }
  const context: EvalContext = {
    root: c.root,
    input,
    data: c.data,
    overrides: overrides ?? c.overrides,
    mocks: mocks ?? c.mocks,
    memo: [],
    calls: [],
  };
  return evalExpr(expr.expr, { s: f.s, c: context }, k);
}
