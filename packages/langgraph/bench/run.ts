/**
 * `pnpm bench`: the middleware's overhead per tool call. The same createAgent agent (scripted
 * model, one trivial tool) runs with and without kitelogikMiddleware, on the embedded engine
 * and the reference policies; the difference, divided by the tool calls, is the overhead.
 * Governed runs also decide a model.call and an agent.plan per turn, as a real agent would.
 */
import { fileURLToPath } from 'node:url';
import {
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  loadPolicyDirectory,
} from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';
import { kitelogikMiddleware } from '@kitelogik/langgraph';
import { tool } from '@langchain/core/tools';
import { createAgent, createMiddleware, FakeToolCallingModel } from 'langchain';
import { z } from 'zod';

const TURNS = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 150);
const WARMUP = 30;

const lookup = tool(async ({ id }) => `customer ${id}`, {
  name: 'crm_get_customer',
  description: 'look a customer up',
  schema: z.object({ id: z.string() }),
});

// Cycles modulo its script: every run proposes TURNS calls, one a turn, then answers.
function cyclingModel(): FakeToolCallingModel {
  const turns = Array.from({ length: TURNS }, (_, turn) => [
    { name: 'crm_get_customer', args: { id: `C-${turn}` }, id: `call_${turn}` },
  ]);
  return new FakeToolCallingModel({ toolCalls: [...turns, []] });
}

const policies = await loadPolicyDirectory(
  fileURLToPath(new URL('../../../policies', import.meta.url)),
);
const prepared = await createRegoEngine().prepare(policies);
const governor = createGovernor({
  prepared,
  audit: createMemoryAuditSink(),
  framework: 'langgraph',
});
const governance = {
  governor,
  toolNames: { crm_get_customer: 'crm.get_customer' },
  principal: { id: 'bench', roles: [] },
  scopes: ['tool:crm.get_customer'],
};
// The same middleware on an engine that allows everything at once: the adapter's own cost.
const allowAll = createGovernor({
  engine: createScriptedEngine(() => ({ effect: 'allow', reasons: [] })),
  policies,
  audit: createMemoryAuditSink(),
  framework: 'langgraph',
});
// The same three hooks doing nothing: what LangGraph charges for any such middleware.
const passThrough = createMiddleware({
  name: 'PassThrough',
  wrapToolCall: (request, handler) => handler(request),
  wrapModelCall: (request, handler) => handler(request),
  afterModel: () => undefined,
});
const variants = {
  baseline: createAgent({ model: cyclingModel(), tools: [lookup] }),
  'empty middleware': createAgent({
    model: cyclingModel(),
    tools: [lookup],
    middleware: [passThrough],
  }),
  governed: createAgent({
    model: cyclingModel(),
    tools: [lookup],
    middleware: [kitelogikMiddleware(governance)],
  }),
  'adapter only': createAgent({
    model: cyclingModel(),
    tools: [lookup],
    middleware: [kitelogikMiddleware({ ...governance, governor: allowAll })],
  }),
  'tool calls only': createAgent({
    model: cyclingModel(),
    tools: [lookup],
    middleware: [kitelogikMiddleware({ ...governance, checkPlans: false, checkModelCalls: false })],
  }),
};

let runId = 0;
async function timeRuns(agent: (typeof variants)['baseline'], runs: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const config = { configurable: { thread_id: `bench-${runId++}` }, recursionLimit: 200 };
    const result = await agent.invoke({ messages: [{ role: 'user', content: 'go' }] }, config);
    if (result.messages.length !== 2 * TURNS + 2) throw new Error('the scripted run went wrong');
  }
  return performance.now() - started;
}

const perCall: Record<string, number> = {};
for (const [name, agent] of Object.entries(variants)) {
  await timeRuns(agent, WARMUP);
  perCall[name] = ((await timeRuns(agent, RUNS)) * 1000) / (RUNS * TURNS);
}
const baseline = perCall.baseline ?? Number.NaN;
console.log(
  `${RUNS} runs x ${TURNS} tool calls; governed: reference policies on the embedded engine`,
);
console.log('adapter only: the same middleware on an allow-everything scripted engine');
for (const [name, micros] of Object.entries(perCall)) {
  const overhead =
    name === 'baseline' ? '' : `  overhead ${(micros - baseline).toFixed(0)} us/call`;
  console.log(
    `${name.padEnd(16)} ${micros.toFixed(0).padStart(6)} us/call  x${(micros / baseline).toFixed(2)}${overhead}`,
  );
}
