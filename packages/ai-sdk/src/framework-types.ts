import type { LanguageModelMiddleware } from 'ai';

type WrapGenerate = NonNullable<LanguageModelMiddleware['wrapGenerate']>;
type WrapStream = NonNullable<LanguageModelMiddleware['wrapStream']>;

/** The call options a language model receives (prompt, tools, ...). @internal */
export type ModelCallParams = Parameters<WrapGenerate>[0]['params'];

/** What one non-streaming model call returns. @internal */
export type ModelGenerateResult = Awaited<ReturnType<WrapGenerate>>;

/** What one streaming model call returns. @internal */
export type ModelStreamResult = Awaited<ReturnType<WrapStream>>;

/** One part of a model's stream. @internal */
export type ModelStreamPart =
  ModelStreamResult['stream'] extends ReadableStream<infer TPart> ? TPart : never;

/** The token usage a model call reports. @internal */
export type ModelUsage = ModelGenerateResult['usage'];
