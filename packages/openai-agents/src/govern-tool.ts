import type { ChildOutcome } from '@kitelogik/core';
import { approvalSubject } from '@kitelogik/core';
import type { FunctionTool, RunContext } from '@openai/agents-core';
import { denialText, toArgs } from './decisions.js';
import { policyGuardrail } from './policy-guardrail.js';
import type { AnyFunctionTool } from './sdk-types.js';
import { hasPendingApprovals, ledgerOf } from './session-ledger.js';
import { runAsChild } from './session-router.js';
import { decideCall, type ToolBinding } from './tool-binding.js';

type ToolCallDetails = Parameters<FunctionTool['invoke']>[2];

/** Marks tools this adapter produced, so nothing is wrapped twice. */
const GOVERNED = Symbol.for('kitelogik.openai-agents.governed');

/** True for a tool {@link governTool} produced. @internal */
export function isGovernedTool(tool: object): boolean {
  return GOVERNED in tool;
}

/**
 * Wraps one function tool. `needsApproval` asks for a human exactly when the decision is
 * require_approval; the input guardrail records an approval given through `RunState.approve`
 * and rejects a denied call with the reasons (or raises, with `hardDeny`); `invoke` settles
 * the call's budget, and runs a sub-agent tool as its child session. @internal
 */
export function governTool<TContext>(
  tool: AnyFunctionTool<TContext>,
  binding: ToolBinding,
  hardDeny: boolean,
): AnyFunctionTool<TContext> {
  const guardrail = policyGuardrail<TContext>(binding, hardDeny);
  const { invoke, needsApproval, inputGuardrails = [] } = tool;
  const overrides = {
    [GOVERNED]: true,
    needsApproval: async (context: RunContext, input: unknown, callId?: string) => {
      const id = callId ?? '';
      const outcome = await decideCall(binding, id, toArgs(input));
      const { effect } = outcome.decision;
      if (effect === 'allow') return needsApproval(context, input, callId);
      if (effect === 'deny' || outcome.event === undefined) return false;
      const subject = approvalSubject(outcome.event);
      const redecide = () => decideCall(binding, id, toArgs(input));
      ledgerOf(binding.session()).pending.set(id, { eventId: outcome.eventId, subject, redecide });
      return true;
    },
    inputGuardrails: [guardrail, ...inputGuardrails],
    invoke: async (context: RunContext<TContext>, input: string, details?: ToolCallDetails) => {
      const callId = details?.toolCall?.callId ?? '';
      const session = binding.session();
      if (binding.action.kind === 'spawn') {
        const outcome = (await decideCall(binding, callId, toArgs(input))) as ChildOutcome;
        // Only an allowed spawn's own child session runs the sub-agent.
        const child = outcome.decision.effect === 'allow' ? outcome.session : undefined;
        if (child === undefined) return denialText(outcome.decision);
        ledgerOf(session).children.add(child);
        const output = await runAsChild(child, () => invoke(context, input, details));
        // A finished sub-agent returns the budget slice it held; a paused one keeps its session.
        if (!hasPendingApprovals(child)) await child.revoke();
        return output;
      }
      // The guardrail decided already (this is the cached decision): checked again here, so a
      // path that skips guardrails still runs nothing but an allow.
      const outcome = await decideCall(binding, callId, toArgs(input));
      if (outcome.decision.effect !== 'allow') return denialText(outcome.decision);
      try {
        const result = await invoke(context, input, details);
        await session.settle(callId, { status: 'succeeded' });
        return result;
      } catch (error) {
        await session.settle(callId, { status: 'failed' });
        throw error;
      }
    },
  };
  // A sub-agent tool is the SDK's own object, registered to its agent so nested approvals
  // surface in the parent run: it is governed in place (it was built for this graph). Any other
  // tool is copied, and the application's tool stays as it was.
  return (
    binding.action.kind === 'spawn' ? Object.assign(tool, overrides) : { ...tool, ...overrides }
  ) as AnyFunctionTool<TContext>;
}
