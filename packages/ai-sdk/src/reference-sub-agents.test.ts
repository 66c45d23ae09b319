import { verifyAuditLog } from '@kitelogik/core';
import { ToolLoopAgent, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { scriptedModel } from './__fixtures__/model-steps.js';
import { decisionLines, referenceSetup } from './__fixtures__/reference-setup.js';
import { RUN_MODES, runGoverned, toolOutputs } from './__fixtures__/run-modes.js';
import { createSubAgentTool, type SubAgentSetup } from './create-sub-agent-tool.js';

// Proofs on the embedded Rego engine with the reference policies (/policies).

const ask = () => [{ role: 'user' as const, content: 'research kites' }];

async function withResearcher(requestedScopes: readonly string[]) {
  // The child names no token limit, so it holds all the parent has left until it is closed.
  const setup = await referenceSetup({ budgets: { tokens: 10_000 } });
  const childModel = scriptedModel([
    { calls: [{ id: 'k1', tool: 'searchWeb', input: { query: 'kite physics' } }] },
    { text: 'kites fly on lift' },
  ]);
  const seen: SubAgentSetup[] = [];
  const researcher = createSubAgentTool({
    governance: setup.governance,
    name: 'researcher',
    description: 'researches a topic',
    child: { name: 'researcher', requested_scopes: requestedScopes, budget: { tool_calls: 5 } },
    createAgent: (child) => {
      seen.push(child);
      return new ToolLoopAgent({
        model: wrapLanguageModel({ model: childModel, middleware: child.governance.middleware }),
        tools: { searchWeb: setup.tools.searchWeb },
        runtimeContext: child.runtimeContext,
        ...child.governance.settings,
      });
    },
  });
  const parentModel = scriptedModel([
    { calls: [{ id: 'p1', tool: 'researcher', input: { task: 'how do kites fly?' } }] },
    { text: 'summary written' },
  ]);
  return { ...setup, tools: { ...setup.tools, researcher }, parentModel, seen };
}

describe.each(RUN_MODES)('sub-agents under the reference policies (%s)', (mode) => {
  it('spawns the child in a narrowed session: its calls are decided at depth 1', async () => {
    const { governance, tools, ran, audit, parentModel, seen } = await withResearcher([
      'tool:search.web',
    ]);
    const result = await runGoverned({
      mode,
      model: parentModel,
      governance,
      tools,
      messages: ask(),
    });
    expect(result.text).toBe('summary written');
    expect(ran).toEqual(['search.web kite physics']);
    expect(toolOutputs(result.responseMessages)).toEqual(['p1: text kites fly on lift']);
    expect(decisionLines(audit)).toContain('agent.spawn allow delegation.allowed');
    const child = audit.records.find(
      (record) =>
        record.type === 'decision' &&
        (record.event as { kind: string; agent: { depth: number } }).agent.depth === 1 &&
        (record.event as { kind: string }).kind === 'tool.call',
    );
    const childEvent = (child as { event?: unknown } | undefined)?.event;
    expect(childEvent).toMatchObject({
      agent: { name: 'researcher', depth: 1, scopes: ['tool:search.web'] },
      session: { principal: { id: 'user-42' } },
    });
    const lineage = (childEvent as { agent: { lineage: string[] } }).agent.lineage;
    expect(lineage).toEqual([governance.session.agent.id]);
    expect(seen[0]?.runtimeContext.kitelogik).toMatchObject({
      principal: { id: 'user-42', tenant: 'acme' },
      agent: { depth: 1, lineage },
    });
  });

  it('denies a child that asks for scopes its parent lacks, and never builds it', async () => {
    const { governance, tools, ran, parentModel, seen } = await withResearcher([
      'tool:search.web',
      'tool:db.drop',
    ]);
    const result = await runGoverned({
      mode,
      model: parentModel,
      governance,
      tools,
      messages: ask(),
    });
    expect(seen).toEqual([]);
    expect(ran).toEqual([]);
    expect(toolOutputs(result.responseMessages)[0]).toContain('delegation.scope_escalation');
  });
});

describe('shadow mode under the reference policies', () => {
  it('enforces nothing, and the audit says which decisions would have blocked', async () => {
    const { governance, tools, ran, audit } = await referenceSetup({
      governance: { shadow: true },
    });
    const model = scriptedModel([
      { calls: [{ id: 'd1', tool: 'dropTable', input: { table: 'users' } }] },
      { calls: [{ id: 's1', tool: 'searchWeb', input: { query: 'kites' } }] },
      { text: 'done' },
    ]);
    await runGoverned({ mode: 'generateText', model, governance, tools, messages: ask() });
    expect(ran).toEqual(['db.drop users', 'search.web kites']);
    const wouldBlock = audit.records.filter((record) => record.type === 'policy');
    expect(wouldBlock).toHaveLength(2);
    const denied = audit.records.find(
      (record) =>
        record.type === 'decision' &&
        (record.event as { action: { call_id?: string } }).action.call_id === 'd1',
    );
    const ids = wouldBlock.map((record) => (record as { event_id?: unknown }).event_id);
    expect(ids).toContain((denied as { event?: { id: string } } | undefined)?.event?.id);
    expect(wouldBlock[0]).toMatchObject({ mode: 'shadow', would_block: true, effect: 'deny' });
    const verified = await verifyAuditLog({ lines: audit.lines, requireCheckpointAtEnd: false });
    expect(verified.ok).toBe(true);
  });
});
