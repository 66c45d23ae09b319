import type { ServerResponse } from 'node:http';

/** OPA's error codes that this server answers with. */
export type OpaErrorCode =
  | 'invalid_parameter'
  | 'internal_error'
  | 'resource_not_found'
  | 'method_not_allowed'
  | 'server_busy';

/** Writes `body` as JSON with `status`; a response that has already started is left alone. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * Writes an error in OPA's shape, `{ "code": "invalid_parameter", "message": "…" }`, plus
 * `errors` when the engine reported its own (e.g. `eval_conflict_error`).
 */
export function sendError(
  response: ServerResponse,
  status: number,
  error: { readonly code: OpaErrorCode; readonly message: string; readonly errors?: unknown[] },
): void {
  sendJson(response, status, error);
}
