import type { Decision } from '@kitelogik/core';
import type { ModelCallParams } from './framework-types.js';
import type { GovernanceState } from './governance-state.js';
import { toToolReference } from './to-tool-reference.js';

/** The reference library's reasons that deny a tool whatever its arguments. */
export const OUTRIGHT_DENIAL_CODES: readonly string[] = [
  'tool.denied',
  'tool.unknown',
  'tool.out_of_scope',
];

/** Remembers a tool as denied outright when a decision on it says so (never in shadow mode). @internal */
export function learnDenial(state: GovernanceState, toolName: string, decision: Decision): void {
  if (state.isShadow || decision.effect !== 'deny') return;
  if (decision.reasons.some((reason) => state.hideOnReasons.has(reason.code))) {
    state.hidden.add(toolName);
  }
}

// Tools already previewed, per governance state: a probe asks once per tool and session.
const probed = new WeakMap<GovernanceState, Set<string>>();

async function probe(state: GovernanceState, name: string): Promise<void> {
  let names = probed.get(state);
  if (names === undefined) {
    names = new Set();
    probed.set(state, names);
  }
  if (names.has(name)) return;
  names.add(name);
  // A preview evaluates the policy and records nothing: no budget, approval or audit record.
  const decision = await state.session.preview({
    kind: 'tool.call',
    callId: `disclose:${name}`,
    tool: toToolReference(state, name, false),
    args: {},
  });
  learnDenial(state, name, decision);
}

/**
 * Capability disclosure: removes from `params.tools` the function tools denied outright for
 * this agent (learned from its decisions, or previewed up front once per tool and session).
 * Sub-agent tools are decided as spawns and always stay; provider tools are not the
 * application's to govern. @internal
 */
export async function discloseTools(
  state: GovernanceState,
  params: ModelCallParams,
): Promise<ModelCallParams> {
  if (params.tools === undefined || params.tools.length === 0) return params;
  const kept: NonNullable<ModelCallParams['tools']> = [];
  for (const tool of params.tools) {
    const isGoverned = tool.type === 'function' && !state.subAgents.has(tool.name);
    if (isGoverned && state.isProbing) await probe(state, tool.name);
    if (!isGoverned || !state.hidden.has(tool.name)) kept.push(tool);
  }
  return kept.length === params.tools.length ? params : { ...params, tools: kept };
}
