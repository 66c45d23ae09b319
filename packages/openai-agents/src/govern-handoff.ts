import {
  type ChildAgent,
  type ChildOutcome,
  type Decision,
  type DecisionOutcome,
  describeReasons,
  PolicyError,
} from '@kitelogik/core';
import { getHandoff } from '@openai/agents-core';

import type { AnyAgent, AnyHandoff } from './sdk-types.js';
import { ledgerOf } from './session-ledger.js';
import type { SessionRouter } from './session-router.js';

/** What a governed handoff needs. @internal */
export interface HandoffBinding {
  readonly router: SessionRouter;
  /** The governed agent that hands off. */
  readonly source: AnyAgent;
  readonly child: (agent: AnyAgent) => ChildAgent;
  /** The governed counterpart of an agent (built once per graph). */
  readonly govern: (agent: AnyAgent) => AnyAgent;
  readonly hardDeny: boolean;
}

/** The agent that answers a refused handoff: the same agent, told why. */
function refusal(source: AnyAgent, target: string, decision: Decision): AnyAgent {
  const note = `A handoff to ${target} was refused by policy (${describeReasons(decision.reasons)}). Continue without it.`;
  const base = source.instructions;
  return source.clone({
    instructions: async (context, agent) =>
      `${typeof base === 'function' ? await base(context, agent) : base}\n\n${note}`,
  });
}

/**
 * Governs one handoff as an `agent.delegate`, decided once per source and target in the
 * source's session (the call id `handoff:<source>-><target>`): `isEnabled` hides a handoff the
 * policy denies, and `onInvokeHandoff` runs the receiving agent in the narrowed delegate session
 * the core opened. A refused handoff keeps the current agent, told why, or raises (`hardDeny`).
 * @internal
 */
export function governHandoff(entry: AnyAgent | AnyHandoff, binding: HandoffBinding): AnyHandoff {
  const handoff = getHandoff(entry);
  const { router, source } = binding;
  const request = () => ({
    child: binding.child(handoff.agent),
    callId: `handoff:${source.name}->${handoff.agentName}`,
    mode: 'handoff' as const,
  });
  // `isEnabled` only decides; the delegate session (and the budget slice it holds) is opened
  // by `onInvokeHandoff`, which finds the same decision under the same call id.
  const check = (): Promise<DecisionOutcome> =>
    router.sessionOf(source.name).decide({ kind: 'agent.delegate', ...request() });
  return handoff.clone({
    agent: binding.govern(handoff.agent),
    isEnabled: async (args) =>
      (await handoff.isEnabled(args)) && (await check()).decision.effect !== 'deny',
    onInvokeHandoff: async (context, json) => {
      const session = router.sessionOf(source.name);
      const outcome: ChildOutcome = await session.delegate(request());
      if (outcome.decision.effect !== 'allow' || outcome.session === undefined) {
        if (binding.hardDeny) {
          const code = outcome.decision.reasons[0]?.code ?? 'handoff.denied';
          throw new PolicyError({ code, message: describeReasons(outcome.decision.reasons) });
        }
        return refusal(source, handoff.agentName, outcome.decision);
      }
      const next = binding.govern(await handoff.onInvokeHandoff(context, json));
      ledgerOf(session).children.add(outcome.session);
      router.handOver(next.name, outcome.session);
      return next;
    },
  });
}
