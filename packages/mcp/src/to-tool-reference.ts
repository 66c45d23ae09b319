import type { ToolReference } from '@kitelogik/core';
import type { McpTool } from './mcp-types.js';
import type { PinStatus } from './tool-pins.js';

/** What {@link toToolReference} needs. @internal */
export interface ToolReferenceInput {
  readonly server: string;
  /** The tool's policy name (the MCP name unless the application maps it). */
  readonly name: string;
  /** The tool's last listed definition, if any. */
  readonly tool: McpTool | undefined;
  readonly pin: PinStatus;
}

/**
 * Describes an MCP tool to the governor: `source: "mcp"`, the server name, the server's hints
 * as contract annotations (`read_only`, `destructive`, `idempotent`, `open_world`, `title`) and
 * the pin state (`fingerprint`, `pinned_fingerprint`, `changed_since_pin`). The core's
 * `ToolReference` carries no fingerprint fields, so they travel in `annotations`, where the
 * reference `kitelogik.policies.mcp` reads them. A tool that says it touches the open world is
 * `external`; anything else keeps the default tier. Declared tools in the governor win. @internal
 */
export function toToolReference(input: ToolReferenceInput): ToolReference {
  const { server, tool, pin } = input;
  const hints = tool?.annotations ?? {};
  const annotations: Record<string, unknown> = {
    fingerprint: pin.fingerprint,
    pinned_fingerprint: pin.pinned,
    changed_since_pin: pin.isChanged,
  };
  const mapped: readonly [string, unknown][] = [
    ['read_only', hints.readOnlyHint],
    ['destructive', hints.destructiveHint],
    ['idempotent', hints.idempotentHint],
    ['open_world', hints.openWorldHint],
    ['title', hints.title],
  ];
  for (const [key, value] of mapped) if (value !== undefined) annotations[key] = value;
  return {
    name: input.name,
    source: 'mcp',
    server,
    ...(hints.openWorldHint === true ? { tier: 'external' as const } : {}),
    annotations,
  };
}
