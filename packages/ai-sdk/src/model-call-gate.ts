import type { Decision } from '@kitelogik/core';
import type { ModelUsage } from './framework-types.js';
import type { GovernanceState } from './governance-state.js';
import { observeOutcome } from './observe-outcome.js';

/** A decided `model.call`: whether it may run, and how to settle its reserved tokens. @internal */
export interface ModelCallGate {
  readonly isAllowed: boolean;
  readonly decision: Decision;
  /** Commits the tokens the call used (input + output), or releases them on failure. */
  settle(usage: ModelUsage | undefined): Promise<void>;
}

/** Counts the tokens a model call reports; missing totals count as zero. @internal */
export function usedTokens(usage: ModelUsage): number {
  return (usage.inputTokens.total ?? 0) + (usage.outputTokens.total ?? 0);
}

/**
 * Decides a `model.call` before the model runs: the estimated input tokens are reserved by the
 * core, and after the call the reported usage is committed in their place. Anything but allow
 * (a `require_approval` cannot wait for a human inside a model call) keeps the model from
 * running unless in shadow mode, and so does a budget found exhausted earlier in the run.
 * @internal
 */
export async function openModelCall(
  state: GovernanceState,
  model: string,
  prompt: unknown,
): Promise<ModelCallGate> {
  if (state.exhausted !== undefined && !state.isShadow) {
    // A spent budget ends the loop: the model is not called again, and its answer says why.
    const decision: Decision = { effect: 'deny', reasons: [state.exhausted] };
    return { isAllowed: false, decision, settle: async () => {} };
  }
  const estimated = Math.max(0, Math.ceil(state.estimateInputTokens(prompt)));
  const outcome = await state.session.decide({
    kind: 'model.call',
    model,
    estimated_input_tokens: estimated,
  });
  const effect = await observeOutcome(state, outcome);
  return {
    isAllowed: effect === 'allow',
    decision: outcome.decision,
    async settle(usage) {
      if (outcome.reservation === undefined) return;
      await state.session.settle(
        outcome.eventId,
        usage === undefined
          ? { status: 'failed' }
          : { status: 'succeeded', tokens: usedTokens(usage) },
      );
    },
  };
}

/** The default estimate: a quarter of the prompt's JSON length. @internal */
export function estimateByLength(prompt: unknown): number {
  try {
    return Math.ceil((JSON.stringify(prompt)?.length ?? 0) / 4);
  } catch {
    return 0;
  }
}
