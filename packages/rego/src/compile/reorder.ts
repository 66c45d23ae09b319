import type { Location } from '../ast.js';
import type { CExpr } from './plan.js';
import { canRun, collectExprSlots, outputsOf } from './safety.js';
import { type ModuleEnv, reportError, type Scope } from './scope.js';

/**
 * Reorders a body so that every expression runs after the expressions that bind its inputs, as
 * OPA's safety check does (first runnable expression in source order wins), and reports
 * `var x is unsafe` for variables nothing can bind. Returns the slots bound after the body.
 * @internal
 */
export function reorderBody(
  exprs: readonly { expr: CExpr; loc: Location }[],
  scope: Scope,
  env: ModuleEnv,
): { body: CExpr[]; bound: Set<number> } {
  const first = scope.firstSlot;
  const bound = new Set<number>();
  const isBound = (slot: number): boolean => slot < first || bound.has(slot);

  // Slots used by more than one expression: a negation must wait for those.
  const uses = new Map<number, number>();
  const slotsByExpr = exprs.map(({ expr }) => {
    const slots = new Set<number>();
    collectExprSlots(expr, slots);
    for (const s of slots) uses.set(s, (uses.get(s) ?? 0) + 1);
    return slots;
  });
  const requiredCache = new Map<CExpr, Set<number>>();
  const required = (expr: CExpr): Set<number> => {
    let req = requiredCache.get(expr);
    if (!req) {
      const slots = new Set<number>();
      collectExprSlots(expr, slots);
      req = new Set([...slots].filter((s) => s < first || (uses.get(s) ?? 0) > 1));
      requiredCache.set(expr, req);
    }
    return req;
  };

  const remaining = exprs.map((item, i) => ({ ...item, slots: slotsByExpr[i] as Set<number> }));
  const body: CExpr[] = [];
  while (remaining.length > 0) {
    const index = remaining.findIndex(({ expr }) => canRun(expr, isBound, required));
    if (index < 0) {
      const reported = new Set<string>();
      for (const { expr, loc, slots } of remaining) {
        for (const s of slots) {
          if (isBound(s)) continue;
          if (expr.e === 'not' && !required(expr).has(s)) continue;
          const name = scope.frame.names[s] ?? '?';
          const shown = name.startsWith('$') ? '_' : name;
          if (reported.has(shown)) continue;
          reported.add(shown);
          reportError(env, {
            code: 'rego_unsafe_var_error',
            message: `var ${shown} is unsafe`,
            loc,
          });
        }
        body.push(expr);
      }
      if (reported.size === 0) {
        const loc = remaining[0]?.loc;
        reportError(env, { code: 'rego_unsafe_var_error', message: 'expression is unsafe', loc });
      }
      break;
    }
    const [item] = remaining.splice(index, 1);
    if (!item) break;
    body.push(item.expr);
    for (const s of outputsOf(item.expr)) bound.add(s);
  }
  return { body, bound };
}
