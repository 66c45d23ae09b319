import type { ChildOutcome } from '@kitelogik/core';
import {
  defineToolInputGuardrail,
  type FunctionTool,
  type RunContext,
  ToolGuardrailFunctionOutputFactory,
} from '@openai/agents-core';

type ToolCallDetails = Parameters<FunctionTool['invoke']>[2];

import { approvalSubject, denialText, toArgs } from './decisions.js';
import type { AnyFunctionTool } from './sdk-types.js';
import { hasPendingApprovals, ledgerOf, noteDenial } from './session-ledger.js';
import { runAsChild } from './session-router.js';
import { decideCall, recordApproval, type ToolBinding } from './tool-binding.js';

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
  const guardrail = defineToolInputGuardrail<TContext>({
    name: 'kitelogik.policy',
    run: async ({ context, toolCall }) => {
      const { callId } = toolCall;
      let outcome = await decideCall(binding, callId, toArgs(toolCall.arguments));
      if (outcome.decision.effect === 'require_approval') {
        // Guardrails run after the SDK's approval step: only an approved call gets here.
        const isApproved = context.isToolApproved({ toolName: toolCall.name, callId }) === true;
        if (isApproved) outcome = await recordApproval(binding, callId, outcome);
      }
      if (outcome.decision.effect === 'allow') return ToolGuardrailFunctionOutputFactory.allow();
      noteDenial(binding.session(), outcome.decision);
      return hardDeny
        ? ToolGuardrailFunctionOutputFactory.throwException(outcome.decision)
        : ToolGuardrailFunctionOutputFactory.rejectContent(denialText(outcome.decision));
    },
  });
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
        const child = outcome.session;
        if (child === undefined) return denialText(outcome.decision);
        ledgerOf(session).children.add(child);
        const output = await runAsChild(child, () => invoke(context, input, details));
        // A finished sub-agent returns the budget slice it held; a paused one keeps its session.
        if (!hasPendingApprovals(child)) await child.revoke();
        return output;
      }
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
