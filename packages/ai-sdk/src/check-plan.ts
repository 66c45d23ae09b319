import type { PlanStep } from '@kitelogik/core';
import type { GovernanceState } from './governance-state.js';
import { observeOutcome } from './observe-outcome.js';
import { toArgs, toToolReference } from './to-tool-reference.js';

/** A tool call part of a generated step. @internal */
export interface PlannedCall {
  readonly toolCallId: string;
  readonly toolName: string;
  readonly input: unknown;
  readonly dynamic?: boolean | undefined;
  readonly providerExecuted?: boolean | undefined;
}

/**
 * Decides the tool calls of one generated step as an `agent.plan` before any of them runs, and
 * files the verdict under each call id, where the tool approval enforces it (a denied plan
 * denies every call of the step; a plan that needs approval asks for it on each call). A step
 * without client-executed tool calls is not a plan. @internal
 */
export async function checkPlan(
  state: GovernanceState,
  calls: readonly PlannedCall[],
): Promise<void> {
  // Sub-agent calls are governed as spawns of their own, not as tool steps.
  const planned = calls.filter(
    (call) => call.providerExecuted !== true && !state.subAgents.has(call.toolName),
  );
  const first = planned[0];
  if (first === undefined) return;
  const steps: PlanStep[] = planned.map((call) => ({
    tool: toToolReference(state, call.toolName, call.dynamic === true).name,
    args: toArgs(call.input),
  }));
  const callId = `plan:${first.toolCallId}`;
  const outcome = await state.session.decide({ kind: 'agent.plan', callId, steps });
  await observeOutcome(state, outcome);
  for (const call of planned) state.plans.set(call.toolCallId, { callId, steps, outcome });
}
