import type { Readable, Writable } from 'node:stream';
import type { AuditSink, Governor, SessionOptions } from '@kitelogik/core';
import type { McpApprover } from './governance-options.js';
import type { ToolPins } from './tool-pins.js';

/** Options for {@link runMcpProxy}. Give `policies` (directories) or a ready `governor`. */
export interface McpProxyOptions {
  /** The real MCP server to run as a child process. */
  readonly command: string;
  readonly args?: readonly string[];
  /** Added to the SDK's safe default environment for the child. */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Policy directories; later ones overlay earlier ones' data. */
  readonly policies?: string | readonly string[];
  /** A governor to use instead of `policies` (its own audit sink then records decisions). */
  readonly governor?: Governor;
  /** The proxy's audit log: a JSONL file path (opened and closed by the proxy) or a sink. */
  readonly audit?: string | AuditSink;
  /** The server's name on events and pins; default the command's base name. */
  readonly server?: string;
  /** Who the proxy acts for; default principal `user:<login>`, scopes `tool:*`, no budget limits. */
  readonly session?: Partial<SessionOptions>;
  /** Where the MCP client talks to the proxy; default the process's stdin and stdout. */
  readonly stdin?: Readable;
  readonly stdout?: Writable;
  /** Where the child's stderr goes; default the process's stderr. */
  readonly stderr?: Writable;
  readonly pins?: ToolPins;
  /**
   * Answers `require_approval` calls; default: ask the person at the client through MCP
   * elicitation when the client supports it, else refuse.
   */
  readonly approver?: McpApprover;
  /** How long an elicitation waits for an answer; default 5 minutes. */
  readonly approvalTimeoutMs?: number;
  readonly toolNames?: Readonly<Record<string, string>>;
  readonly hideDeniedTools?: boolean;
}

/** Why a proxy ended. */
export interface McpProxyExit {
  readonly reason: 'client_closed' | 'server_exited' | 'closed' | 'failed';
  readonly message?: string;
}

/** A running proxy. */
export interface McpProxy {
  /** Resolves once the proxy has shut down (child stopped, audit log closed). */
  readonly done: Promise<McpProxyExit>;
  /** The proxy's pins, to re-approve a changed tool: `pins.approve(server, tool)`. */
  readonly pins: ToolPins;
  /** The server name used on events. */
  readonly server: string;
  /** Stops the child and the proxy. */
  close(): Promise<McpProxyExit>;
}
