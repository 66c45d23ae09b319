import type { DecisionOutcome } from '@kitelogik/core';
import type { GovernanceState } from './governance-state.js';
import { toArgs, toToolReference } from './to-tool-reference.js';

/** A tool call as the AI SDK reports it, typed or dynamic. @internal */
export interface SdkToolCall {
  readonly toolCallId: string;
  readonly toolName: string;
  readonly input: unknown;
  readonly dynamic?: boolean | undefined;
}

/** A decided call and the subject an approval of it must bind to. @internal */
export interface DecidedCall {
  readonly outcome: DecisionOutcome;
  readonly subject: unknown;
}

/**
 * Decides one tool call under its AI SDK tool call id, so a re-evaluation on continuation
 * reuses the decision. A sub-agent tool is decided as an `agent.spawn` of its child instead
 * (and the child session opens when allowed); any other tool as a `tool.call`. @internal
 */
export async function decideToolCall(
  state: GovernanceState,
  call: SdkToolCall,
): Promise<DecidedCall> {
  const child = state.subAgents.get(call.toolName);
  if (child !== undefined) {
    const outcome = await state.session.spawn({ child, callId: call.toolCallId });
    return { outcome, subject: child };
  }
  const args = toArgs(call.input);
  const outcome = await state.session.decide({
    kind: 'tool.call',
    callId: call.toolCallId,
    tool: toToolReference(state, call.toolName, call.dynamic === true),
    args,
  });
  return { outcome, subject: args };
}
