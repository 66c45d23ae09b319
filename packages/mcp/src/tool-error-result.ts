import type { Reason } from '@kitelogik/core';
import type { McpCallToolResult } from './mcp-types.js';

/** One line a model (or a person) can read: `code: message; code: message`. @internal */
export function describeReasons(reasons: readonly Reason[]): string {
  if (reasons.length === 0) return 'no reason given';
  return reasons.map((reason) => `${reason.code}: ${reason.message}`).join('; ');
}

/**
 * A refused call as an MCP tool error (`isError: true`), the shape models already handle as a
 * failed tool; `_meta.kitelogik` carries the reasons for programs. @internal
 */
export function toolErrorResult(tool: string, reasons: readonly Reason[]): McpCallToolResult {
  return {
    content: [{ type: 'text', text: `kitelogik denied ${tool}: ${describeReasons(reasons)}` }],
    isError: true,
    _meta: { kitelogik: { effect: 'deny', reasons } },
  };
}
