/** The input document of a Data API request, or OPA's message for a malformed one. */
export type InputResult =
  | { readonly ok: true; readonly input: unknown }
  | { readonly ok: false; readonly message: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the `{ "input": … }` body of `POST /v1/data/{path}`. An empty body means no input, as in
 * OPA; anything but a JSON object is malformed.
 */
export function parseBodyInput(text: string): InputResult {
  if (text.trim() === '') return { ok: true, input: undefined };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `body contains malformed input document: ${describe(error)}` };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      message: 'body contains malformed input document: the request body must be a JSON object',
    };
  }
  return { ok: true, input: (body as { input?: unknown }).input };
}

/** Reads the `input` query parameter of `GET /v1/data/{path}` (URL-encoded JSON). */
export function parseQueryInput(parameter: string | null): InputResult {
  if (parameter === null) return { ok: true, input: undefined };
  try {
    return { ok: true, input: JSON.parse(parameter) };
  } catch (error) {
    return {
      ok: false,
      message: `parameter contains malformed input document: ${describe(error)}`,
    };
  }
}
