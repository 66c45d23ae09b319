import type { LanguageModelV4Content, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';

/** One scripted model turn: tool calls to make, or a final answer. */
export type Turn =
  | { readonly calls: readonly { tool: string; input: Record<string, unknown> }[] }
  | { readonly text: string };

const USAGE = {
  inputTokens: { total: 120, noCache: 120, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 30, text: 30, reasoning: undefined },
};

let nextId = 0;

function contentOf(turn: Turn): LanguageModelV4Content[] {
  if ('text' in turn) return [{ type: 'text', text: turn.text }];
  return turn.calls.map((call) => ({
    type: 'tool-call',
    toolCallId: `call_${++nextId}`,
    toolName: call.tool,
    input: JSON.stringify(call.input),
  }));
}

function streamOf(content: readonly LanguageModelV4Content[]): LanguageModelV4StreamPart[] {
  return content.flatMap((part): LanguageModelV4StreamPart[] =>
    part.type === 'text'
      ? [
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: part.text },
          { type: 'text-end', id: 't' },
        ]
      : part.type === 'tool-call'
        ? [part]
        : [],
  );
}

/**
 * The offline model: answers call i with `turns[i]` (120 input and 30 output tokens a call),
 * then keeps saying it is done. Streams when asked to.
 */
export function scriptedModel(turns: readonly Turn[]): MockLanguageModelV4 {
  let index = 0;
  const next = () => {
    const turn = turns[index++] ?? { text: 'Nothing more to do.' };
    const finishReason = {
      unified: 'text' in turn ? ('stop' as const) : ('tool-calls' as const),
      raw: undefined,
    };
    return { content: contentOf(turn), finishReason };
  };
  return new MockLanguageModelV4({
    modelId: 'scripted',
    doGenerate: async () => ({ ...next(), usage: USAGE, warnings: [] }),
    doStream: async () => {
      const { content, finishReason } = next();
      const chunks: LanguageModelV4StreamPart[] = [
        { type: 'stream-start', warnings: [] },
        ...streamOf(content),
        { type: 'finish', usage: USAGE, finishReason },
      ];
      return { stream: simulateReadableStream({ chunks }) };
    },
  });
}
