import type { AuditSink, Reason } from '@kitelogik/core';
import type { PinChange, ToolPins } from './tool-pins.js';

/** A `require_approval` tool call, as an {@link McpApprover} sees it. */
export interface McpApprovalRequest {
  readonly server: string;
  /** The MCP tool name. */
  readonly tool: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly eventId: string;
  readonly callId: string;
  readonly reasons: readonly Reason[];
  /** Who the policy wants to approve, e.g. `role:manager`. */
  readonly approvers: readonly string[];
}

/** What an {@link McpApprover} answers; it is recorded with the governor before anything runs. */
export interface McpApproverVerdict {
  readonly approved: boolean;
  /** Who decided, recorded in the grant and the audit log. */
  readonly approver: string;
  readonly comment?: string;
}

/** Asks someone (a person through the client, a bot) about a `require_approval` call. */
export type McpApprover = (request: McpApprovalRequest) => Promise<McpApproverVerdict>;

/** Options shared by {@link governMcpClient}, {@link governMcpTransport} and the proxy. */
export interface McpGovernanceOptions {
  /** The server's name on every event (`action.tool.server`) and in the pins. */
  readonly server: string;
  /** Pins shared with other clients of the same servers; default a fresh in-memory set. */
  readonly pins?: ToolPins;
  /**
   * Answers `require_approval` calls the governor's own approver did not settle; without one,
   * such a call is refused with the policy's reasons.
   */
  readonly approver?: McpApprover;
  /** Where tool-list changes are recorded as `policy` audit records (use the governor's sink). */
  readonly audit?: AuditSink;
  /** Called with every change a `tools/list` shows against the pins. */
  readonly onToolsChanged?: (changes: readonly PinChange[]) => void;
  /** MCP tool name → policy tool name (e.g. `read_file` → `fs.read`); default the MCP name. */
  readonly toolNames?: Readonly<Record<string, string>>;
  /** Hide listed tools the policy denies whatever the arguments; default true. */
  readonly hideDeniedTools?: boolean;
  /** Reason codes that deny a tool whatever the arguments; default {@link OUTRIGHT_DENIAL_CODES}. */
  readonly outrightDenialCodes?: readonly string[];
}

/** The reference library's reasons that deny a tool whatever its arguments. */
export const OUTRIGHT_DENIAL_CODES: readonly string[] = [
  'tool.denied',
  'tool.unknown',
  'tool.out_of_scope',
  'mcp.tool_changed',
];
