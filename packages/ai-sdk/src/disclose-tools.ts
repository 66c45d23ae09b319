import type { ModelCallParams } from './framework-types.js';
import type { GovernanceState } from './governance-state.js';
import { observeOutcome } from './observe-outcome.js';
import { toToolReference } from './to-tool-reference.js';

/** The reference library's reasons that deny a tool whatever its arguments. */
export const OUTRIGHT_DENIAL_CODES: readonly string[] = [
  'tool.denied',
  'tool.unknown',
  'tool.out_of_scope',
];

async function isDeniedOutright(state: GovernanceState, name: string): Promise<boolean> {
  const callId = `disclose:${name}`;
  const outcome = await state.session.decide({
    kind: 'tool.call',
    callId,
    tool: toToolReference(state, name, false),
    args: {},
  });
  // A probe runs nothing: give back the tool-call budget it reserved.
  if (outcome.reservation !== undefined) await state.session.settle(callId, { status: 'failed' });
  const isOutright =
    outcome.decision.effect === 'deny' &&
    outcome.decision.reasons.some((reason) => state.hideOnReasons.has(reason.code));
  return isOutright && (await observeOutcome(state, outcome)) === 'deny';
}

/**
 * Capability disclosure: removes from `params.tools` the function tools this agent may never
 * call, judged by a probe decision (empty arguments, one per tool and session, cached by the
 * core) whose denial carries an outright reason. Sub-agent tools are decided as spawns and
 * always stay; provider tools are not the application's to govern. @internal
 */
export async function discloseTools(
  state: GovernanceState,
  params: ModelCallParams,
): Promise<ModelCallParams> {
  if (params.tools === undefined || params.tools.length === 0) return params;
  const kept: NonNullable<ModelCallParams['tools']> = [];
  for (const tool of params.tools) {
    const isGoverned = tool.type === 'function' && !state.subAgents.has(tool.name);
    if (!isGoverned || !(await isDeniedOutright(state, tool.name))) kept.push(tool);
  }
  return kept.length === params.tools.length ? params : { ...params, tools: kept };
}
