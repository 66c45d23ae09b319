import type { Tool } from '@openai/agents-core';

/**
 * Is this a tool the SDK executes in this process without a function hook: a computer, an
 * apply_patch editor, or a shell with a local `shell` (a hosted shell runs on OpenAI's side)?
 * Such a tool has no input guardrail or `invoke` to decide in, so it cannot be governed. @internal
 */
export function isLocalUngovernedTool(tool: Tool<unknown>): boolean {
  if (tool.type === 'computer' || tool.type === 'apply_patch') return true;
  return tool.type === 'shell' && (tool as { shell?: unknown }).shell !== undefined;
}
