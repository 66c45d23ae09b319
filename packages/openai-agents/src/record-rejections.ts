import type { Session } from '@kitelogik/core';
import type { AgentInputItem } from '@openai/agents-core';
import { denialText } from './decisions.js';
import { ledgerOf } from './session-ledger.js';

function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  const text = (output as { text?: unknown } | undefined)?.text;
  return typeof text === 'string' ? text : JSON.stringify(output);
}

/**
 * Finds the answers to paused calls the application rejected with `RunState.reject` (the SDK
 * runs no hook for them: their result first shows up in the next model input), records each
 * rejection in the core, decides the call again (a deny, audited) and returns the input with
 * those results naming the policy's reason. @internal
 */
export async function recordRejections(
  session: Session,
  approver: string,
  input: string | AgentInputItem[],
): Promise<string | AgentInputItem[]> {
  const ledger = ledgerOf(session);
  if (typeof input === 'string' || (ledger.pending.size === 0 && ledger.rejected.size === 0)) {
    return input;
  }
  const rewritten: AgentInputItem[] = [];
  for (const item of input) {
    if (item.type !== 'function_call_result') {
      rewritten.push(item);
      continue;
    }
    const pending = ledger.pending.get(item.callId);
    if (pending !== undefined) {
      ledger.pending.delete(item.callId);
      const message = outputText(item.output);
      await session.approve({
        eventId: pending.eventId,
        args: pending.subject,
        approver,
        approved: false,
        comment: message,
      });
      const outcome = await pending.redecide();
      ledger.rejected.set(item.callId, `${denialText(outcome.decision)}. ${message}`);
    }
    const text = ledger.rejected.get(item.callId);
    rewritten.push(
      text === undefined ? item : { ...item, output: { type: 'text' as const, text } },
    );
  }
  return rewritten;
}
