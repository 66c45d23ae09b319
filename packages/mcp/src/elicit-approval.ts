import type { McpApprovalRequest, McpApproverVerdict } from './governance-options.js';
import { describeReasons } from './tool-error-result.js';

/** Sends a request to the MCP client and resolves with its result (undefined on no answer). */
export type ClientRequester = (method: string, params: Record<string, unknown>) => Promise<unknown>;

/**
 * Asks the person at the MCP client through elicitation (`elicitation/create`, a one-field
 * form): only an accepted form with `approve: true` approves; decline, cancel, no answer or a
 * malformed answer rejects. @internal
 */
export async function elicitApproval(
  ask: ClientRequester,
  request: McpApprovalRequest,
): Promise<McpApproverVerdict> {
  const message =
    `kitelogik: the call ${request.tool} on MCP server "${request.server}" needs approval ` +
    `(${describeReasons(request.reasons)}). Arguments: ${JSON.stringify(request.args)}`;
  const answer = (await ask('elicitation/create', {
    message,
    requestedSchema: {
      type: 'object',
      properties: { approve: { type: 'boolean', title: 'Approve this call', default: false } },
      required: ['approve'],
    },
  })) as { action?: unknown; content?: { approve?: unknown } } | undefined;
  const isApproved = answer?.action === 'accept' && answer.content?.approve === true;
  return { approved: isApproved, approver: 'mcp-client:elicitation' };
}
