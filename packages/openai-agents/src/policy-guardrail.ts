import {
  defineToolInputGuardrail,
  ToolGuardrailFunctionOutputFactory as Output,
  type ToolInputGuardrailDefinition,
} from '@openai/agents-core';
import { denialText, toArgs } from './decisions.js';
import { noteDenial } from './session-ledger.js';
import { decideCall, recordApproval, type ToolBinding } from './tool-binding.js';

/**
 * The tool input guardrail every governed tool runs first. It finds the call's decision (the
 * one `needsApproval` saw), records an approval the application gave through `RunState.approve`
 * and decides again, then allows, or rejects with the reasons so the model reads them (with
 * `hardDeny`, trips the wire so the run raises a `ToolCallError`). @internal
 */
export function policyGuardrail<TContext>(
  binding: ToolBinding,
  hardDeny: boolean,
): ToolInputGuardrailDefinition<TContext> {
  return defineToolInputGuardrail<TContext>({
    name: 'kitelogik.policy',
    run: async ({ context, toolCall }) => {
      const { callId } = toolCall;
      let outcome = await decideCall(binding, callId, toArgs(toolCall.arguments));
      if (outcome.decision.effect === 'require_approval') {
        // Guardrails run after the SDK's approval step: only an approved call gets here.
        const isApproved = context.isToolApproved({ toolName: toolCall.name, callId }) === true;
        if (isApproved) outcome = await recordApproval(binding, callId, outcome);
      }
      if (outcome.decision.effect === 'allow') return Output.allow();
      noteDenial(binding.session(), outcome.decision);
      return hardDeny
        ? Output.throwException(outcome.decision)
        : Output.rejectContent(denialText(outcome.decision));
    },
  });
}
