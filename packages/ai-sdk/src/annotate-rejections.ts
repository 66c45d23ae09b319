import type { ModelMessage } from 'ai';
import type { GovernanceState } from './governance-state.js';
import { describeReasons } from './to-approval-status.js';

type Part = { readonly type: string } & Record<string, unknown>;

/**
 * The messages of the first step with the policy's reason added to the `execution-denied`
 * result of each call a human rejected (the SDK passes on only the application's own reason),
 * or `undefined` when there is nothing to add. Each rejection is told once. @internal
 */
export function annotateRejections(
  state: GovernanceState,
  messages: readonly ModelMessage[],
): ModelMessage[] | undefined {
  if (state.rejections.size === 0) return undefined;
  const annotated = messages.map((message) => {
    if (message.role !== 'tool') return message;
    const content = (message.content as readonly Part[]).map((part) => {
      const decision = state.rejections.get(String(part.toolCallId));
      const output = part.output as { type?: unknown; reason?: unknown } | undefined;
      if (part.type !== 'tool-result' || decision === undefined) return part;
      if (output?.type !== 'execution-denied') return part;
      const told = typeof output.reason === 'string' ? `${output.reason}; ` : '';
      const reason = `${told}denied by policy: ${describeReasons(decision)}`;
      return { ...part, output: { ...output, reason } };
    });
    return { ...message, content } as ModelMessage;
  });
  state.rejections.clear();
  return annotated;
}
