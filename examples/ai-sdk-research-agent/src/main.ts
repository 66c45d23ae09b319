// A research agent on the Vercel AI SDK, governed by kitelogik with the reference policies.
// Offline by default (scripted model); set OPENAI_API_KEY to run it against a real model.
// It shows an allow, a deny, an approval round trip, a sub-agent and a budget stop, prints every
// decision as it is recorded, and ends by verifying the tamper-evident audit log.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AiSdkGovernance, createAiSdkGovernance, createSubAgentTool } from '@kitelogik/ai-sdk';
import {
  createGovernor,
  createJsonlAuditSink,
  createRegoEngine,
  loadPolicyDirectory,
  type Session,
  verifyAuditLog,
} from '@kitelogik/core';
import { isStepCount, type ModelMessage, ToolLoopAgent, type ToolSet, wrapLanguageModel } from 'ai';
import { liveModel, modelFor } from './choose-model.ts';
import { printTranscript } from './print-transcript.ts';
import { researchTools, TOOL_NAMES } from './research-tools.ts';
import type { Turn } from './scripted-model.ts';

const isQuiet = process.argv.includes('--quiet');
const say = (line: string): void => {
  if (!isQuiet) console.log(line);
};

const HMAC_KEY = 'research-agent-demo-key';
const auditPath = join(tmpdir(), `kitelogik-ai-sdk-research-${process.pid}.jsonl`);
const audit = printTranscript(await createJsonlAuditSink({ path: auditPath, hmacKey: HMAC_KEY }), {
  isQuiet,
  showModelCalls: false,
});
const policies = await loadPolicyDirectory(
  fileURLToPath(new URL('../../../policies', import.meta.url)),
);
const governor = createGovernor({
  engine: createRegoEngine(),
  policies,
  audit,
  framework: 'ai-sdk',
  deadlineMs: 1000,
});
const live = await liveModel();
const checks: { name: string; ok: boolean }[] = [];

const INSTRUCTIONS =
  'You are a research agent. Do exactly what the user asks with the tools you have. ' +
  'If a tool call is denied, do not retry it; say what happened.';

function openSession(budgets: { tokens?: number; tool_calls?: number }): Session {
  return governor.session({
    principal: { id: 'alice', roles: ['analyst'], tenant: 'acme' },
    scopes: ['tool:search.web', 'tool:fs.write', 'fs:write:/workspace/**', 'tool:payments.refund'],
    budgets,
    agent: { name: 'research-agent' },
  });
}

function agentFor(governance: AiSdkGovernance, turns: readonly Turn[], tools: ToolSet) {
  return new ToolLoopAgent({
    model: wrapLanguageModel({ model: modelFor(live, turns), middleware: governance.middleware }),
    instructions: INSTRUCTIONS,
    tools,
    stopWhen: [isStepCount(8), governance.budgetExhausted],
    ...governance.settings,
  });
}

function showToolResults(messages: readonly ModelMessage[]): string[] {
  const outputs: string[] = [];
  for (const message of messages) {
    if (message.role !== 'tool') continue;
    for (const part of message.content) {
      if (part.type !== 'tool-result') continue;
      const output = part.output as { type: string; value?: unknown; reason?: string };
      const text =
        output.type === 'execution-denied' ? `denied: ${output.reason}` : String(output.value);
      outputs.push(`${part.toolName}: ${text}`);
      say(`      -> ${part.toolName}: ${text}`);
    }
  }
  return outputs;
}

const session = openSession({ tokens: 50_000, tool_calls: 20 });
const governance = createAiSdkGovernance({ session, tools: TOOL_NAMES, approver: 'manager:bob' });

// 1. Allow and deny.
say(`\n== 1. Allow and deny ${live ? '(live model)' : '(scripted model)'}`);
const researchPrompt =
  'Search the web for how kites fly, drop the old "sources" table, save a short note to ' +
  '/workspace/kites.md and also to /etc/cron.d/kites.';
say(`user: ${researchPrompt}`);
const research = await agentFor(
  governance,
  [
    { calls: [{ tool: 'searchWeb', input: { query: 'how do kites fly' } }] },
    { calls: [{ tool: 'dropTable', input: { table: 'sources' } }] },
    { calls: [{ tool: 'writeNote', input: { path: '/workspace/kites.md', content: 'Lift!' } }] },
    { calls: [{ tool: 'writeNote', input: { path: '/etc/cron.d/kites', content: 'Lift!' } }] },
    {
      text: 'Notes saved to /workspace/kites.md; dropping tables and writing to /etc are not allowed.',
    },
  ],
  researchTools,
).generate({ prompt: researchPrompt });
const researchOutputs = showToolResults(research.responseMessages);
say(`agent: ${research.text}`);
checks.push({
  name: 'search allowed, drop and /etc write denied',
  ok:
    researchOutputs.some((line) => line.startsWith('searchWeb: 3 results')) &&
    researchOutputs.some(
      (line) => line.startsWith('dropTable: denied') && line.includes('tool.denied'),
    ),
});

// 2. An approval round trip.
say('\n== 2. Approval round trip');
const refundPrompt = 'Customer C-7 was charged twice: refund them $300.';
say(`user: ${refundPrompt}`);
const refundAgent = agentFor(
  governance,
  [
    { calls: [{ tool: 'refund', input: { customer: 'C-7', amount: 300 } }] },
    { text: 'Refunded $300 to C-7.' },
  ],
  researchTools,
);
const messages: ModelMessage[] = [{ role: 'user', content: refundPrompt }];
const paused = await refundAgent.generate({ messages });
const requests = paused.content.filter(
  (part) => part.type === 'tool-approval-request' && part.isAutomatic !== true,
);
for (const request of requests) {
  if (request.type === 'tool-approval-request') say(`  (waiting for a human: ${request.reason})`);
}
say('  manager:bob approves');
messages.push(...paused.responseMessages, {
  role: 'tool',
  content: requests.flatMap((part) =>
    part.type === 'tool-approval-request'
      ? [{ type: 'tool-approval-response' as const, approvalId: part.approvalId, approved: true }]
      : [],
  ),
});
const refunded = await refundAgent.generate({ messages });
const refundOutputs = showToolResults(refunded.responseMessages);
say(`agent: ${refunded.text}`);
checks.push({
  name: 'refund ran once after approval',
  ok: requests.length > 0 && refundOutputs.some((line) => line.startsWith('refund: refunded')),
});

// 3. A sub-agent, streamed.
say('\n== 3. A sub-agent (streamed)');
const researcher = createSubAgentTool({
  governance,
  name: 'researcher',
  description: 'A researcher that can only search the web. Give it a task.',
  child: {
    name: 'researcher',
    requested_scopes: ['tool:search.web'],
    budget: { tokens: 2000, tool_calls: 3 },
  },
  createAgent: ({ governance: child }) =>
    agentFor(
      child,
      [
        { calls: [{ tool: 'searchWeb', input: { query: 'kite tether materials' } }] },
        { text: 'Most kite lines are Dyneema or Kevlar.' },
      ],
      { searchWeb: researchTools.searchWeb },
    ),
});
const delegatePrompt = 'Ask the researcher what kite lines are made of, then answer in one line.';
say(`user: ${delegatePrompt}`);
const delegated = await agentFor(
  governance,
  [
    { calls: [{ tool: 'researcher', input: { task: 'What are kite lines made of?' } }] },
    { text: 'Kite lines are mostly Dyneema or Kevlar.' },
  ],
  { ...researchTools, researcher },
).stream({ prompt: delegatePrompt });
let streamed = '';
for await (const delta of delegated.textStream) streamed += delta;
const delegateOutputs = showToolResults(await delegated.responseMessages);
say(`agent: ${streamed}`);
checks.push({
  name: 'sub-agent spawned and answered',
  ok: delegateOutputs.some((line) => line.startsWith('researcher:') && !line.includes('denied')),
});

// 4. A budget stop.
say('\n== 4. Budget stop (a 400-token budget)');
const small = createAiSdkGovernance({
  session: openSession({ tokens: 400 }),
  tools: TOOL_NAMES,
});
const loopPrompt = 'Search the web for kite records, one search at a time, as many as you can.';
say(`user: ${loopPrompt}`);
const looped = await agentFor(
  small,
  Array.from({ length: 6 }, (_, i) => ({
    calls: [{ tool: 'searchWeb', input: { query: `kite record ${i + 1}` } }],
  })),
  researchTools,
).generate({ prompt: loopPrompt });
showToolResults(looped.responseMessages);
say(`agent: ${looped.text || '(stopped)'}`);
const isSmallExhausted = await small.budgetExhausted();
say(`  stopped after ${looped.steps.length} steps; budget exhausted: ${isSmallExhausted}`);
checks.push({ name: 'loop stopped on the token budget', ok: isSmallExhausted });

// The audit log: closed, then verified (hash chain, HMACs, closing checkpoint).
await audit.close();
const verified = await verifyAuditLog({ path: auditPath, hmacKey: HMAC_KEY });
say(
  verified.ok
    ? `\naudit log verified: ${verified.records.length} records, head ${verified.head.slice(0, 16)}…\n  ${auditPath}`
    : `\naudit log FAILED verification at line ${verified.line}: ${verified.message}`,
);
checks.push({ name: 'audit log verifies', ok: verified.ok });

const failed = live
  ? checks.filter((check) => check.name === 'audit log verifies' && !check.ok)
  : checks.filter((check) => !check.ok);
for (const check of failed) console.error(`check failed: ${check.name}`);
process.exitCode = failed.length > 0 ? 1 : 0;
