import { canonicalJson, sha256Hex } from '@kitelogik/core';
import type { McpTool } from './mcp-types.js';

/**
 * The fingerprint of one tool definition: `sha256:` and the SHA-256 of the canonical JSON of
 * its name, description, input schema and annotations (absent fields count as `null`). Key
 * order does not matter; any other change to these four fields changes the fingerprint.
 */
export function fingerprintTool(tool: McpTool): string {
  const definition = {
    name: tool.name,
    description: tool.description ?? null,
    inputSchema: tool.inputSchema ?? null,
    annotations: tool.annotations ?? null,
  };
  return `sha256:${sha256Hex(canonicalJson(definition))}`;
}
