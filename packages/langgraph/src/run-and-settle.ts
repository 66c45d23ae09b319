import type { Session } from '@kitelogik/core';
import type { ToolMessage } from '@langchain/core/messages';
import { type Command, isGraphBubbleUp } from '@langchain/langgraph';
import { type CallRef, toolErrorMessage } from './tool-messages.js';

/** An allowed call about to run. @internal */
export interface AllowedRun {
  readonly session: Session;
  /** The call id whose budget reservation to settle; none for spawns and handoffs. */
  readonly callId?: string;
  readonly call: CallRef;
  readonly run: () => Promise<ToolMessage | Command>;
}

/**
 * Runs an allowed call and settles its budget: committed when it returned, released when it
 * threw. A tool error becomes an error `ToolMessage`, as without the middleware. LangGraph's
 * own control flow (an interrupt in a sub-agent, a parent command) passes through unsettled:
 * the node replays on resume and settles then. @internal
 */
export async function runAndSettle(allowed: AllowedRun): Promise<ToolMessage | Command> {
  const { session, callId, call } = allowed;
  let result: ToolMessage | Command;
  try {
    result = await allowed.run();
  } catch (error) {
    if (isGraphBubbleUp(error) || (error instanceof Error && error.name === 'AbortError')) {
      throw error;
    }
    if (callId !== undefined) await session.settle(callId, { status: 'failed' });
    return toolErrorMessage(call, error);
  }
  if (callId !== undefined) await session.settle(callId, { status: 'succeeded' });
  return result;
}
