import { fromJson, RegoObject } from '../../value.js';

/** Parse result: the object, or the reason it is not one. */
export type ParseObjectResult =
  | { readonly ok: true; readonly object: RegoObject }
  | { readonly ok: false; readonly error: string };

/** The third argument engines that implement JSON.parse source text access pass to revivers. */
interface ReviverContext {
  readonly source?: string;
}

type Reviver = (key: string, value: unknown, context?: ReviverContext) => unknown;

/** Keeps integers beyond 2^53 exact where the engine exposes the source text of numbers. */
const keepBigIntegers: Reviver = (_key, value, context) => {
  if (typeof value !== 'number' || Number.isSafeInteger(value)) return value;
  const source = context?.source;
  return source !== undefined && /^-?\d+$/.test(source) ? BigInt(source) : value;
};

/**
 * Parses JSON text that must hold an object, as OPA's JWT builtins do (the last of duplicate
 * keys wins, as with Go's decoder).
 */
export function parseJsonObject(text: string): ParseObjectResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, keepBigIntegers as (key: string, value: unknown) => unknown);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  const value = fromJson(parsed);
  if (!(value instanceof RegoObject)) {
    return { ok: false, error: 'decoded JSON type was not an Object' };
  }
  return { ok: true, object: value };
}
