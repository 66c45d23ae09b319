import type { Decision, Effect } from '@kitelogik/core';
import type { ToolApprovalStatus } from 'ai';

/** The reasons of a decision as one line the model (or the approver) can read. @internal */
export function describeReasons(decision: Decision): string {
  const lines = decision.reasons.map((reason) => `${reason.message} (${reason.code})`);
  return lines.length > 0 ? lines.join('; ') : 'no reason given';
}

/**
 * Maps an effect onto the AI SDK's approval statuses: allow is `approved`, deny is `denied`
 * with the policy's reasons (the model receives `execution-denied`), and require_approval is
 * `user-approval`, which ends the call with a `tool-approval-request`. @internal
 */
export function toApprovalStatus(effect: Effect, decision: Decision): ToolApprovalStatus {
  switch (effect) {
    case 'allow':
      return 'approved';
    case 'require_approval':
      return { type: 'user-approval', reason: describeReasons(decision) };
    default:
      return { type: 'denied', reason: `denied by policy: ${describeReasons(decision)}` };
  }
}
