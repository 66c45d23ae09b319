import type { ModelMessage } from 'ai';
import type { SdkToolCall } from './decide-tool-call.js';

/** A human answer to a `tool-approval-request`, joined with the call it is about. @internal */
export interface ApprovalAnswerPart {
  readonly approvalId: string;
  readonly approved: boolean;
  readonly reason: string | undefined;
  readonly call: SdkToolCall;
}

type Part = { readonly type: string } & Record<string, unknown>;

function partsOf(message: ModelMessage): readonly Part[] {
  return typeof message.content === 'string' ? [] : (message.content as readonly Part[]);
}

/**
 * The `tool-approval-response`s the application appended (the last message, when it is a tool
 * message, as the AI SDK reads it), each joined with its request and tool call. Automatic
 * requests (the SDK's record of an `approved`/`denied` status) are not human answers. @internal
 */
export function findApprovalAnswers(messages: readonly ModelMessage[]): ApprovalAnswerPart[] {
  const last = messages.at(-1);
  if (last?.role !== 'tool') return [];
  const requests = new Map<string, Part>();
  const calls = new Map<string, Part>();
  for (const message of messages) {
    if (message.role !== 'assistant') continue;
    for (const part of partsOf(message)) {
      if (part.type === 'tool-approval-request') requests.set(String(part.approvalId), part);
      if (part.type === 'tool-call') calls.set(String(part.toolCallId), part);
    }
  }
  const answers: ApprovalAnswerPart[] = [];
  for (const part of partsOf(last)) {
    if (part.type !== 'tool-approval-response') continue;
    const request = requests.get(String(part.approvalId));
    if (request === undefined || request.isAutomatic === true) continue;
    const call = calls.get(String(request.toolCallId));
    if (call === undefined) continue;
    answers.push({
      approvalId: String(part.approvalId),
      approved: part.approved === true,
      reason: typeof part.reason === 'string' ? part.reason : undefined,
      call: {
        toolCallId: String(call.toolCallId),
        toolName: String(call.toolName),
        input: call.input,
        dynamic: call.dynamic === true,
      },
    });
  }
  return answers;
}
