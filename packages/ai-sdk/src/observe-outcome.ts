import type { DecisionOutcome, Effect } from '@kitelogik/core';
import type { GovernanceState } from './governance-state.js';

const shadowed = new WeakMap<GovernanceState, Set<string>>();

const EFFECTS: ReadonlySet<unknown> = new Set<Effect>(['allow', 'deny', 'require_approval']);

/**
 * Notes what a decision says about budgets (an exhausted budget) and
 * returns the effect to enforce: the decision's own (`deny` for an effect outside the contract),
 * or `allow` in shadow mode, where a decision
 * that would have blocked is appended to the audit log once per event instead. @internal
 */
export async function observeOutcome(
  state: GovernanceState,
  outcome: DecisionOutcome,
): Promise<Effect> {
  const { decision, event } = outcome;
  const exhausted = decision.reasons.find((reason) => reason.code === 'budget.exhausted');
  if (decision.effect !== 'allow' && exhausted !== undefined) state.exhausted ??= exhausted;
  // A custom session may hand back anything: an effect outside the contract is a deny.
  const effect: Effect = EFFECTS.has(decision.effect) ? decision.effect : 'deny';
  if (!state.isShadow || effect === 'allow') return effect;
  const seen = shadowed.get(state) ?? new Set<string>();
  shadowed.set(state, seen);
  if (!seen.has(outcome.eventId)) {
    seen.add(outcome.eventId);
    await state.audit?.append({
      type: 'policy',
      mode: 'shadow',
      would_block: true,
      event_id: outcome.eventId,
      kind: event?.kind ?? null,
      effect,
      reasons: decision.reasons,
    });
  }
  return 'allow';
}
