// Per-call overhead of governing an AI SDK agent: the same generateText loop (a scripted model:
// one step with one search call, then a text answer) with and without kitelogik. Governed runs
// use the embedded Rego engine, the reference policies (/policies) and an in-memory audit sink;
// each run makes 2 model.call, 1 agent.plan and 1 tool.call decision. Needs built dists
// (`pnpm turbo run build --filter=@kitelogik/ai-sdk...`).
import { fileURLToPath } from 'node:url';
import { createAiSdkGovernance } from '@kitelogik/ai-sdk';
import {
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  loadPolicyDirectory,
} from '@kitelogik/core';
import { generateText, isStepCount, tool, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { z } from 'zod';

const WARMUP = 200;
const RUNS = 2_000;
const DECISIONS_PER_RUN = 4;

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

function model(run: number): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    doGenerate: [
      {
        content: [
          {
            type: 'tool-call',
            toolCallId: `call_${run}`,
            toolName: 'searchWeb',
            input: JSON.stringify({ query: `kites ${run}` }),
          },
        ],
        finishReason: { unified: 'tool-calls', raw: undefined },
        usage,
        warnings: [],
      },
      {
        content: [{ type: 'text', text: 'done' }],
        finishReason: { unified: 'stop', raw: undefined },
        usage,
        warnings: [],
      },
    ],
  });
}

const tools = {
  searchWeb: tool({
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }) => `results for ${query}`,
  }),
};

const policies = await loadPolicyDirectory(
  fileURLToPath(new URL('../../../policies', import.meta.url)),
);
const governor = createGovernor({
  engine: createRegoEngine(),
  policies,
  audit: createMemoryAuditSink(),
  framework: 'ai-sdk',
});
const session = governor.session({
  principal: { id: 'user-42', roles: ['analyst'], tenant: 'acme' },
  scopes: ['tool:search.web'],
  budgets: { tool_calls: 10_000_000, tokens: 10_000_000_000 },
  agent: { name: 'bench' },
});
const governance = createAiSdkGovernance({ session, tools: { searchWeb: 'search.web' } });

async function plain(run: number): Promise<string> {
  const result = await generateText({
    model: model(run),
    tools,
    prompt: 'search kites',
    stopWhen: isStepCount(3),
  });
  return result.text;
}

async function governed(run: number): Promise<string> {
  const result = await generateText({
    model: wrapLanguageModel({ model: model(run), middleware: governance.middleware }),
    tools,
    prompt: 'search kites',
    stopWhen: [isStepCount(3), governance.budgetExhausted],
    ...governance.settings,
  });
  return result.text;
}

async function timeRuns(label: string, body: (run: number) => Promise<string>, offset: number) {
  for (let i = 0; i < WARMUP; i++) await body(offset + i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const text = await body(offset + WARMUP + i);
    times.push(Number(process.hrtime.bigint() - start) / 1000);
    if (text !== 'done') throw new Error(`${label}: unexpected answer ${text}`);
  }
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9), p99: at(0.99), mean };
}

// The same four decisions straight on the session, to split the adapter's own cost from the
// governor's and the engine's.
async function decisionsOnly(run: number): Promise<string> {
  const callId = `direct_${run}`;
  for (const step of [0, 1]) {
    const model = await session.decide({
      kind: 'model.call',
      model: 'mock',
      estimated_input_tokens: 10,
    });
    await session.settle(model.eventId, { status: 'succeeded', tokens: 15 });
    if (step === 1) break;
    const args = { query: `kites ${run}` };
    await session.decide({
      kind: 'agent.plan',
      callId: `plan:${callId}`,
      steps: [{ tool: 'search.web', args }],
    });
    const call = await session.decide({ kind: 'tool.call', callId, tool: 'search.web', args });
    if (call.decision.effect !== 'allow') throw new Error(JSON.stringify(call.decision));
    await session.settle(callId, { status: 'succeeded' });
  }
  return 'done';
}

// Interleave the two so drift (JIT, GC) hits both alike.
const base = await timeRuns('plain', plain, 0);
const gov = await timeRuns('governed', governed, 1_000_000);
const base2 = await timeRuns('plain', plain, 2_000_000);
const direct = await timeRuns('decisions', decisionsOnly, 3_000_000);
const baseline = Math.min(base.median, base2.median);
const overhead = gov.median - baseline;
const baselineMean = Math.min(base.mean, base2.mean);

const fmt = (us: number): string => `${us.toFixed(1)} µs`;
console.log(`@kitelogik/ai-sdk bench: ${RUNS} runs of generateText (2 model calls, 1 tool call)`);
console.log(`  without governance  median ${fmt(baseline)}`);
console.log(
  `  governed            median ${fmt(gov.median)}  p90 ${fmt(gov.p90)}  p99 ${fmt(gov.p99)}`,
);
console.log(
  `  overhead per run    ${fmt(overhead)}  (ratio ${(gov.median / baseline).toFixed(2)}x)`,
);
console.log(
  `  the 4 decisions     median ${fmt(direct.median)}  (made straight on the session, no AI SDK)`,
);
// Medians do not add up, so the split uses means (the tails are the engine's and the GC's).
const adapterMean = gov.mean - baselineMean - direct.mean;
console.log(
  `  means               plain ${fmt(baselineMean)}, governed ${fmt(gov.mean)}, decisions ${fmt(direct.mean)}`,
);
console.log(
  `  adapter's own cost  ≈ ${fmt(adapterMean)} a run (governed − plain − decisions, means)`,
);
console.log(
  `  per governed call   ${fmt(overhead / DECISIONS_PER_RUN)}  (${DECISIONS_PER_RUN} decisions a run: 2 model.call, 1 agent.plan, 1 tool.call)`,
);
