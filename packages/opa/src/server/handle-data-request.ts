import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PolicyBundle, PreparedPolicy } from '@kitelogik/core';
import type { DecisionLog } from './decision-log.js';
import { evaluateData } from './evaluate-data.js';
import { type InputResult, parseBodyInput, parseQueryInput } from './parse-input.js';
import { readBody } from './read-body.js';
import { sendError, sendJson } from './send-json.js';

/** What a Data API request is served with: the policy of the moment and the server's limits. */
export interface DataRequestContext {
  readonly current: () => { readonly bundle: PolicyBundle; readonly prepared: PreparedPolicy };
  readonly maxBodyBytes: number;
  readonly evalTimeoutMs: number;
  readonly decisionLog: DecisionLog | undefined;
  readonly labels: Readonly<Record<string, string>>;
}

function decodeSegments(path: string): string[] | undefined {
  try {
    return path
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/**
 * Serves `GET` and `POST /v1/data/{path}` as OPA does: `{ "result": …, "decision_id": … }`, with
 * `result` left out when the document is undefined, OPA's error shape for malformed input, and
 * one decision log entry per evaluation (the policy in force is read once, so a hot reload
 * never splits a request between two bundles).
 */
export async function handleDataRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: DataRequestContext,
): Promise<void> {
  const startedAt = process.hrtime.bigint();
  const url = new URL(request.url ?? '/', 'http://localhost');
  const segments = decodeSegments(url.pathname.slice('/v1/data'.length));
  if (segments === undefined) {
    sendError(response, 400, { code: 'invalid_parameter', message: 'malformed path' });
    return;
  }
  let parsed: InputResult;
  if (request.method === 'POST') {
    const body = await readBody(request, context.maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'too_large') {
        response.setHeader('connection', 'close');
        sendError(response, 413, {
          code: 'invalid_parameter',
          message: `request body too large (limit ${context.maxBodyBytes} bytes)`,
        });
      }
      return;
    }
    parsed = parseBodyInput(body.text);
  } else {
    parsed = parseQueryInput(url.searchParams.get('input'));
  }
  if (!parsed.ok) {
    sendError(response, 400, { code: 'invalid_parameter', message: parsed.message });
    return;
  }
  const { bundle, prepared } = context.current();
  const outcome = await evaluateData({
    prepared,
    segments,
    input: parsed.input,
    deadlineMs: context.evalTimeoutMs,
  });
  const decisionId = randomUUID();
  const handlerNs = Number(process.hrtime.bigint() - startedAt);
  context.decisionLog?.write({
    decision_id: decisionId,
    path: segments.join('/'),
    ...(parsed.input === undefined ? {} : { input: parsed.input }),
    ...(outcome.ok
      ? outcome.result === undefined
        ? {}
        : { result: outcome.result }
      : { error: outcome.error }),
    requested_by: `${request.socket.remoteAddress ?? ''}:${request.socket.remotePort ?? ''}`,
    timestamp: new Date().toISOString(),
    bundles: { policies: { revision: bundle.revision ?? bundle.digest } },
    metrics: { timer_server_handler_ns: handlerNs },
    labels: context.labels,
  });
  if (!outcome.ok) {
    sendError(response, 500, {
      code: 'internal_error',
      message: 'error(s) occurred while evaluating query',
      errors: [outcome.error],
    });
    return;
  }
  const metrics = url.searchParams.has('metrics')
    ? { metrics: { timer_server_handler_ns: handlerNs } }
    : {};
  sendJson(response, 200, {
    ...(outcome.result === undefined ? {} : { result: outcome.result }),
    decision_id: decisionId,
    ...metrics,
  });
}
