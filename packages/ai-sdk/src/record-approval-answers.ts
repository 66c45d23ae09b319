import type { DecisionOutcome } from '@kitelogik/core';
import type { ModelMessage } from 'ai';
import { decideToolCall } from './decide-tool-call.js';
import { findApprovalAnswers } from './find-approval-answers.js';
import type { GovernanceState } from './governance-state.js';

/**
 * Records each new human answer in `messages` with the session: bound to the event id of the
 * pending decision and to the exact arguments of the call (the core denies a replay with other
 * arguments). An answer to a call whose plan waited for approval answers the plan too. Each
 * approval id is recorded once; an approval takes effect when the call is decided again, a
 * rejection is decided at once. @internal
 */
export async function recordApprovalAnswers(
  state: GovernanceState,
  messages: readonly ModelMessage[],
): Promise<void> {
  for (const answer of findApprovalAnswers(messages)) {
    if (state.answered.has(answer.approvalId)) continue;
    state.answered.add(answer.approvalId);
    const common = {
      approver: state.approver,
      approved: answer.approved,
      ...(answer.reason === undefined ? {} : { comment: answer.reason }),
    };
    const plan = state.plans.get(answer.call.toolCallId);
    if (plan !== undefined && plan.outcome.decision.effect === 'require_approval') {
      await state.session.approve({ ...common, eventId: plan.outcome.eventId, args: plan.steps });
      plan.outcome = await state.session.decide({
        kind: 'agent.plan',
        callId: plan.callId,
        steps: plan.steps,
      });
    }
    const { outcome, subject } = await decideToolCall(state, answer.call);
    if (outcome.decision.effect !== 'require_approval') {
      // Only the plan waited: a rejected call never runs, so its budget goes back.
      if (!answer.approved) await releaseCall(state, answer.call.toolCallId, outcome);
      continue;
    }
    await state.session.approve({ ...common, eventId: outcome.eventId, args: subject });
    if (answer.approved) continue;
    // The SDK settles a rejection without asking toolApproval: decide it here, so the deny is
    // audited and the model can be told the policy's reason.
    const rejected = await decideToolCall(state, answer.call);
    state.rejections.set(answer.call.toolCallId, rejected.outcome.decision);
  }
}

/** Gives back the budget held for an allowed call that will not run. @internal */
export async function releaseCall(
  state: GovernanceState,
  callId: string,
  outcome: DecisionOutcome,
): Promise<void> {
  if (outcome.reservation !== undefined) await state.session.settle(callId, { status: 'failed' });
}
