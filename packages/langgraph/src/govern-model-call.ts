import type { DecisionOutcome, Reason, Session } from '@kitelogik/core';
import { describeReasons } from '@kitelogik/core';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { awaitApproval } from './await-approval.js';

import { noteDenial, stopReason } from './run-stops.js';

/** One model call as `wrapModelCall` sees it. @internal */
export interface ModelCallInput {
  readonly session: Session;
  /** Stable across a replay of the same model step (LangGraph's checkpoint namespace). */
  readonly callId: string;
  readonly model: string;
  readonly messages: readonly BaseMessage[];
  readonly defaultApprover: string;
  readonly call: () => Promise<AIMessage>;
}

/** A rough input-token estimate (4 characters a token), reserved before the call. @internal */
export function estimateTokens(messages: readonly BaseMessage[]): number {
  let characters = 0;
  for (const message of messages) {
    const content = message.content;
    characters += typeof content === 'string' ? content.length : JSON.stringify(content).length;
  }
  return Math.max(1, Math.ceil(characters / 4));
}

/** The final answer of a run the policy ended: no tool calls, so the agent stops cleanly. */
function stopMessage(reasons: readonly Reason[]): AIMessage {
  return new AIMessage({
    content: `Run stopped by policy: ${describeReasons(reasons)}`,
    response_metadata: { kitelogik: { stopped: true, reasons } },
  });
}

/**
 * Governs one model call: a `model.call` decision reserves the estimated input tokens first;
 * after the call the tokens in `usage_metadata` are committed. A denied model call, or a
 * budget that ran out earlier in the run, ends the run with a final message naming the reason.
 * @internal
 */
export async function governModelCall(input: ModelCallInput): Promise<AIMessage> {
  const { session, callId } = input;
  const stopped = stopReason(session);
  if (stopped !== undefined) return stopMessage([stopped]);
  const decide = (): Promise<DecisionOutcome> =>
    session.decide({
      kind: 'model.call',
      callId,
      model: input.model,
      estimated_input_tokens: estimateTokens(input.messages),
    });
  let outcome = await decide();
  if (outcome.decision.effect === 'require_approval') {
    const answer = await awaitApproval({
      session,
      outcome,
      redecide: decide,
      name: input.model,
      isEditable: false,
      defaultApprover: input.defaultApprover,
    });
    if (answer.kind === 'decided') outcome = answer.outcome;
  }
  if (outcome.decision.effect !== 'allow') {
    noteDenial(session, outcome.decision);
    return stopMessage(outcome.decision.reasons);
  }
  let message: AIMessage;
  try {
    message = await input.call();
  } catch (error) {
    await session.settle(callId, { status: 'failed' });
    throw error;
  }
  const usage = (message as unknown as { usage_metadata?: { total_tokens?: unknown } })
    .usage_metadata;
  const tokens = typeof usage?.total_tokens === 'number' ? usage.total_tokens : undefined;
  await session.settle(callId, {
    status: 'succeeded',
    ...(tokens === undefined ? {} : { tokens }),
  });
  return message;
}
