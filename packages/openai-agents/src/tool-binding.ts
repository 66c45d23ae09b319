import type { ChildAgent, DecisionOutcome, Session, ToolReference } from '@kitelogik/core';
import { approvalSubject } from '@kitelogik/core';

import { ledgerOf } from './session-ledger.js';

/** How a governed function tool is decided: a `tool.call`, or the `agent.spawn` of a sub-agent. */
export type ToolAction =
  | { readonly kind: 'tool'; readonly tool: ToolReference }
  | { readonly kind: 'spawn'; readonly child: ChildAgent };

/** What a governed tool needs at call time. @internal */
export interface ToolBinding {
  /** The session of the agent that owns the tool, resolved when the hook runs. */
  readonly session: () => Session;
  readonly action: ToolAction;
  readonly approver: string;
}

/**
 * Decides one call: the same call id yields the core's cached decision, so `needsApproval`,
 * the guardrail and `invoke` share it (and a resumed run finds it). A call refused as part of
 * a plan gets the plan's decision. @internal
 */
export function decideCall(
  binding: ToolBinding,
  callId: string,
  args: Readonly<Record<string, unknown>>,
): Promise<DecisionOutcome> {
  const session = binding.session();
  const refused = ledgerOf(session).refused.get(callId);
  if (refused !== undefined) return Promise.resolve({ decision: refused, eventId: '' });
  const { action } = binding;
  return action.kind === 'tool'
    ? session.decide({ kind: 'tool.call', callId, tool: action.tool, args })
    : session.spawn({ child: action.child, callId });
}

/**
 * Records the application's `RunState.approve` for a paused call in the core, bound to the
 * arguments decided, then decides the call again (allow for an unexpired approval of these
 * exact arguments). @internal
 */
export async function recordApproval(
  binding: ToolBinding,
  callId: string,
  outcome: DecisionOutcome,
): Promise<DecisionOutcome> {
  const session = binding.session();
  const event = outcome.event;
  if (event === undefined) return outcome;
  const subject = approvalSubject(event);
  await session.approve({
    eventId: outcome.eventId,
    args: subject,
    approver: binding.approver,
    approved: true,
  });
  ledgerOf(session).pending.delete(callId);
  const args = event.kind === 'tool.call' ? event.action.args : {};
  return decideCall(binding, callId, args);
}
