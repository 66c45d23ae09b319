import type { PlanStep, Session } from '@kitelogik/core';
import type { AgentOutputItem } from '@openai/agents-core';
import { toArgs } from './decisions.js';
import { ledgerOf, noteDenial } from './session-ledger.js';

/**
 * Checks the function calls of one model response as an `agent.plan` before any of them runs.
 * `planStep` names the policy tool of a call, or nothing for handoffs. A refused plan (denied,
 * or asking for an approval no hook can wait for) answers every call of the response with its
 * reasons, through the tool hooks. @internal
 */
export async function checkPlan(
  session: Session,
  output: readonly AgentOutputItem[],
  planStep: (name: string) => string | undefined,
): Promise<void> {
  const calls = output.filter((item) => item.type === 'function_call');
  const steps: PlanStep[] = [];
  for (const call of calls) {
    const tool = planStep(call.name);
    if (tool !== undefined) steps.push({ tool, args: toArgs(call.arguments) });
  }
  if (steps.length === 0) return;
  const callId = `plan:${calls.map((call) => call.callId).join(',')}`;
  const outcome = await session.decide({ kind: 'agent.plan', callId, steps });
  if (outcome.decision.effect === 'allow') return;
  noteDenial(session, outcome.decision);
  const ledger = ledgerOf(session);
  for (const call of calls) ledger.refused.set(call.callId, outcome.decision);
}
