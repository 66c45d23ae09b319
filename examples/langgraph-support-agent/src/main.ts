import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createJsonlAuditSink } from '@kitelogik/core';
import { type ApprovalResponse, isApprovalRequest } from '@kitelogik/langgraph';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { Command } from '@langchain/langgraph';
import { scriptedBillingModel, scriptedSupportModel } from './scripted-models.ts';
import { createSupportAgent, createSupportGovernor, type SupportModels } from './support-agent.ts';
import { executed } from './support-tools.ts';
import { createTranscriptSink } from './transcript-sink.ts';

const print = (line: string): void => console.log(line);
const KEY_ENV = 'KITELOGIK_DEMO_AUDIT_KEY';
const auditKey = process.env[KEY_ENV] ?? 'demo-only-audit-key';

async function chooseModels(): Promise<SupportModels> {
  if (process.env.OPENAI_API_KEY === undefined) {
    print('Model: scripted fakeModel() (set OPENAI_API_KEY to use a real OpenAI model)\n');
    return { support: scriptedSupportModel(), billing: scriptedBillingModel() };
  }
  const { ChatOpenAI } = await import('@langchain/openai');
  const model = process.env.OPENAI_MODEL ?? 'gpt-4.1-mini';
  print(`Model: OpenAI ${model}\n`);
  const real = (): BaseChatModel => new ChatOpenAI({ model }) as unknown as BaseChatModel;
  return { support: real(), billing: real() };
}

function printMessages(messages: readonly BaseMessage[], from: number): void {
  for (const message of messages.slice(from)) {
    const text = typeof message.content === 'string' ? message.content : '[content]';
    if (ToolMessage.isInstance(message)) print(`  tool    ${message.name} -> ${text}`);
    else if (message.getType() === 'ai' && text !== '') print(`  model   ${text}`);
  }
}

// The manager answering approvals in this demo: refunds up to 500 EUR are fine.
function managerAnswer(value: { args: unknown }): ApprovalResponse {
  const amount = (value.args as { amount?: unknown }).amount;
  const isSmall = typeof amount !== 'number' || amount <= 500;
  return isSmall
    ? { decision: 'approve', approver: 'user:maria', comment: 'customer is in good standing' }
    : { decision: 'reject', approver: 'user:maria' };
}

const logPath = join(mkdtempSync(join(tmpdir(), 'kitelogik-demo-')), 'audit.jsonl');
const sink = createTranscriptSink(
  await createJsonlAuditSink({ path: logPath, hmacKey: auditKey }),
  print,
);
const agent = createSupportAgent(await createSupportGovernor(sink), await chooseModels());
const config = {
  configurable: { thread_id: 'ticket-1042' },
  context: {
    principal: { id: 'user-17', roles: ['support_agent'], tenant: 'acme' },
    scopes: [
      'tool:crm.get_customer',
      'tool:payments.refund',
      'tool:fs.write',
      'fs:write:/workspace/**',
    ],
  },
};

print('Ticket 1042: "Ada was charged twice for order O-7; please refund 300 EUR and note it."\n');
let seen = 1;
let state = await agent.invoke(
  {
    messages: [
      {
        role: 'user',
        content:
          'Ada (C-42) was charged twice for order O-7: refund 300 EUR, note it in a file, and have billing check the order.',
      },
    ],
  },
  config,
);
for (let round = 0; round < 5 && (state.__interrupt__?.length ?? 0) > 0; round++) {
  printMessages(state.messages, seen);
  seen = state.messages.length;
  const resume: Record<string, ApprovalResponse> = {};
  for (const pending of state.__interrupt__ ?? []) {
    if (pending.id === undefined || !isApprovalRequest(pending.value)) continue;
    const answer = managerAnswer(pending.value);
    print(
      `  PAUSED  ${pending.value.name} ${JSON.stringify(pending.value.args)} waits for ${pending.value.approvers.join(', ') || 'a human'}`,
    );
    print(`  resume  ${answer.approver}: ${answer.decision}`);
    resume[pending.id] = answer;
  }
  state = await agent.invoke(new Command({ resume }), config);
}
printMessages(state.messages, seen);
await sink.close();

print(`\nTools that actually ran: ${executed.join(', ') || 'none'}`);
print(`\n$ kitelogik audit verify ${logPath} --key-env ${KEY_ENV}`);
const require = createRequire(import.meta.url);
const cliPackage = require.resolve('kitelogik/package.json');
const cliBin = join(dirname(cliPackage), 'dist', 'cli.js');
const verified = execFileSync(
  process.execPath,
  [cliBin, 'audit', 'verify', logPath, '--key-env', KEY_ENV],
  {
    env: { ...process.env, [KEY_ENV]: auditKey },
    encoding: 'utf8',
  },
);
print(verified.trim());
