import type {
  AgentOutputItem,
  Model,
  ModelRequest,
  ModelResponse,
  StreamEvent,
} from '@openai/agents-core';
import { closeModelCall, type ModelBinding, openModelCall } from './model-call-gate.js';
import { stopResponse } from './stop-response.js';

/** The stream of a response that ends the run without calling the model. */
function* stopStream(response: ModelResponse): Generator<StreamEvent> {
  const usage = { requests: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  const output = response.output as Extract<
    StreamEvent,
    { type: 'response_done' }
  >['response']['output'];
  yield { type: 'response_done', response: { id: 'kitelogik-stop', usage, output } };
}

/**
 * Wraps the model an agent calls: each call (plain or streamed) is decided as a `model.call`
 * first, its token usage is committed after it, and the function calls it proposes are checked
 * as a plan. Once the run must end (a denied model call, an exhausted budget), the wrapper
 * answers with a final message instead of calling the model. @internal
 */
export function governModel(resolve: () => Promise<Model>, binding: ModelBinding): Model {
  return {
    async getResponse(request: ModelRequest): Promise<ModelResponse> {
      const gate = await openModelCall(binding, request);
      if (gate.kind === 'stop') return stopResponse(gate.reasons);
      let response: ModelResponse;
      try {
        response = await (await resolve()).getResponse(gate.request);
      } catch (error) {
        await closeModelCall(binding, gate, undefined);
        throw error;
      }
      await closeModelCall(binding, gate, {
        tokens: response.usage.totalTokens,
        output: response.output,
      });
      return response;
    },
    async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
      const gate = await openModelCall(binding, request);
      if (gate.kind === 'stop') {
        yield* stopStream(stopResponse(gate.reasons));
        return;
      }
      let isClosed = false;
      try {
        for await (const event of (await resolve()).getStreamedResponse(gate.request)) {
          if (event.type === 'response_done') {
            const { usage, output } = event.response;
            const tokens = usage.totalTokens;
            await closeModelCall(binding, gate, { tokens, output: output as AgentOutputItem[] });
            isClosed = true;
          }
          yield event;
        }
      } finally {
        if (!isClosed) await closeModelCall(binding, gate, undefined);
      }
    },
  };
}
