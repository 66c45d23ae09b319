import type { LanguageModelV4 } from '@ai-sdk/provider';
import { scriptedModel, type Turn } from './scripted-model.ts';

/** The real model when `OPENAI_API_KEY` is set (`KITELOGIK_MODEL`, default gpt-5-mini). */
export async function liveModel(): Promise<LanguageModelV4 | undefined> {
  if (!process.env.OPENAI_API_KEY) return undefined;
  const { openai } = await import('@ai-sdk/openai');
  return openai(process.env.KITELOGIK_MODEL ?? 'gpt-5-mini');
}

/** The live model if there is one, else a scripted model playing `turns`. */
export function modelFor(
  live: LanguageModelV4 | undefined,
  turns: readonly Turn[],
): LanguageModelV4 {
  return live ?? scriptedModel(turns);
}
