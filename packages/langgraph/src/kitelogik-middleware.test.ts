import { createGovernor, createMemoryAuditSink, createPolicyBundle } from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';
import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Command, MemorySaver } from '@langchain/langgraph';
import { createAgent, createMiddleware, fakeModel } from 'langchain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { referenceGovernor } from './__fixtures__/reference-governor.js';
import { supportTools, TOOL_NAMES } from './__fixtures__/support-tools.js';
import { kitelogikMiddleware } from './kitelogik-middleware.js';

const PRINCIPAL = { id: 'user-42', roles: ['support_agent'] };

function finished() {
  return fakeModel().respond(new AIMessage('done'));
}

describe('capability disclosure', () => {
  it('hides the tools the policy denies this agent outright, and only those', async () => {
    const { governor, audit } = await referenceGovernor();
    const seen: string[][] = [];
    const spy = createMiddleware({
      name: 'Spy',
      wrapModelCall: (request, handler) => {
        seen.push(request.tools.map((candidate) => String(candidate.name)));
        return handler(request);
      },
    });
    const agent = createAgent({
      model: finished(),
      tools: supportTools().tools,
      middleware: [
        kitelogikMiddleware({ governor, toolNames: TOOL_NAMES, hideDeniedTools: true }),
        spy,
      ],
    });
    await agent.invoke(
      { messages: [{ role: 'user', content: 'hi' }] },
      { context: { principal: PRINCIPAL, scopes: ['tool:crm.get_customer', 'tool:fs.write'] } },
    );
    // db.drop is denied for everyone; refunds, reads and email are out of this agent's scopes.
    expect(seen).toEqual([['crm_get_customer', 'fs_write']]);
    // The probes are previews: nothing about them reaches the audit log.
    const probed = audit.records.filter(
      (r) => r.type === 'decision' && (r as { event: { kind: string } }).event.kind === 'tool.call',
    );
    expect(probed).toHaveLength(0);
  });
});

describe('principal, session and scopes from the invoke context', () => {
  it('puts the context principal and scopes on every event', async () => {
    const { governor, audit } = await referenceGovernor();
    const agent = createAgent({
      model: finished(),
      tools: [],
      middleware: [kitelogikMiddleware({ governor, agentName: 'desk' })],
    });
    await agent.invoke(
      { messages: [{ role: 'user', content: 'hi' }] },
      {
        context: {
          principal: { id: 'user-7', roles: ['admin'], tenant: 'acme' },
          sessionId: 'sess_ticket_9',
          scopes: ['tool:search.web'],
          dataLabels: ['pii'],
        },
      },
    );
    const [record] = audit.records.filter((entry) => entry.type === 'decision');
    expect(record).toMatchObject({
      event: {
        session: {
          id: 'sess_ticket_9',
          principal: { id: 'user-7', roles: ['admin'], tenant: 'acme' },
          data_labels: ['pii'],
        },
        agent: { name: 'desk', depth: 0, scopes: ['tool:search.web'] },
      },
    });
  });

  it('refuses to run without a principal (fail closed, a configuration error)', async () => {
    const { governor } = await referenceGovernor();
    const agent = createAgent({
      model: finished(),
      tools: [],
      middleware: [kitelogikMiddleware({ governor })],
    });
    await expect(agent.invoke({ messages: [{ role: 'user', content: 'hi' }] })).rejects.toThrow(
      /needs a principal/,
    );
  });
});

describe('handoffs returned by undeclared tools', () => {
  it('replaces a Command.PARENT the policy does not allow with an error result', async () => {
    const governor = createGovernor({
      engine: createScriptedEngine((input) =>
        (input as { kind: string }).kind === 'agent.delegate'
          ? { effect: 'deny', reasons: [{ code: 'delegation.closed', message: 'no handoffs now' }] }
          : { effect: 'allow', reasons: [] },
      ),
      policies: createPolicyBundle({ modules: [{ path: 'p.rego', source: 'package p' }] }),
      audit: createMemoryAuditSink(),
      framework: 'langgraph',
    });
    const transfer = tool(async () => new Command({ goto: 'billing', graph: Command.PARENT }), {
      name: 'transfer',
      description: 'hand over',
      schema: z.object({}),
    });
    const agent = createAgent({
      model: fakeModel()
        .respondWithTools([{ id: 'h1', name: 'transfer', args: {} }])
        .respond(new AIMessage('kept the customer')),
      tools: [transfer],
      middleware: [kitelogikMiddleware({ governor, principal: PRINCIPAL })],
      checkpointer: new MemorySaver(),
    });
    const state = await agent.invoke(
      { messages: [{ role: 'user', content: 'hi' }] },
      { configurable: { thread_id: 'handoff-1' } },
    );
    const result = state.messages.filter(ToolMessage.isInstance)[0];
    expect(String(result?.content)).toContain('delegation.closed');
    expect(state.messages.at(-1)?.content).toBe('kept the customer');
  });
});
