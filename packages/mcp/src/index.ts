/**
 * kitelogik for the Model Context Protocol. How this maps the framework:
 * - `tools/call` is a `tool.call` event with `tool.source = "mcp"` and `tool.server` set; the
 *   server's hints become annotations (`read_only`, `destructive`, `idempotent`, `open_world`).
 *   Allow forwards the call; deny answers with an MCP tool error (`isError: true`) carrying the
 *   reasons; require_approval goes to the configured approver, then the call is decided again.
 * - `tools/list` is pinned: each tool's first definition is fingerprinted, a later change is put
 *   to the policy as a `tool.call` probe (fingerprints in `annotations`) and audited, and tools
 *   the policy denies whatever the arguments are hidden from the list.
 * - three places to hook in: {@link governMcpClient} wraps a client you hold (v1 or v2 SDK),
 *   {@link governMcpTransport} wraps the transport of a client a framework builds, and
 *   {@link runMcpProxy} puts policy in front of any stdio server for clients you cannot change.
 */

// Governing a client or a transport.
export type { McpCallToolParams, McpClientLike, McpListToolsResult } from './govern-mcp-client.js';
export { governMcpClient } from './govern-mcp-client.js';
export { governMcpTransport, type McpTransportLike } from './govern-mcp-transport.js';
export {
  type McpApprovalRequest,
  type McpApprover,
  type McpApproverVerdict,
  type McpGovernanceOptions,
  OUTRIGHT_DENIAL_CODES,
} from './governance-options.js';
export type { JsonRpcMessage } from './json-rpc.js';
export type { McpCallToolResult, McpContent, McpTool, McpToolAnnotations } from './mcp-types.js';
// The governing stdio proxy, and the `kitelogik mcp-proxy` command built on it.
export {
  MCP_PROXY_HELP,
  MCP_PROXY_OPTIONS,
  type McpProxyCommandArgs,
  type McpProxyCommandIo,
  runMcpProxyCommand,
} from './proxy-command.js';
export type { McpProxy, McpProxyExit, McpProxyOptions } from './proxy-options.js';
export { runMcpProxy } from './run-mcp-proxy.js';
// Tool-list pinning.
export { fingerprintTool } from './tool-fingerprint.js';
export {
  createToolPins,
  type PinChange,
  type PinSnapshot,
  type PinStatus,
  type ToolPins,
  type ToolPinsOptions,
} from './tool-pins.js';
