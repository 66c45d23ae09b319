import type { Decision } from '@kitelogik/core';
import type { McpGovernanceState } from './mcp-governance.js';
import { policyName } from './mcp-governance.js';
import type { McpTool } from './mcp-types.js';
import { toToolReference } from './to-tool-reference.js';
import type { PinChange } from './tool-pins.js';

/**
 * Decides a tool with no arguments, as a `tool.call` the policy sees like any other: this is how
 * a changed definition is put to the policy (and audited) the moment a list shows it, and how
 * tools denied outright are found. The call id names the tool and both fingerprints, so the core
 * caches one decision per definition and pin; a probe runs nothing, so its budget is released.
 */
async function probe(state: McpGovernanceState, tool: McpTool): Promise<Decision> {
  const pin = state.pins.status(state.server, tool.name);
  const callId = `mcp-list:${state.server}:${tool.name}:${pin.fingerprint}:${pin.pinned}`;
  const reference = toToolReference({
    server: state.server,
    name: policyName(state, tool.name),
    tool,
    pin,
  });
  const outcome = await state.session.decide({
    kind: 'tool.call',
    callId,
    tool: reference,
    args: {},
  });
  if (outcome.reservation !== undefined) await state.session.settle(callId, { status: 'failed' });
  return outcome.decision;
}

async function reportChanges(
  state: McpGovernanceState,
  changes: readonly PinChange[],
): Promise<void> {
  state.options.onToolsChanged?.(changes);
  await state.options.audit?.append({
    type: 'policy',
    kind: 'mcp.tools_changed',
    session: state.session.id,
    server: state.server,
    changes,
  });
}

/**
 * Reviews one `tools/list` page: records the definitions, pins first sightings, reports changes
 * against the pins (callback, a `policy` audit record, and a probe decision per changed tool),
 * and drops the tools the policy denies whatever the arguments. @internal
 */
export async function reviewToolList(
  state: McpGovernanceState,
  tools: readonly McpTool[],
): Promise<McpTool[]> {
  const changes = state.pins.observe(state.server, tools);
  for (const tool of tools) state.tools.set(tool.name, tool);
  state.hasListed = true;
  if (changes.length > 0) await reportChanges(state, changes);
  const kept: McpTool[] = [];
  for (const tool of tools) {
    const isChanged = state.pins.status(state.server, tool.name).isChanged;
    if (!state.hideDenied && !isChanged) {
      kept.push(tool);
      continue;
    }
    const decision = await probe(state, tool);
    const isOutright =
      decision.effect === 'deny' &&
      decision.reasons.some((reason) => state.outrightCodes.has(reason.code));
    if (!(state.hideDenied && isOutright)) kept.push(tool);
  }
  return kept;
}
