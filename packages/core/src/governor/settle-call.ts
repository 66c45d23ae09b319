import type { BudgetAmounts } from '../budgets/budget-types.js';
import { appendAudit } from './append-audit.js';
import type { GovernorContext } from './governor-context.js';
import type { SettleOutcome, SettleRequest } from './session.js';
import type { SessionState } from './session-state.js';

/** What {@link settleCall} needs. @internal */
export interface SettleCall {
  readonly context: GovernorContext;
  readonly state: SessionState;
  readonly callId: string;
  readonly result: SettleRequest;
}

function actualAmounts(reserved: BudgetAmounts, result: SettleRequest): BudgetAmounts {
  const actual: { -readonly [TKey in keyof BudgetAmounts]: BudgetAmounts[TKey] } = { ...reserved };
  if (result.tokens !== undefined) actual.tokens = result.tokens;
  if (result.cost_usd !== undefined) actual.cost_usd = result.cost_usd;
  return actual;
}

/**
 * Settles the budget held for a call: a success commits the actual use (tokens and cost as
 * reported, the reserved amounts otherwise), a failure releases it. Audited as a budget record.
 * @internal
 */
export async function settleCall(call: SettleCall): Promise<SettleOutcome> {
  const { context, state, callId, result } = call;
  const reservation = state.reservations.get(callId);
  if (reservation === undefined) {
    return {
      ok: false,
      code: 'settle.unknown_call',
      message: `no budget is held for call "${callId}"`,
    };
  }
  state.reservations.delete(callId);
  const isCommit = result.status === 'succeeded';
  const actual = isCommit ? actualAmounts(reservation.amounts, result) : undefined;
  const settled = isCommit
    ? await context.budgets.commit(reservation.id, actual)
    : await context.budgets.release(reservation.id);
  if (!settled.ok) return { ok: false, code: `budget.${settled.code}`, message: settled.message };
  const isAudited = await appendAudit(context, {
    type: 'budget',
    session_id: state.id,
    agent_id: state.agent.id,
    call_id: callId,
    reservation_id: reservation.id,
    status: isCommit ? 'committed' : 'released',
    ...(actual ? { actual } : {}),
    snapshot: settled.snapshot,
  });
  if (!isAudited && context.isAuditBlocking) {
    return { ok: false, code: 'audit.unavailable', message: 'the settlement could not be audited' };
  }
  return { ok: true, status: isCommit ? 'committed' : 'released' };
}
