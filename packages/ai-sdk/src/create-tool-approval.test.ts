import { generateText, isStepCount, type ModelMessage, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scriptedModel } from './__fixtures__/model-steps.js';
import { scriptedGovernor } from './__fixtures__/scripted-governor.js';
import { createAiSdkGovernance } from './create-ai-sdk-governance.js';

function setup() {
  const { governor, audit } = scriptedGovernor();
  const session = governor.session({
    principal: { id: 'u1', roles: [] },
    scopes: ['tool:*'],
    budgets: {},
  });
  const ran: string[] = [];
  const tools = {
    search: tool({
      inputSchema: z.object({ q: z.string() }),
      execute: async ({ q }) => {
        ran.push(`search:${q}`);
        return `results for ${q}`;
      },
    }),
    dropTable: tool({
      inputSchema: z.object({ table: z.string() }),
      execute: async ({ table }) => {
        ran.push(`drop:${table}`);
        return 'dropped';
      },
    }),
    refund: tool({
      inputSchema: z.object({ amount: z.number() }),
      execute: async ({ amount }) => {
        ran.push(`refund:${amount}`);
        return 'refunded';
      },
    }),
  };
  const governance = createAiSdkGovernance({
    session,
    tools: { dropTable: 'db.drop', refund: 'payments.refund' },
  });
  return { governance, tools, ran, audit };
}

describe('toolApproval', () => {
  it('runs an allowed call and denies a denied one with the policy reason', async () => {
    const { governance, tools, ran } = setup();
    const result = await generateText({
      model: scriptedModel([
        { calls: [{ id: 'c1', tool: 'search', input: { q: 'kites' } }] },
        { calls: [{ id: 'c2', tool: 'dropTable', input: { table: 'users' } }] },
        { text: 'done' },
      ]),
      tools,
      prompt: 'clean up',
      stopWhen: isStepCount(5),
      ...governance.settings,
    });
    expect(ran).toEqual(['search:kites']);
    const responses = result.steps.flatMap((step) =>
      step.content.filter((part) => part.type === 'tool-approval-response'),
    );
    expect(responses.map(({ approved, reason }) => ({ approved, reason }))).toEqual([
      { approved: true, reason: undefined },
      { approved: false, reason: 'denied by policy: tool denied (tool.denied)' },
    ]);
    const denial = result.responseMessages
      .flatMap((message) => (message.role === 'tool' ? message.content : []))
      .find((part) => part.type === 'tool-result' && part.toolCallId === 'c2');
    expect(denial).toMatchObject({
      output: { type: 'execution-denied', reason: 'denied by policy: tool denied (tool.denied)' },
    });
  });

  it('asks for approval, records the answer bound to the arguments, then runs the call', async () => {
    const { governance, tools, ran, audit } = setup();
    const model = scriptedModel([
      { calls: [{ id: 'r1', tool: 'refund', input: { amount: 300 } }] },
      { text: 'refunded' },
    ]);
    const messages: ModelMessage[] = [{ role: 'user', content: 'refund order 7' }];
    const first = await generateText({ model, tools, messages, ...governance.settings });
    const request = first.content.find((part) => part.type === 'tool-approval-request');
    expect(request?.type === 'tool-approval-request' && request.reason).toContain(
      'payments.approval',
    );
    expect(ran).toEqual([]);
    messages.push(...first.responseMessages, {
      role: 'tool',
      content: [
        {
          type: 'tool-approval-response',
          approvalId: request?.type === 'tool-approval-request' ? request.approvalId : '',
          approved: true,
        },
      ],
    });
    const second = await generateText({ model, tools, messages, ...governance.settings });
    expect(ran).toEqual(['refund:300']);
    expect(second.text).toBe('refunded');
    const approvals = audit.records.filter((record) => record.type === 'approval');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({ grant: { decision: 'approved', approver: 'user' } });
  });
});
