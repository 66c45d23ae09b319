import { randomUUID } from 'node:crypto';
import type { DecisionOutcome } from '@kitelogik/core';
import { askApprover } from './ask-approver.js';
import type { CallGuard, McpGovernanceState } from './mcp-governance.js';
import { policyName } from './mcp-governance.js';
import { toToolReference } from './to-tool-reference.js';
import { toolErrorResult } from './tool-error-result.js';

/** One `tools/call` as the guard sees it. @internal */
export interface GuardedCall {
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/**
 * Decides one `tools/call` as a `tool.call` event: the tool's last listed definition gives its
 * annotations and pin state; require_approval goes to the configured approver and the call is
 * decided again; only an allow runs, anything else is an MCP tool error with the reasons. MCP
 * has no call ids, so each call gets a fresh one. @internal
 */
export async function guardToolCall(
  state: McpGovernanceState,
  call: GuardedCall,
): Promise<CallGuard> {
  const { session, server } = state;
  const callId = `mcp:${server}:${randomUUID()}`;
  const tool = toToolReference({
    server,
    name: policyName(state, call.name),
    tool: state.tools.get(call.name),
    pin: state.pins.status(server, call.name),
  });
  const decide = (): Promise<DecisionOutcome> =>
    session.decide({ kind: 'tool.call', callId, tool, args: call.args });
  let outcome = await decide();
  if (outcome.decision.effect === 'require_approval') {
    outcome = await askApprover({ state, outcome, callId, call, redecide: decide });
  }
  if (outcome.decision.effect === 'allow') return { kind: 'run', callId };
  return { kind: 'refuse', result: toolErrorResult(call.name, outcome.decision.reasons) };
}

/** Settles an allowed call's budget: committed when the server answered, released if not. @internal */
export async function finishToolCall(
  state: McpGovernanceState,
  callId: string,
  isAnswered: boolean,
): Promise<void> {
  await state.session.settle(callId, { status: isAnswered ? 'succeeded' : 'failed' });
}
