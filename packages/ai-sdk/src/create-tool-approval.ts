import type { ModelMessage, ToolApprovalStatus } from 'ai';
import { decideToolCall, type SdkToolCall } from './decide-tool-call.js';
import { learnDenial } from './disclose-tools.js';
import type { GovernanceState } from './governance-state.js';
import { observeOutcome } from './observe-outcome.js';
import { recordApprovalAnswers, releaseCall } from './record-approval-answers.js';
import { toApprovalStatus } from './to-approval-status.js';

/** The call-level `toolApproval` function of a governance; fits any tool set. */
export type GovernedToolApproval = (options: {
  readonly toolCall: SdkToolCall;
  readonly messages: readonly ModelMessage[];
}) => Promise<ToolApprovalStatus>;

/**
 * The generic `toolApproval`: records human answers found in `messages` first, then decides the
 * call and applies the verdict on its step's plan (a denied plan denies the call, a plan that
 * needs approval asks for it; the call's own deny or approval comes first). The SDK calls it again on
 * continuation; the core answers from the decision taken the first time. It never throws: a
 * fault is a denial (fail closed). In shadow mode it always lets the call run. @internal
 */
export function createToolApproval(state: GovernanceState): GovernedToolApproval {
  return async ({ toolCall, messages }) => {
    try {
      await recordApprovalAnswers(state, messages);
      const plan = state.plans.get(toolCall.toolCallId);
      const planEffect = plan === undefined ? 'allow' : await observeOutcome(state, plan.outcome);
      const { outcome } = await decideToolCall(state, toolCall);
      learnDenial(state, toolCall.toolName, outcome.decision);
      const effect = await observeOutcome(state, outcome);
      const isWaiting = effect === 'require_approval' || planEffect === 'require_approval';
      // The plan verdict is kept only while the call waits for a human answer.
      if (effect === 'deny' || planEffect === 'deny' || !isWaiting) {
        state.plans.delete(toolCall.toolCallId);
      }
      if (effect === 'deny') return toApprovalStatus(effect, outcome.decision);
      if (plan !== undefined && planEffect === 'deny') {
        await releaseCall(state, toolCall.toolCallId, outcome);
        return toApprovalStatus(planEffect, plan.outcome.decision);
      }
      if (effect === 'require_approval') return toApprovalStatus(effect, outcome.decision);
      if (plan !== undefined && planEffect === 'require_approval') {
        return toApprovalStatus(planEffect, plan.outcome.decision);
      }
      // Only a call and a plan both allowed run; anything else is a denial (fail closed).
      if (effect !== 'allow' || planEffect !== 'allow') {
        return toApprovalStatus('deny', outcome.decision);
      }
      return state.isShadow ? undefined : 'approved';
    } catch (error) {
      return { type: 'denied', reason: `denied: the policy check failed (${String(error)})` };
    }
  };
}
