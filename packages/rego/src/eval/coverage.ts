import type { Location } from '../ast.js';
import type { Value } from '../value.js';
import type { Next } from './unify.js';

/**
 * Receives the source lines an evaluation covers (OPA's `opa test --coverage` notion): the row of
 * every expression that evaluated and held, and of every rule head (or `else`) whose rule
 * produced a value. A row may be reported many times; collectors deduplicate.
 *
 * Passing one in `EvaluateOptions.coverage` also makes that evaluation skip what would hide
 * lines: values kept from earlier evaluations, rule indexing and early exit.
 */
export interface CoverageCollector {
  hit(file: string, row: number): void;
}

/** `k`, reporting `loc` each time it runs (an expression that held). @internal */
export function coverNext(cover: CoverageCollector, loc: Location, k: Next): Next {
  return () => {
    cover.hit(loc.file, loc.row);
    return k();
  };
}

/** `k`, reporting `loc` each time it receives a value (a rule head that produced one). @internal */
export function coverValue(
  cover: CoverageCollector,
  loc: Location,
  k: (value: Value) => boolean,
): (value: Value) => boolean {
  return (value) => {
    cover.hit(loc.file, loc.row);
    return k(value);
  };
}
