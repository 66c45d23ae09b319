import type { Decision } from '@kitelogik/core';
import { describeReasons } from '@kitelogik/core';
import { ToolMessage } from '@langchain/core/messages';

/** The tool call a message answers. @internal */
export interface CallRef {
  readonly id: string;
  readonly name: string;
}

/**
 * The result a denied (or rejected) call gets in place of running: an error `ToolMessage` with
 * the reasons, so the model can adapt and the transcript keeps one result per call. The
 * decision rides along as the artifact for UIs and tests. @internal
 */
export function denialMessage(call: CallRef, decision: Decision): ToolMessage {
  return new ToolMessage({
    content: `Denied by policy: ${describeReasons(decision.reasons)}`,
    tool_call_id: call.id,
    name: call.name,
    status: 'error',
    artifact: { kitelogik: { effect: decision.effect, reasons: decision.reasons } },
  });
}

function isInvocationError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ToolInvocationError';
}

/**
 * The result a tool that threw gets, worded as LangChain words it without any middleware, so
 * governing an agent does not change what the model sees of tool errors. @internal
 */
export function toolErrorMessage(call: CallRef, error: unknown): ToolMessage {
  const content = isInvocationError(error)
    ? (error as Error).message
    : `${String(error)}\n Please fix your mistakes.`;
  return new ToolMessage({ content, tool_call_id: call.id, name: call.name, status: 'error' });
}
