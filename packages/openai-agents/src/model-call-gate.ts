import type { Reason, Session } from '@kitelogik/core';
import type { AgentOutputItem, ModelRequest } from '@openai/agents-core';
import { checkPlan } from './check-plan.js';
import { recordRejections } from './record-rejections.js';
import { ledgerOf, noteDenial } from './session-ledger.js';

/** What the governed model needs to know about its agent. @internal */
export interface ModelBinding {
  readonly session: () => Session;
  /** The model name in `model.call` events. */
  readonly modelName: string;
  /** The policy tool name of a function call that is a plan step; nothing for handoffs. */
  readonly planStep: (name: string) => string | undefined;
  readonly checkPlans: boolean;
  readonly approver: string;
}

/** Where a model call stands before it is made. @internal */
export type GateResult =
  | { readonly kind: 'stop'; readonly reasons: readonly Reason[] }
  | {
      readonly kind: 'call';
      readonly session: Session;
      readonly eventId: string;
      readonly request: ModelRequest;
    };

/** A rough input-token estimate (4 characters a token), reserved before the call. */
function estimateTokens(request: ModelRequest): number {
  const characters =
    (request.systemInstructions?.length ?? 0) +
    (typeof request.input === 'string'
      ? request.input.length
      : JSON.stringify(request.input).length);
  return Math.max(1, Math.ceil(characters / 4));
}

/**
 * Before a model call: a run the policy ended stops here; rejected approvals are recorded and
 * shown to the model with their reason; then a `model.call` decision reserves the estimated
 * input tokens. Anything but allow stops the run. @internal
 */
export async function openModelCall(
  binding: ModelBinding,
  request: ModelRequest,
): Promise<GateResult> {
  const session = binding.session();
  const ledger = ledgerOf(session);
  if (ledger.stop !== undefined) return { kind: 'stop', reasons: [ledger.stop] };
  const input = await recordRejections(session, binding.approver, request.input);
  const outcome = await session.decide({
    kind: 'model.call',
    model: binding.modelName,
    estimated_input_tokens: estimateTokens(request),
  });
  if (outcome.decision.effect !== 'allow') {
    noteDenial(session, outcome.decision);
    return { kind: 'stop', reasons: outcome.decision.reasons };
  }
  return { kind: 'call', session, eventId: outcome.eventId, request: { ...request, input } };
}

/** After a model call: commits the tokens it used, then checks its function calls as a plan. @internal */
export async function closeModelCall(
  binding: ModelBinding,
  gate: GateResult & { readonly kind: 'call' },
  response: { readonly tokens: number; readonly output: readonly AgentOutputItem[] } | undefined,
): Promise<void> {
  if (response === undefined) {
    await gate.session.settle(gate.eventId, { status: 'failed' });
    return;
  }
  await gate.session.settle(gate.eventId, { status: 'succeeded', tokens: response.tokens });
  if (binding.checkPlans) await checkPlan(gate.session, response.output, binding.planStep);
}
