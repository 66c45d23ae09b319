import type { Session } from '@kitelogik/core';
import type { McpGovernanceOptions } from './governance-options.js';
import { OUTRIGHT_DENIAL_CODES } from './governance-options.js';
import type { McpCallToolResult, McpTool } from './mcp-types.js';
import { createToolPins, type ToolPins } from './tool-pins.js';

/** What {@link McpGovernance.guardCall} answers: run the call under `callId`, or refuse it. */
export type CallGuard =
  | { readonly kind: 'run'; readonly callId: string }
  | { readonly kind: 'refuse'; readonly result: McpCallToolResult };

/**
 * The state one governed MCP connection shares between its hooks: the session, the pins and
 * the last definition listed of each tool. @internal
 */
export interface McpGovernanceState {
  readonly session: Session;
  readonly options: McpGovernanceOptions;
  readonly server: string;
  readonly pins: ToolPins;
  readonly tools: Map<string, McpTool>;
  readonly hideDenied: boolean;
  readonly outrightCodes: ReadonlySet<string>;
  hasListed: boolean;
}

/** Creates the per-connection state. @internal */
export function createGovernanceState(
  session: Session,
  options: McpGovernanceOptions,
): McpGovernanceState {
  return {
    session,
    options,
    server: options.server,
    pins: options.pins ?? createToolPins(),
    tools: new Map(),
    hideDenied: options.hideDeniedTools ?? true,
    outrightCodes: new Set(options.outrightDenialCodes ?? OUTRIGHT_DENIAL_CODES),
    hasListed: false,
  };
}

/** The policy name of an MCP tool. @internal */
export function policyName(state: McpGovernanceState, tool: string): string {
  return state.options.toolNames?.[tool] ?? tool;
}
