import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';

/** One scripted tool call: id, AI SDK tool name and input. */
export interface ScriptedCall {
  readonly id: string;
  readonly tool: string;
  readonly input: Record<string, unknown>;
}

/** One scripted model step: tool calls, or a final text. */
export type ScriptedStep = { readonly calls: readonly ScriptedCall[] } | { readonly text: string };

const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: undefined },
});

function generateResult(step: ScriptedStep) {
  if ('text' in step) {
    return {
      content: [{ type: 'text' as const, text: step.text }],
      finishReason: { unified: 'stop' as const, raw: undefined },
      usage: usage(10, 5),
      warnings: [],
    };
  }
  return {
    content: step.calls.map((call) => ({
      type: 'tool-call' as const,
      toolCallId: call.id,
      toolName: call.tool,
      input: JSON.stringify(call.input),
    })),
    finishReason: { unified: 'tool-calls' as const, raw: undefined },
    usage: usage(10, 5),
    warnings: [],
  };
}

function streamChunks(step: ScriptedStep): LanguageModelV4StreamPart[] {
  const finish = {
    type: 'finish' as const,
    usage: usage(10, 5),
    finishReason: {
      unified: 'text' in step ? ('stop' as const) : ('tool-calls' as const),
      raw: undefined,
    },
  };
  if ('text' in step) {
    return [
      { type: 'stream-start' as const, warnings: [] },
      { type: 'text-start' as const, id: 't' },
      { type: 'text-delta' as const, id: 't', delta: step.text },
      { type: 'text-end' as const, id: 't' },
      finish,
    ];
  }
  return [
    { type: 'stream-start' as const, warnings: [] },
    ...step.calls.map((call) => ({
      type: 'tool-call' as const,
      toolCallId: call.id,
      toolName: call.tool,
      input: JSON.stringify(call.input),
    })),
    finish,
  ];
}

/**
 * A scripted model that answers step i with `steps[i]`, streaming or not; the usage of each
 * call is 10 input and 5 output tokens. Throws when the script runs out.
 */
export function scriptedModel(steps: readonly ScriptedStep[]): MockLanguageModelV4 {
  let generated = 0;
  let streamed = 0;
  const next = (index: number): ScriptedStep => {
    const step = steps[index];
    if (step === undefined) throw new Error(`scripted model: no step ${index}`);
    return step;
  };
  return new MockLanguageModelV4({
    modelId: 'scripted',
    doGenerate: async () => generateResult(next(generated++)),
    doStream: async () => ({
      stream: simulateReadableStream({ chunks: streamChunks(next(streamed++)) }),
    }),
  });
}
