import { fileURLToPath } from 'node:url';
import {
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  type Decision,
  loadPolicyDirectory,
} from '@kitelogik/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceEvents } from './__fixtures__/reference-events.js';
import { type ServerProcess, spawnServer } from './__fixtures__/spawn-server.js';
import { opaHttpEngine } from './http/opa-http-engine.js';

// The same reference events, decided by the embedded engine in-process and by opaHttpEngine
// against a decision server process serving the same policy directory, must agree exactly.
// (A Wasm parity leg needs `opa build -t wasm` of these policies, which is not available here.)

const policies = fileURLToPath(new URL('../../../policies', import.meta.url));
const entrypoint = 'data.kitelogik.main.decision';
let server: ServerProcess;

beforeAll(async () => {
  server = await spawnServer(['--policies', policies]);
});

afterAll(async () => {
  await server?.stop();
});

async function decideAll(
  governor: ReturnType<typeof createGovernor>,
): Promise<Record<string, Decision>> {
  const decisions: Record<string, Decision> = {};
  for (const { name, event } of referenceEvents) {
    decisions[name] = (await governor.decideEvent(event)).decision;
  }
  return decisions;
}

describe('parity: embedded engine and opaHttpEngine against the decision server', () => {
  it('gives the same decisions for every reference event', async () => {
    const bundle = await loadPolicyDirectory(policies);
    const embedded = await decideAll(
      createGovernor({
        engine: createRegoEngine(),
        policies: bundle,
        deadlineMs: 2000,
        audit: createMemoryAuditSink(),
      }),
    );
    const overHttp = await decideAll(
      createGovernor({
        engine: opaHttpEngine({ url: server.url, timeoutMs: 2000 }),
        policies: bundle,
        deadlineMs: 2000,
        audit: createMemoryAuditSink(),
      }),
    );
    expect(overHttp).toEqual(embedded);
    expect(Object.values(overHttp).map((decision) => decision.effect)).toEqual(
      referenceEvents.map((reference) => reference.effect),
    );
  });

  it('gives the same raw documents for the reference events', async () => {
    const bundle = await loadPolicyDirectory(policies);
    const local = await createRegoEngine().prepare(bundle);
    const remote = await opaHttpEngine({ url: server.url }).prepare(bundle);
    for (const { event } of referenceEvents) {
      const request = { query: entrypoint, input: event, deadlineMs: 2000 };
      expect((await remote.evaluate(request)).value).toEqual((await local.evaluate(request)).value);
    }
  });
});
