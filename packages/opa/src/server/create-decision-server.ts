import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createRegoEngine,
  loadPolicies,
  type PolicyBundle,
  type PolicyEngine,
  type PreparedPolicy,
} from '@kitelogik/core';
import { createConcurrencyGate } from './concurrency-gate.js';
import { createDecisionLog, type DecisionLog } from './decision-log.js';
import { type DataRequestContext, handleDataRequest } from './handle-data-request.js';
import { parseAddr } from './parse-addr.js';
import { sendError, sendJson } from './send-json.js';
import { type StopWatching, watchPolicies } from './watch-policies.js';

/** Options for {@link createDecisionServer}. */
export interface DecisionServerOptions {
  /**
   * A policy directory, an OPA bundle file (`.tar.gz`) or its `http(s)` URL, loaded by core's
   * `loadPolicies`. A URL is loaded at start and on {@link DecisionServer.reload}; `watch` only
   * follows files on disk.
   */
  readonly policies: string;
  /** `host:port` to listen on; default `127.0.0.1:8181`; port 0 picks a free port. */
  readonly addr?: string;
  /** Largest accepted request body; default 1 MiB (413 beyond). */
  readonly maxBodyBytes?: number;
  /** Requests evaluated at once; default 32. */
  readonly maxConcurrency?: number;
  /** Requests that may wait for a slot; default 8 × `maxConcurrency` (503 beyond). */
  readonly maxQueued?: number;
  /** A file to append OPA-style decision log entries to (JSONL); off when absent. */
  readonly decisionLog?: string;
  /** Reload when the policy directory or bundle file changes on disk; default true. */
  readonly watch?: boolean;
  /** Evaluation deadline per request; default 1000 ms. */
  readonly evalTimeoutMs?: number;
  /** The engine that serves decisions; default the embedded Rego engine. */
  readonly engine?: PolicyEngine;
  /** Told about every reload, successful or not. */
  readonly onReload?: (result: ReloadResult) => void;
  /** Told when the decision log cannot be written (decisions are still served). */
  readonly onDecisionLogError?: (error: Error) => void;
}

/** The outcome of a reload: the new digest, or the error that kept the old policy in force. */
export type ReloadResult =
  | { readonly ok: true; readonly digest: string }
  | { readonly ok: false; readonly error: unknown };

/** A running decision server. */
export interface DecisionServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  /** The bundle being served right now. */
  readonly bundle: PolicyBundle;
  /** Loads the policies again and swaps them in if they compile; the old ones stay otherwise. */
  reload(): Promise<ReloadResult>;
  /** Stops watching, stops listening, and flushes the decision log. */
  close(): Promise<void>;
}

interface Served {
  readonly bundle: PolicyBundle;
  readonly prepared: PreparedPolicy;
}

async function prepare(engine: PolicyEngine, source: string): Promise<Served> {
  const bundle = await loadPolicies(source);
  return { bundle, prepared: await engine.prepare(bundle) };
}

/**
 * Starts an OPA-compatible decision server backed by the embedded engine (or `engine`):
 * `GET`/`POST /v1/data/{path}`, `GET /health`, hot reload of the policy directory or bundle
 * (swapped atomically; a policy that fails to load or compile leaves the old one serving), OPA
 * style decision logs, bounded bodies and concurrency. An OPA client or {@link opaHttpEngine}
 * can use it in place of OPA.
 *
 * @throws PolicyConfigError when the policies do not load or compile, or the address is invalid.
 */
export async function createDecisionServer(
  options: DecisionServerOptions,
): Promise<DecisionServer> {
  const engine = options.engine ?? createRegoEngine();
  const { host, port } = parseAddr(options.addr ?? '127.0.0.1:8181');
  let served = await prepare(engine, options.policies);
  const maxConcurrency = options.maxConcurrency ?? 32;
  const gate = createConcurrencyGate({
    maxActive: maxConcurrency,
    maxQueued: options.maxQueued ?? 8 * maxConcurrency,
  });
  const decisionLog: DecisionLog | undefined =
    options.decisionLog === undefined
      ? undefined
      : createDecisionLog(options.decisionLog, options.onDecisionLogError ?? (() => {}));
  const context: DataRequestContext = {
    current: () => served,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    evalTimeoutMs: options.evalTimeoutMs ?? 1000,
    decisionLog,
    labels: { id: randomUUID(), version: 'kitelogik' },
  };
  let reloading: Promise<ReloadResult> = Promise.resolve({
    ok: true,
    digest: served.bundle.digest,
  });
  const reload = (): Promise<ReloadResult> => {
    // Reloads run one after another, so a slow compile never overwrites a newer one.
    reloading = reloading.then(async () => {
      let result: ReloadResult;
      try {
        served = await prepare(engine, options.policies);
        result = { ok: true, digest: served.bundle.digest };
      } catch (error) {
        result = { ok: false, error };
      }
      options.onReload?.(result);
      return result;
    });
    return reloading;
  };

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/health' && request.method === 'GET') return sendJson(response, 200, {});
    if (path !== '/v1/data' && !path.startsWith('/v1/data/')) {
      return sendError(response, 404, { code: 'resource_not_found', message: `${path} not found` });
    }
    if (request.method !== 'GET' && request.method !== 'POST') {
      response.setHeader('allow', 'GET, POST');
      return sendError(response, 405, { code: 'method_not_allowed', message: 'use GET or POST' });
    }
    const release = await gate.acquire();
    if (release === undefined) {
      response.setHeader('retry-after', '1');
      return sendError(response, 503, {
        code: 'server_busy',
        message: 'too many concurrent requests',
      });
    }
    try {
      await handleDataRequest(request, response, context);
    } finally {
      release();
    }
  };
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000 },
    (request, response) => {
      route(request, response).catch((error: unknown) => {
        sendError(response, 500, { code: 'internal_error', message: String(error) });
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const stopWatching: StopWatching | undefined =
    options.watch === false || /^https?:\/\//i.test(options.policies)
      ? undefined
      : watchPolicies({
          path: options.policies,
          isDirectory: (await stat(options.policies)).isDirectory(),
          debounceMs: 50,
          onChange: () => void reload(),
        });
  const bound = server.address() as AddressInfo;
  const urlHost = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  return {
    url: `http://${urlHost}:${bound.port}`,
    get bundle() {
      return served.bundle;
    },
    reload,
    async close() {
      stopWatching?.();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Requests in flight get a short grace period; a stalled client does not hold the close.
      const grace = setTimeout(() => server.closeAllConnections(), 500);
      await closed;
      clearTimeout(grace);
      await reloading;
      await decisionLog?.close();
    },
  };
}
