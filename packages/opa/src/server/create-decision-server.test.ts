import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyConfigError } from '@kitelogik/core';
import { writeTarGz } from '@kitelogik/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDecisionServer,
  type DecisionServer,
  type DecisionServerOptions,
  type ReloadResult,
} from './create-decision-server.js';

const policyV1 = `package app
import rego.v1

default allow := false
allow if input.user in data.app.users
`;
const policyV2 = policyV1.replace('default allow := false', 'default allow := "v2"');

let dir: string;
let server: DecisionServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kl-opa-server-'));
  await mkdir(join(dir, 'policies', 'app'), { recursive: true });
  await writeFile(join(dir, 'policies', 'app.rego'), policyV1);
  await writeFile(join(dir, 'policies', 'app', 'data.json'), '{"users":["alice"]}');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(options: Partial<DecisionServerOptions> = {}): Promise<DecisionServer> {
  server = await createDecisionServer({
    policies: join(dir, 'policies'),
    addr: '127.0.0.1:0',
    ...options,
  });
  return server;
}

async function post(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: 'POST', body });
  return { status: response.status, json: await response.json() };
}

function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check()) resolve();
      else if (Date.now() > until) reject(new Error('condition not met in time'));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe('createDecisionServer', () => {
  it('answers POST and GET /v1/data/{path} like OPA, with a decision id', async () => {
    const { url } = await start();
    const allowed = await post(`${url}/v1/data/app/allow`, '{"input":{"user":"alice"}}');
    expect(allowed).toEqual({
      status: 200,
      json: { result: true, decision_id: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    const input = encodeURIComponent('{"user":"bob"}');
    const viaGet = await fetch(`${url}/v1/data/app/allow?input=${input}`);
    expect(await viaGet.json()).toMatchObject({ result: false });
    const whole = await post(`${url}/v1/data/app`, '{"input":{"user":"alice"}}');
    expect(whole.json).toMatchObject({ result: { allow: true, users: ['alice'] } });
    const undefinedDocument = await post(`${url}/v1/data/app/missing`, '{}');
    expect(undefinedDocument).toEqual({
      status: 200,
      json: { decision_id: expect.any(String) },
    });
    expect(await (await fetch(`${url}/health`)).json()).toEqual({});
  });

  it('answers malformed input, unknown paths and methods with OPA’s error shape', async () => {
    const { url } = await start();
    const bad = await post(`${url}/v1/data/app/allow`, '{"input": ');
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      code: 'invalid_parameter',
      message: expect.stringMatching(/^body contains malformed input document: /),
    });
    const badGet = await fetch(`${url}/v1/data/app/allow?input=%7Bx`);
    expect(badGet.status).toBe(400);
    expect(await badGet.json()).toMatchObject({ code: 'invalid_parameter' });
    expect((await post(`${url}/v1/data/app/allow`, '[1]')).status).toBe(400);
    expect((await fetch(`${url}/v1/policies`)).status).toBe(404);
    const put = await fetch(`${url}/v1/data/app`, { method: 'PUT', body: '{}' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
  });

  it('refuses bodies over maxBodyBytes with 413', async () => {
    const { url } = await start({ maxBodyBytes: 64 });
    const small = await post(`${url}/v1/data/app/allow`, '{"input":{"user":"alice"}}');
    expect(small.status).toBe(200);
    const large = await post(
      `${url}/v1/data/app/allow`,
      JSON.stringify({ input: 'x'.repeat(100) }),
    );
    expect(large.status).toBe(413);
    expect(large.json).toMatchObject({ code: 'invalid_parameter' });
  });

  it('bounds concurrency: beyond the slots and the queue, 503 server_busy', async () => {
    const { url } = await start({ maxConcurrency: 1, maxQueued: 0 });
    // A request whose body never finishes holds the only slot.
    const held = httpRequest(`${url}/v1/data/app/allow`, {
      method: 'POST',
      headers: { 'content-length': '100' },
    });
    held.on('error', () => {});
    held.write('{"input":');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const busy = await post(`${url}/v1/data/app/allow`, '{}');
    expect(busy).toEqual({
      status: 503,
      json: { code: 'server_busy', message: 'too many concurrent requests' },
    });
    held.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await post(`${url}/v1/data/app/allow`, '{}')).status).toBe(200);
  });

  it('writes OPA-style decision log entries as JSONL', async () => {
    const log = join(dir, 'decisions.jsonl');
    const started = await start({ decisionLog: log });
    const { json } = await post(`${started.url}/v1/data/app/allow`, '{"input":{"user":"alice"}}');
    await post(`${started.url}/v1/data/app/missing`, '{}');
    await started.close();
    server = undefined;
    const entries = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      decision_id: (json as { decision_id: string }).decision_id,
      path: 'app/allow',
      input: { user: 'alice' },
      result: true,
      requested_by: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      bundles: { policies: { revision: started.bundle.digest } },
      metrics: { timer_server_handler_ns: expect.any(Number) },
    });
    expect(entries[1]).not.toHaveProperty('result');
  });

  it('hot reloads a changed directory, and keeps serving the old policy when one breaks', async () => {
    const reloads: ReloadResult[] = [];
    const { url } = await start({ onReload: (result) => reloads.push(result) });
    const first = server?.bundle.digest;
    writeFileSync(join(dir, 'policies', 'app.rego'), policyV2);
    await waitFor(() => reloads.length >= 1);
    expect(reloads.at(-1)).toMatchObject({ ok: true });
    expect(server?.bundle.digest).not.toBe(first);
    expect((await post(`${url}/v1/data/app/allow`, '{"input":{}}')).json).toMatchObject({
      result: 'v2',
    });
    const count = reloads.length;
    writeFileSync(join(dir, 'policies', 'app.rego'), 'package app\nallow if {');
    await waitFor(() => reloads.length > count);
    expect(reloads.at(-1)).toMatchObject({ ok: false });
    expect(PolicyConfigError.isInstance((reloads.at(-1) as { error: unknown }).error)).toBe(true);
    expect((await post(`${url}/v1/data/app/allow`, '{"input":{}}')).json).toMatchObject({
      result: 'v2',
    });
  });

  it('serves an OPA bundle file and reloads it when it is replaced', async () => {
    const bundlePath = join(dir, 'bundle.tar.gz');
    const write = (source: string, revision: string): void =>
      writeFileSync(
        bundlePath,
        writeTarGz({
          '/.manifest': JSON.stringify({ revision }),
          '/app/app.rego': source,
          '/app/app_test.rego': 'package app\ntest_nothing if false',
          '/app/data.json': '{"users":["carol"]}',
        }),
      );
    write(policyV1, 'r1');
    const reloads: ReloadResult[] = [];
    const { url } = await start({ policies: bundlePath, onReload: (r) => reloads.push(r) });
    expect(server?.bundle.revision).toBe('r1');
    expect(
      (await post(`${url}/v1/data/app/allow`, '{"input":{"user":"carol"}}')).json,
    ).toMatchObject({ result: true });
    write(policyV2, 'r2');
    await waitFor(() => server?.bundle.revision === 'r2');
    expect((await post(`${url}/v1/data/app/allow`, '{"input":{}}')).json).toMatchObject({
      result: 'v2',
    });
  });

  it('serves an OPA bundle from a URL and reloads it on request', async () => {
    let revision = 'r1';
    const bundles = createServer((_request, response) => {
      response.end(
        writeTarGz({
          '/.manifest': JSON.stringify({ revision }),
          '/app/app.rego': revision === 'r1' ? policyV1 : policyV2,
          '/app/data.json': '{"users":["dave"]}',
        }),
      );
    });
    await new Promise<void>((resolve) => bundles.listen(0, '127.0.0.1', resolve));
    const { port } = bundles.address() as AddressInfo;
    try {
      const { url } = await start({ policies: `http://127.0.0.1:${port}/bundle.tar.gz` });
      expect(server?.bundle.revision).toBe('r1');
      expect(
        (await post(`${url}/v1/data/app/allow`, '{"input":{"user":"dave"}}')).json,
      ).toMatchObject({ result: true });
      revision = 'r2';
      expect(await server?.reload()).toMatchObject({ ok: true });
      expect(server?.bundle.revision).toBe('r2');
      expect((await post(`${url}/v1/data/app/allow`, '{"input":{}}')).json).toMatchObject({
        result: 'v2',
      });
    } finally {
      bundles.close();
    }
  });

  it('refuses to start on policies that do not compile, or an invalid address', async () => {
    await writeFile(join(dir, 'policies', 'app.rego'), 'package app\nallow if {');
    await expect(start()).rejects.toSatisfy(PolicyConfigError.isInstance);
    await writeFile(join(dir, 'policies', 'app.rego'), policyV1);
    await expect(start({ addr: 'localhost' })).rejects.toThrow(/invalid address/);
  });
});
