import type { BudgetLimits } from '../budgets/budget-types.js';
import { BUDGET_DIMENSIONS } from '../contract/budget-snapshot.js';
import type { GovernanceEvent } from '../contract/governance-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import { isCoveredByAny } from '../scopes/is-scope-covered.js';
import type { DecisionOutcome } from './decision-outcome.js';

/** Child limits: the dimensions the request names with a usable amount; the ledger clamps them. @internal */
export function childLimits(budget: unknown): BudgetLimits {
  const limits: { -readonly [TKey in keyof BudgetLimits]: BudgetLimits[TKey] } = {};
  if (typeof budget !== 'object' || budget === null) return limits;
  for (const name of BUDGET_DIMENSIONS) {
    const amount = (budget as Record<string, unknown>)[name];
    if (typeof amount === 'number' && Number.isFinite(amount) && amount >= 0) limits[name] = amount;
  }
  return limits;
}

/**
 * The scopes a child receives: only those granted (covered by the parent's), further narrowed
 * by a `narrow_scopes` obligation when the policy sets one. @internal
 */
export function childScopes(outcome: DecisionOutcome, event: GovernanceEvent): readonly string[] {
  if (event.kind !== 'agent.spawn' && event.kind !== 'agent.delegate') return [];
  const granted = event.action.granted_scopes;
  const narrow = outcome.decision.obligations?.narrow_scopes;
  if (narrow === undefined) return granted;
  // A malformed `narrow_scopes` (a string, an object) narrows to nothing rather than to nothing less.
  if (!Array.isArray(narrow)) return [];
  const within = narrow.filter((scope): scope is string => typeof scope === 'string');
  return granted.filter((scope) => isCoveredByAny(scope, within));
}

/** The outcome when the child's budget slice could not be opened. @internal */
export function sliceRefused(outcome: DecisionOutcome, message: string): DecisionOutcome {
  return { ...outcome, decision: denyDecision('budget.unavailable', message) };
}
