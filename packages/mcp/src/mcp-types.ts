/**
 * The MCP shapes this package reads, typed structurally so that one adapter serves the v1
 * `@modelcontextprotocol/sdk` and the v2 `@modelcontextprotocol/client` alike.
 */

/** A tool's behaviour hints as a server reports them; untrusted, like the whole definition. */
export interface McpToolAnnotations {
  readonly title?: string | undefined;
  readonly readOnlyHint?: boolean | undefined;
  readonly destructiveHint?: boolean | undefined;
  readonly idempotentHint?: boolean | undefined;
  readonly openWorldHint?: boolean | undefined;
  readonly [key: string]: unknown;
}

/** One entry of a `tools/list` result. */
export interface McpTool {
  readonly name: string;
  readonly description?: string | undefined;
  readonly inputSchema?: unknown;
  readonly annotations?: McpToolAnnotations | undefined;
  readonly [key: string]: unknown;
}

/** One content block of a tool result. */
export interface McpContent {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** A `tools/call` result: `isError: true` is MCP's tool-error convention. */
export interface McpCallToolResult {
  readonly content: McpContent[];
  readonly isError?: boolean | undefined;
  readonly [key: string]: unknown;
}
