import type { ToolReference } from '@kitelogik/core';
import type { GovernanceState } from './governance-state.js';

/**
 * The tool a policy sees for an AI SDK tool name: the mapped name (or the name itself), and
 * `mcp` as the source of dynamic tools (`dynamicTool`, `@ai-sdk/mcp`) unless the mapping says
 * otherwise. Declarations on the governor still win over both. @internal
 */
export function toToolReference(
  state: GovernanceState,
  toolName: string,
  isDynamic: boolean,
): ToolReference {
  const mapped = state.tools[toolName];
  const reference = typeof mapped === 'string' ? { name: mapped } : (mapped ?? { name: toolName });
  return isDynamic && reference.source === undefined ? { ...reference, source: 'mcp' } : reference;
}

/** Tool input as contract arguments: objects pass, JSON text is parsed, anything else is wrapped. @internal */
export function toArgs(input: unknown): Readonly<Record<string, unknown>> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { input };
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return value === undefined ? {} : { input: value };
}
