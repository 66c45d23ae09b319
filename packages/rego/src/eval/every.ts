import type { CExpr } from '../compile/plan.js';
import { evalBody } from './body.js';
import { iterate } from './collections.js';
import type { Frame } from './context.js';
import { evalTerm } from './terms.js';
import { type Next, stopAtFirst, unifyValue } from './unify.js';

type EveryExpr = Extract<CExpr, { e: 'every' }>;

/**
 * `every k, v in domain { body }`: true when the body has a solution for every member; an
 * undefined domain makes the expression undefined. @internal
 */
export function evalEvery(expr: EveryExpr, f: Frame, k: Next): boolean {
  return evalTerm(expr.domain, f, (domain) => {
    if (domain === null || typeof domain !== 'object') return false;
    const failed = iterate(domain, (key, value) => {
      const holds = unifyValue(expr.value, value, f, () =>
        expr.key === undefined
          ? evalBody(expr.body, f, stopAtFirst)
          : unifyValue(expr.key, key, f, () => evalBody(expr.body, f, stopAtFirst)),
      );
      return !holds;
    });
    return failed ? false : k();
  });
}
