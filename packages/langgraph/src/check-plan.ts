import type { Session } from '@kitelogik/core';
import { AIMessage, type BaseMessage, type ToolMessage } from '@langchain/core/messages';
import { awaitApproval } from './await-approval.js';
import { noteDenial } from './run-stops.js';
import { denialMessage } from './tool-messages.js';

/** One model turn to check as a plan. @internal */
export interface PlanInput {
  readonly session: Session;
  readonly messages: readonly BaseMessage[];
  /** The policy name of a framework tool name. */
  readonly policyName: (name: string) => string;
  /** Spawn and handoff tools, which are decided as their own events, not as plan steps. */
  readonly isAgentTool: (name: string) => boolean;
  readonly defaultApprover: string;
}

/** What `afterModel` returns for a refused plan: one error result per call, back to the model. */
export interface RefusedPlan {
  readonly messages: ToolMessage[];
  readonly jumpTo: 'model';
}

/**
 * Checks the batch of tool calls a model turn proposes as one `agent.plan`, before any of them
 * runs. A refused plan (denied, or rejected by a reviewer) answers every call with the reasons
 * and sends the model back to think again; an allowed plan lets each call be decided on its own.
 * @internal
 */
export async function checkPlan(input: PlanInput): Promise<RefusedPlan | undefined> {
  const { session } = input;
  const last = input.messages.at(-1);
  if (last === undefined || !AIMessage.isInstance(last)) return undefined;
  const calls = (last.tool_calls ?? []).filter((call) => !input.isAgentTool(call.name));
  if (calls.length === 0) return undefined;
  const steps = calls.map((call) => ({ tool: input.policyName(call.name), args: call.args }));
  const callId = `plan:${last.id ?? calls.map((call) => call.id).join(',')}`;
  const decide = () => session.decide({ kind: 'agent.plan', callId, steps });
  let outcome = await decide();
  if (outcome.decision.effect === 'require_approval') {
    const answer = await awaitApproval({
      session,
      outcome,
      redecide: decide,
      name: 'plan',
      isEditable: false,
      defaultApprover: input.defaultApprover,
    });
    if (answer.kind === 'decided') outcome = answer.outcome;
  }
  if (outcome.decision.effect === 'allow') return undefined;
  noteDenial(session, outcome.decision);
  const refusals = (last.tool_calls ?? []).map((call) =>
    denialMessage({ id: call.id ?? `call_${call.name}`, name: call.name }, outcome.decision),
  );
  return { messages: refusals, jumpTo: 'model' };
}
