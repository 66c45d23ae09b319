import {
  generateText,
  isStepCount,
  type LanguageModel,
  type ModelMessage,
  type StepResult,
  streamText,
  ToolLoopAgent,
  type ToolSet,
  wrapLanguageModel,
} from 'ai';
import type { MockLanguageModelV4 } from 'ai/test';
import type { AiSdkGovernance } from '../create-ai-sdk-governance.js';

/** The three ways the tests drive a governed loop. */
export type RunMode = 'generateText' | 'streamText' | 'ToolLoopAgent';

/** Every mode, for `for (const mode of RUN_MODES)`. */
export const RUN_MODES: readonly RunMode[] = ['generateText', 'streamText', 'ToolLoopAgent'];

/** What a run returns, whatever the mode. */
export interface RunOutput {
  readonly text: string;
  readonly content: StepResult<ToolSet>['content'];
  readonly responseMessages: ModelMessage[];
  readonly steps: readonly StepResult<ToolSet>[];
}

/** One governed run. */
export interface RunOptions {
  readonly mode: RunMode;
  readonly model: MockLanguageModelV4;
  readonly governance: AiSdkGovernance;
  readonly tools: ToolSet;
  readonly messages: ModelMessage[];
  readonly maxSteps?: number;
}

/** Runs the loop in the given mode with the governance's middleware, settings and budget stop. */
export async function runGoverned(options: RunOptions): Promise<RunOutput> {
  const { mode, governance, tools, messages } = options;
  const model: LanguageModel = wrapLanguageModel({
    model: options.model,
    middleware: governance.middleware,
  });
  const stopWhen = [isStepCount(options.maxSteps ?? 5), governance.budgetExhausted];
  const settings = { model, tools, stopWhen, ...governance.settings };
  if (mode === 'generateText') {
    const result = await generateText({ ...settings, messages });
    return {
      text: result.text,
      content: result.content,
      responseMessages: result.responseMessages,
      steps: result.steps,
    };
  }
  if (mode === 'streamText') {
    const result = streamText({ ...settings, messages });
    return {
      text: await result.text,
      content: await result.content,
      responseMessages: await result.responseMessages,
      steps: await result.steps,
    };
  }
  const agent = new ToolLoopAgent(settings);
  const result = await agent.generate({ messages });
  return {
    text: result.text,
    content: result.content,
    responseMessages: result.responseMessages,
    steps: result.steps,
  };
}

/** The `tool-result` parts of the tool messages, as `callId: output type reason|value`. */
export function toolOutputs(messages: readonly ModelMessage[]): string[] {
  return messages.flatMap((message) => {
    if (message.role !== 'tool') return [];
    return message.content.flatMap((part) => {
      if (part.type !== 'tool-result') return [];
      const output = part.output as { type: string; value?: unknown; reason?: string };
      const detail = output.type === 'execution-denied' ? output.reason : String(output.value);
      return [`${part.toolCallId}: ${output.type} ${detail}`];
    });
  });
}
