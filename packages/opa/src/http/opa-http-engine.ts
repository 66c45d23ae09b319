import {
  type EvaluationRequest,
  type EvaluationResult,
  type PolicyBundle,
  PolicyConfigError,
  type PolicyEngine,
  PolicyEvaluationError,
  type PreparedPolicy,
} from '@kitelogik/core';
import { entrypointSegments } from '../entrypoint-segments.js';

/** Options for {@link opaHttpEngine}. */
export interface OpaHttpEngineOptions {
  /** The OPA server's base URL, e.g. `http://127.0.0.1:8181`. */
  readonly url: string;
  /** Extra request headers, e.g. `{ authorization: 'Bearer …' }` for OPA's token authentication. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per-request timeout in milliseconds; the governor's deadline applies too, whichever is shorter. */
  readonly timeoutMs?: number;
}

/** An evaluation through OPA, with OPA's own id for the decision (its decision log key). */
export interface OpaEvaluationResult extends EvaluationResult {
  /** OPA's `decision_id`, when the server returns one (decision logging enabled). */
  readonly decisionId?: string;
}

interface DataResponse {
  readonly result?: unknown;
  readonly decision_id?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
}

function describeFailure(status: number, body: DataResponse | undefined): string {
  const detail =
    body !== undefined && typeof body.code === 'string'
      ? `${body.code}: ${String(body.message ?? '')}`
      : 'no OPA error body';
  return `OPA answered HTTP ${status} (${detail})`;
}

async function readJson(response: Response): Promise<DataResponse | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as DataResponse) : undefined;
  } catch {
    return undefined;
  }
}

async function post(
  options: OpaHttpEngineOptions,
  request: EvaluationRequest,
): Promise<OpaEvaluationResult> {
  const path = entrypointSegments(request.query).map(encodeURIComponent).join('/');
  const timeoutMs = Math.min(options.timeoutMs ?? request.deadlineMs, request.deadlineMs);
  const timeout = AbortSignal.timeout(Math.max(1, timeoutMs));
  const signal =
    request.signal === undefined ? timeout : AbortSignal.any([timeout, request.signal]);
  let response: Response;
  let body: DataResponse | undefined;
  try {
    response = await fetch(`${options.url.replace(/\/+$/, '')}/v1/data/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify({ input: request.input }),
      signal,
    });
    body = await readJson(response);
  } catch (cause) {
    if (timeout.aborted) {
      throw new PolicyEvaluationError({
        message: `OPA did not answer within ${timeoutMs} ms`,
        code: 'engine.timeout',
        cause,
      });
    }
    const reason = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
    throw new PolicyEvaluationError({ message: `OPA request failed: ${String(reason)}`, cause });
  }
  if (!response.ok) {
    throw new PolicyEvaluationError({ message: describeFailure(response.status, body) });
  }
  const decisionId = typeof body?.decision_id === 'string' ? body.decision_id : undefined;
  if (body === undefined || body.result === undefined) {
    throw new PolicyEvaluationError({
      message: `OPA returned no result for ${request.query}${decisionId === undefined ? '' : ` (decision ${decisionId})`}`,
      code: 'engine.undefined',
    });
  }
  return decisionId === undefined ? { value: body.result } : { value: body.result, decisionId };
}

/**
 * An engine that evaluates through an OPA server's REST Data API: each decision is
 * `POST /v1/data/{path}` with `{ input }`. The policies live on the server, so `prepare` only
 * labels the prepared policy with the bundle's digest; OPA's `decision_id` comes back on every
 * result. Fails closed: a timeout, a refused connection, a non-2xx answer or an undefined
 * result rejects with a {@link PolicyEvaluationError}, which the governor turns into a deny.
 *
 * @throws PolicyConfigError when `url` is not an http(s) URL.
 */
export function opaHttpEngine(options: OpaHttpEngineOptions): PolicyEngine {
  let protocol: string;
  try {
    protocol = new URL(options.url).protocol;
  } catch (cause) {
    throw new PolicyConfigError({ message: `opaHttpEngine: invalid url ${options.url}`, cause });
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new PolicyConfigError({
      message: `opaHttpEngine: url must be http(s), got ${options.url}`,
    });
  }
  return {
    name: 'opa-http',
    async prepare(bundle: PolicyBundle): Promise<PreparedPolicy> {
      return {
        digest: bundle.digest,
        evaluate: (request: EvaluationRequest): Promise<OpaEvaluationResult> =>
          post(options, request),
      };
    },
  };
}
