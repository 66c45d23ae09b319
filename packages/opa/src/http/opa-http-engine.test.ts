import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createGovernor,
  createMemoryAuditSink,
  createPolicyBundle,
  PolicyConfigError,
  PolicyEvaluationError,
  type PreparedPolicy,
} from '@kitelogik/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { referenceEvents } from '../__fixtures__/reference-events.js';
import { type ServerProcess, spawnServer } from '../__fixtures__/spawn-server.js';
import { type OpaEvaluationResult, opaHttpEngine } from './opa-http-engine.js';

// Every test talks to a real decision server process (bin/serve.ts) on 127.0.0.1, on an
// ephemeral port; processes are stopped after each test that starts its own.

const policy = `package app
import rego.v1

default allow := false
allow if input.user == "alice"

decision := {"effect": "allow", "reasons": [{"code": "ok", "message": "alice"}]} if input.user == "alice"

decision := {"effect": "allow", "reasons": [{"code": "ok", "message": "user-42"}]} if {
	input.session.principal.id == "user-42"
}

conflict := 1 if input.x
conflict := 2 if input.x
`;

const bundle = createPolicyBundle({ modules: [{ path: 'app.rego', source: policy }] });
const request = (query: string, input: unknown, deadlineMs = 2000) => ({
  query,
  input,
  deadlineMs,
});

let dir: string;
const started: ServerProcess[] = [];

async function start(): Promise<ServerProcess> {
  const server = await spawnServer(['--policies', dir]);
  started.push(server);
  return server;
}

async function prepare(url: string, timeoutMs?: number): Promise<PreparedPolicy> {
  return opaHttpEngine({ url, ...(timeoutMs === undefined ? {} : { timeoutMs }) }).prepare(bundle);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kl-opa-http-'));
  writeFileSync(join(dir, 'app.rego'), policy);
});

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('opaHttpEngine against a decision server process', () => {
  it('posts the input to /v1/data/{path} and keeps OPA’s decision_id', async () => {
    const server = await start();
    const prepared = await prepare(server.url);
    const alice = (await prepared.evaluate(
      request('data.app.allow', { user: 'alice' }),
    )) as OpaEvaluationResult;
    const bob = (await prepared.evaluate(
      request('data.app.allow', { user: 'bob' }),
    )) as OpaEvaluationResult;
    expect(alice.value).toBe(true);
    expect(bob.value).toBe(false);
    expect(alice.decisionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bob.decisionId).not.toBe(alice.decisionId);
    expect(prepared.digest).toBe(bundle.digest);
  });

  it('fails closed on an undefined result and on a non-2xx answer', async () => {
    const server = await start();
    const prepared = await prepare(server.url);
    const undefinedResult = prepared.evaluate(request('data.app.decision', { user: 'bob' }));
    await expect(undefinedResult).rejects.toSatisfy(PolicyEvaluationError.isInstance);
    await expect(undefinedResult).rejects.toMatchObject({ code: 'engine.undefined' });
    const conflict = prepared.evaluate(request('data.app.conflict', { x: true }));
    await expect(conflict).rejects.toMatchObject({ code: 'engine.error' });
    await expect(conflict).rejects.toThrow('OPA answered HTTP 500 (internal_error:');
  });

  it('times out against a server that stops answering, within the timeout', async () => {
    const server = await start();
    const prepared = await prepare(server.url, 150);
    expect((await prepared.evaluate(request('data.app.allow', { user: 'alice' }))).value).toBe(
      true,
    );
    server.child.kill('SIGSTOP');
    const startedAt = performance.now();
    const stalled = prepared.evaluate(request('data.app.allow', { user: 'alice' }));
    await expect(stalled).rejects.toMatchObject({ code: 'engine.timeout' });
    expect(performance.now() - startedAt).toBeLessThan(5000);
    server.child.kill('SIGCONT');
    expect((await prepared.evaluate(request('data.app.allow', { user: 'alice' }))).value).toBe(
      true,
    );
  });

  it('uses the governor’s shorter deadline and its abort signal', async () => {
    const server = await start();
    const prepared = await prepare(server.url, 60_000);
    server.child.kill('SIGSTOP');
    await expect(
      prepared.evaluate(request('data.app.allow', { user: 'alice' }, 100)),
    ).rejects.toMatchObject({ code: 'engine.timeout' });
    const controller = new AbortController();
    const cancelled = prepared.evaluate({
      ...request('data.app.allow', {}),
      signal: controller.signal,
    });
    controller.abort(new Error('governor gave up'));
    await expect(cancelled).rejects.toSatisfy(PolicyEvaluationError.isInstance);
  });

  it('fails closed, without hanging, when the server is killed mid-run', async () => {
    const server = await start();
    const prepared = await prepare(server.url, 1000);
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      if (i === 5) {
        server.child.kill('SIGKILL');
        await new Promise((resolve) => server.child.once('exit', resolve));
      }
      try {
        const { value } = await prepared.evaluate(request('data.app.allow', { user: 'alice' }));
        outcomes.push(String(value));
      } catch (error) {
        outcomes.push(PolicyEvaluationError.isInstance(error) ? error.code : 'other');
      }
    }
    expect(outcomes).toEqual([...Array(5).fill('true'), ...Array(7).fill('engine.error')]);
  });

  it('turns a dead server into a deny engine.error through the governor', async () => {
    const server = await start();
    const audit = createMemoryAuditSink();
    const governor = createGovernor({
      prepared: await prepare(server.url, 500),
      entrypoint: 'data.app.decision',
      audit,
      // A cold server process under CI load can take longer than the 50 ms default.
      deadlineMs: 2000,
    });
    const { event } = referenceEvents[0] ?? { event: undefined };
    const before = await governor.decideEvent(event);
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const after = await governor.decideEvent(event);
    expect(after.decision.effect).toBe('deny');
    expect(after.decision.reasons[0]?.code).toBe('engine.error');
    expect(before.decision).toEqual({
      effect: 'allow',
      reasons: [{ code: 'ok', message: 'user-42' }],
    });
  });

  it('refuses a url that is not http(s)', () => {
    expect(() => opaHttpEngine({ url: 'file:///etc/passwd' })).toThrow(PolicyConfigError);
    expect(() => opaHttpEngine({ url: 'not a url' })).toThrow(/invalid url/);
  });
});

describe('opaHttpEngine requests', () => {
  it('sends POST /v1/data/{path} with { input }, JSON and the configured headers', async () => {
    const seen: { method?: string; url?: string; headers?: IncomingHttpHeaders; body?: string }[] =
      [];
    const answers = ['{"result":{"effect":"allow"},"decision_id":"d-1"}', 'not json'];
    const fake = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        res.end(answers[seen.length - 1]);
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = fake.address() as AddressInfo;
      const prepared = await opaHttpEngine({
        url: `http://127.0.0.1:${port}/`,
        headers: { authorization: 'Bearer t0k3n' },
      }).prepare(bundle);
      const result = await prepared.evaluate(request('data["kite-logik"].main.decision', { a: 1 }));
      expect(result).toEqual({ value: { effect: 'allow' }, decisionId: 'd-1' });
      expect(seen[0]).toMatchObject({
        method: 'POST',
        url: '/v1/data/kite-logik/main/decision',
        headers: { authorization: 'Bearer t0k3n', 'content-type': 'application/json' },
        body: '{"input":{"a":1}}',
      });
      await expect(prepared.evaluate(request('data.x', {}))).rejects.toMatchObject({
        code: 'engine.undefined',
      });
    } finally {
      fake.closeAllConnections();
      await new Promise((resolve) => fake.close(resolve));
    }
  });
});
