// A triage desk on the OpenAI Agents SDK, governed by kitelogik with the reference policies.
// Offline by default (one ScriptedModel per agent); set OPENAI_API_KEY to run it against a real
// model (OPENAI_MODEL picks which). It shows a sub-agent run as a tool, a denial, a hidden and a
// followed handoff, an approval round trip through a serialised RunState, a refund over the
// limit and a budget stop, prints every decision as it is recorded, and ends by verifying the
// tamper-evident audit log.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createGovernor,
  createJsonlAuditSink,
  createRegoEngine,
  loadPolicyDirectory,
  type Session,
  verifyAuditLog,
} from '@kitelogik/core';
import { type GovernAgentOptions, governAgent } from '@kitelogik/openai-agents';
import { type Agent, type Model, OpenAIProvider, Runner, RunState } from '@openai/agents';
import { printDecisions } from './print-decisions.ts';
import { budgetScript, desktopScript } from './scripted-models.ts';
import { TOOL_NAMES, triageAgents } from './triage-agents.ts';

const isQuiet = process.argv.includes('--quiet');
const say = (line: string): void => {
  if (!isQuiet) console.log(line);
};
const isLive = typeof process.env.OPENAI_API_KEY === 'string' && process.env.OPENAI_API_KEY !== '';
const liveModel = process.env.OPENAI_MODEL ?? 'gpt-4.1-mini';

const HMAC_KEY = 'triage-demo-key';
const auditPath = join(tmpdir(), `kitelogik-openai-triage-${process.pid}.jsonl`);
const audit = printDecisions(await createJsonlAuditSink({ path: auditPath, hmacKey: HMAC_KEY }), {
  isQuiet,
  showModelCalls: process.argv.includes('--model-calls'),
});
const governor = createGovernor({
  engine: createRegoEngine(),
  policies: await loadPolicyDirectory(fileURLToPath(new URL('../../../policies', import.meta.url))),
  audit,
  framework: 'openai-agents',
  deadlineMs: 1000,
});
const runner = new Runner({ tracingDisabled: true });
const options: GovernAgentOptions = {
  toolNames: TOOL_NAMES,
  agents: {
    researcher: { scopes: ['tool:crm.get_customer'] },
    billing: { scopes: ['tool:payments.refund'] },
    admin: { scopes: ['tool:db.drop'] },
  },
  ...(isLive ? { modelProvider: new OpenAIProvider() } : {}),
};

function openSession(budgets: { tokens?: number }): Session {
  return governor.session({
    principal: { id: 'dana.support', roles: ['support_agent'], tenant: 'acme' },
    scopes: ['tool:crm.get_customer', 'tool:payments.refund'],
    budgets,
    agent: { name: 'triage' },
  });
}

function desk(script: Record<string, Model>, session: Session): Agent {
  const agent = triageAgents((name) => (isLive ? liveModel : (script[name] as Model)));
  return governAgent(agent, session, options);
}

/** The manager's rule in this demo: refunds up to 500 EUR are approved, larger ones are not. */
function isApproved(argumentsJson: string | undefined): boolean {
  const amount = (JSON.parse(argumentsJson ?? '{}') as { amount?: unknown }).amount;
  return typeof amount === 'number' && amount <= 500;
}

say(
  `kitelogik x OpenAI Agents SDK, ${isLive ? `live model ${liveModel}` : 'offline (scripted models)'}`,
);
say('\n1. Triage: look C-42 up, try to drop a table, hand the refund to billing');
const governed = desk(desktopScript(), openSession({}));
let result = await runner.run(
  governed,
  'Customer C-42 says order #1009 arrived damaged and wants 300 EUR back. Also drop the customers table.',
);
while (result.interruptions.length > 0) {
  // A durable pause: the state is stored as a string and restored, as another process would.
  const stored = result.state.toString();
  const state = await RunState.fromString<undefined, Agent>(governed, stored);
  for (const item of state.getInterruptions()) {
    const approve = isApproved(item.arguments);
    say(
      `  ... ${item.agent.name} paused on ${item.name} ${item.arguments}: the manager says ${approve ? 'yes' : 'no'}`,
    );
    if (approve) state.approve(item);
    else state.reject(item, { message: 'The manager declined this refund.' });
  }
  result = await runner.run(governed, state);
}
say(`  => ${result.lastAgent?.name}: ${String(result.finalOutput)}`);

say('\n2. A session with a 2000-token budget');
const budgeted = desk(budgetScript(), openSession({ tokens: 2000 }));
const stopped = await runner.run(budgeted, 'Look up C-7, then C-42, then C-7 again.');
say(`  => ${String(stopped.finalOutput)}`);

await audit.close();
const verified = await verifyAuditLog({ path: auditPath, hmacKey: HMAC_KEY });
say(
  verified.ok
    ? `\nAudit log ${auditPath}: ${verified.records.length} records, chain and MACs verified.`
    : `\nAudit log broken at line ${verified.line}: ${verified.kind}: ${verified.message}`,
);
const isStopped = String(stopped.finalOutput).includes('budget.exhausted');
if (!verified.ok || (!isLive && !isStopped)) process.exitCode = 1;
