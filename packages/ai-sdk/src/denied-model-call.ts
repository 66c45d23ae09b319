import type { Decision } from '@kitelogik/core';
import type { ModelGenerateResult, ModelStreamPart, ModelStreamResult } from './framework-types.js';
import { describeReasons } from './to-approval-status.js';

const NO_USAGE = {
  inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 0, text: 0, reasoning: undefined },
};

const FINISH = { unified: 'other', raw: 'kitelogik.model_call_denied' } as const;

function message(decision: Decision): string {
  return `[kitelogik] model call not allowed: ${describeReasons(decision)}`;
}

/**
 * What a model call the policy did not allow returns instead of running: a text-only answer
 * saying why, with no tool calls and no usage, so the tool loop ends (a deny is a value, not an
 * exception). @internal
 */
export function deniedGenerateResult(decision: Decision): ModelGenerateResult {
  return {
    content: [{ type: 'text', text: message(decision) }],
    finishReason: FINISH,
    usage: NO_USAGE,
    warnings: [],
  };
}

/** The streaming form of {@link deniedGenerateResult}. @internal */
export function deniedStreamResult(decision: Decision): ModelStreamResult {
  const parts: ModelStreamPart[] = [
    { type: 'stream-start', warnings: [] },
    { type: 'text-start', id: 'kitelogik' },
    { type: 'text-delta', id: 'kitelogik', delta: message(decision) },
    { type: 'text-end', id: 'kitelogik' },
    { type: 'finish', usage: NO_USAGE, finishReason: FINISH },
  ];
  return {
    stream: new ReadableStream({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    }),
  };
}
