import type { Reason } from '@kitelogik/core';
import { describeReasons } from '@kitelogik/core';
import { type AgentOutputItem, type ModelResponse, Usage } from '@openai/agents-core';

/** The final answer of a run the policy ended: one assistant message naming the reason. */
function stopMessage(reasons: readonly Reason[]): AgentOutputItem {
  return {
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text: `Run stopped by policy: ${describeReasons(reasons)}` }],
    providerData: { kitelogik: { stopped: true, reasons } },
  };
}

/**
 * A model response that ends the run cleanly without calling the model: no function calls,
 * so the runner takes the message as the final output. @internal
 */
export function stopResponse(reasons: readonly Reason[]): ModelResponse {
  return { usage: new Usage(), output: [stopMessage(reasons)], responseId: 'kitelogik-stop' };
}
