/**
 * `pnpm bench`: the adapter's overhead per tool call. The same agent (a cycling scripted model,
 * one trivial tool) runs bare and governed with {@link governAgent}, on the embedded engine and
 * the reference policies; the difference, divided by the tool calls, is the overhead. Governed
 * runs also decide a model.call and an agent.plan per turn, as a real agent would.
 */
import { fileURLToPath } from 'node:url';
import {
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  type Governor,
  loadPolicyDirectory,
} from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';
import { type GovernAgentOptions, governAgent } from '@kitelogik/openai-agents';
import { Agent, type Model, type ModelResponse, Runner, tool, Usage } from '@openai/agents-core';
import { z } from 'zod';

const TURNS = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 150);
const WARMUP = 30;

const lookup = tool({
  name: 'crm_get_customer',
  description: 'look a customer up',
  parameters: z.object({ id: z.string() }),
  execute: ({ id }) => `customer ${id}`,
});

let callCounter = 0;
// Proposes one call a turn for TURNS turns, then answers; call ids never repeat.
function cyclingModel(): Model {
  let turn = 0;
  return {
    async getResponse(): Promise<ModelResponse> {
      const usage = new Usage({ requests: 1, inputTokens: 20, outputTokens: 5, totalTokens: 25 });
      const current = turn;
      turn = (turn + 1) % (TURNS + 1);
      if (current === TURNS) {
        const text = { type: 'output_text' as const, text: 'done' };
        return {
          usage,
          output: [{ type: 'message', role: 'assistant', status: 'completed', content: [text] }],
        };
      }
      const callId = `call_${callCounter++}`;
      const args = JSON.stringify({ id: `C-${current}` });
      return {
        usage,
        output: [{ type: 'function_call', name: 'crm_get_customer', callId, arguments: args }],
      };
    },
    getStreamedResponse() {
      throw new Error('not used');
    },
  };
}

const policies = await loadPolicyDirectory(
  fileURLToPath(new URL('../../../policies', import.meta.url)),
);
const prepared = await createRegoEngine().prepare(policies);
const reference = createGovernor({
  prepared,
  audit: createMemoryAuditSink(),
  framework: 'openai-agents',
});
// The same adapter on an engine that allows everything at once: the adapter's own cost.
const allowAll = createGovernor({
  engine: createScriptedEngine(() => ({ effect: 'allow', reasons: [] })),
  policies,
  audit: createMemoryAuditSink(),
  framework: 'openai-agents',
});

function governed(governor: Governor, options: GovernAgentOptions = {}): Agent {
  const session = governor.session({
    principal: { id: 'bench', roles: [] },
    scopes: ['tool:crm.get_customer'],
    budgets: {},
    agent: { name: 'bench' },
  });
  const agent = new Agent({ name: 'bench', model: cyclingModel(), tools: [lookup] });
  return governAgent(agent, session, {
    toolNames: { crm_get_customer: 'crm.get_customer' },
    ...options,
  });
}

const variants: Record<string, Agent> = {
  baseline: new Agent({ name: 'bench', model: cyclingModel(), tools: [lookup] }),
  governed: governed(reference),
  'without plans': governed(reference, { checkPlans: false }),
  'adapter only': governed(allowAll),
};

const runner = new Runner({ tracingDisabled: true });
async function timeRuns(agent: Agent, runs: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const result = await runner.run(agent, 'go', { maxTurns: TURNS + 2 });
    if (result.finalOutput !== 'done' || result.newItems.length !== 2 * TURNS + 1) {
      throw new Error('the scripted run went wrong');
    }
  }
  return performance.now() - started;
}

const perCall: Record<string, number> = {};
for (const [name, agent] of Object.entries(variants)) {
  await timeRuns(agent, WARMUP);
  perCall[name] = ((await timeRuns(agent, RUNS)) * 1000) / (RUNS * TURNS);
}
const baseline = perCall.baseline ?? Number.NaN;
console.log(`${RUNS} runs x ${TURNS} tool calls; governed: reference policies, embedded engine`);
console.log('adapter only: the same adapter on an allow-everything scripted engine');
for (const [name, micros] of Object.entries(perCall)) {
  const overhead =
    name === 'baseline' ? '' : `  overhead ${(micros - baseline).toFixed(0)} us/call`;
  console.log(
    `${name.padEnd(14)} ${micros.toFixed(0).padStart(6)} us/call  x${(micros / baseline).toFixed(2)}${overhead}`,
  );
}
