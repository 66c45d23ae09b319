import type { Session } from '@kitelogik/core';
import type { ToolMessage } from '@langchain/core/messages';
import { Command, isCommand } from '@langchain/langgraph';
import { noteDenial } from './run-stops.js';
import { registerDelegate } from './session-resolver.js';
import { type CallRef, denialMessage } from './tool-messages.js';

/** A tool result to check for a handoff. @internal */
export interface ReturnedResult {
  readonly session: Session;
  readonly call: CallRef;
  readonly callId: string;
  readonly result: ToolMessage | Command;
}

function gotoTarget(command: Command): string | undefined {
  const targets = Array.isArray(command.goto) ? command.goto : [command.goto];
  const first = targets[0] as unknown;
  if (typeof first === 'string') return first;
  return typeof (first as { node?: unknown } | undefined)?.node === 'string'
    ? (first as { node: string }).node
    : undefined;
}

/**
 * Checks a tool result that hands control to another agent (`Command({ goto, graph:
 * Command.PARENT })`) as an `agent.delegate` before LangGraph applies it. Only an allow lets the
 * command through; anything else replaces it with an error `ToolMessage`, since the tool has
 * already run and cannot wait for a human. Declared handoff tools are decided before they run.
 * @internal
 */
export async function checkReturnedHandoff(
  returned: ReturnedResult,
): Promise<ToolMessage | Command> {
  const { session, call, result } = returned;
  if (!isCommand(result) || result.graph !== Command.PARENT) return result;
  const target = gotoTarget(result) ?? 'unknown';
  const outcome = await session.delegate({
    child: { name: target, requested_scopes: [] },
    callId: `${returned.callId}~handoff`,
    mode: 'handoff',
  });
  if (outcome.decision.effect !== 'allow' || outcome.session === undefined) {
    noteDenial(session, outcome.decision);
    return denialMessage(call, outcome.decision);
  }
  registerDelegate(session, target, outcome.session);
  return result;
}
