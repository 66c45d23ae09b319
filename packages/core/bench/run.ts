// Governor overhead per decision: the scripted engine (so no policy cost), the JSONL audit sink
// writing to a temp file, the in-memory ledger and approval store. Each decide is timed alone.
// A second pass with a no-op audit sink separates the governor's own cost from the audit log's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AuditSink,
  createGovernor,
  createJsonlAuditSink,
  createPolicyBundle,
} from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';

const WARMUP = 5_000;
const RUNS = 20_000;
const TARGET_US = 15;

const allow = { effect: 'allow', reasons: [{ code: 'ok', message: 'allowed' }] };

interface Figures {
  readonly median: number;
  readonly p90: number;
  readonly p99: number;
}

async function measure(audit: AuditSink): Promise<Figures> {
  const governor = createGovernor({
    engine: createScriptedEngine(() => allow, { isRecording: false }),
    policies: createPolicyBundle({
      modules: [{ path: 'main.rego', source: 'package kitelogik.main' }],
    }),
    audit,
    cwd: '/workspace',
    tools: { 'fs.read': { tier: 'internal', annotations: { read_only: true } } },
  });
  const session = governor.session({
    principal: { id: 'user-42', roles: ['support_agent'], tenant: 'acme' },
    scopes: ['tool:*', 'fs:read:/workspace/**'],
    budgets: { tool_calls: 10_000_000, tokens: 10_000_000 },
    agent: { name: 'bench' },
  });
  const decideOnce = async (i: number): Promise<number> => {
    const callId = `call_${i}`;
    const start = process.hrtime.bigint();
    const outcome = await session.decide({
      kind: 'tool.call',
      callId,
      tool: 'fs.read',
      args: { path: `docs/file-${i % 100}.md`, limit: 200 },
    });
    const elapsed = process.hrtime.bigint() - start;
    if (outcome.decision.effect !== 'allow') {
      throw new Error(`unexpected ${outcome.decision.effect}: ${JSON.stringify(outcome.decision)}`);
    }
    // Settling is the adapter's next step; it is not part of the decision's overhead.
    await session.settle(callId, { status: 'succeeded' });
    return Number(elapsed) / 1000;
  };
  for (let i = 0; i < WARMUP; i++) await decideOnce(i);
  const samples = new Float64Array(RUNS);
  for (let i = 0; i < RUNS; i++) samples[i] = await decideOnce(WARMUP + i);
  samples.sort();
  const at = (q: number): number => samples[Math.min(RUNS - 1, Math.floor(q * RUNS))] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9), p99: at(0.99) };
}

function show(label: string, figures: Figures): void {
  const { median, p90, p99 } = figures;
  console.log(
    `  ${label.padEnd(22)} median ${median.toFixed(2)} µs   p90 ${p90.toFixed(2)} µs   p99 ${p99.toFixed(2)} µs`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'kitelogik-bench-'));
const jsonl = await createJsonlAuditSink({ path: join(dir, 'audit.jsonl') });
const withAudit = await measure(jsonl);
await jsonl.close();
rmSync(dir, { recursive: true, force: true });
const noop: AuditSink = {
  append: async () => ({}) as Awaited<ReturnType<AuditSink['append']>>,
  flush: async () => {},
  close: async () => {},
};
const governorOnly = await measure(noop);

console.log(`governor.decide, scripted engine, ${RUNS} decisions each timed alone:`);
show('JSONL audit sink', withAudit);
show('no-op audit sink', governorOnly);
console.log(
  `  target median < ${TARGET_US} µs with the JSONL sink: ${withAudit.median < TARGET_US ? 'met' : 'NOT met'}`,
);
