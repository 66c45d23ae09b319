import { describe, expect, it } from 'vitest';
import { scriptedModel } from './__fixtures__/model-steps.js';
import {
  decisionLines,
  REFERENCE_TOOL_NAMES,
  ROOT_SCOPES,
  referenceSetup,
} from './__fixtures__/reference-setup.js';
import { RUN_MODES, runGoverned, toolOutputs } from './__fixtures__/run-modes.js';

// Proofs on the embedded Rego engine with the reference policies (/policies).

const ask = () => [{ role: 'user' as const, content: 'research kites' }];

const writes = (count: number) => ({
  calls: Array.from({ length: count }, (_, i) => ({
    id: `w${i}`,
    tool: 'writeFile',
    input: { path: `/workspace/kites-${i}.md`, content: 'notes' },
  })),
});

const searches = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    calls: [{ id: `s${i}`, tool: 'searchWeb', input: { query: `kites ${i}` } }],
  }));

describe.each(RUN_MODES)('model middleware under the reference policies (%s)', (mode) => {
  it('removes tools denied outright for this agent from params.tools', async () => {
    const scopes = ROOT_SCOPES.filter((scope) => scope !== 'tool:payments.refund');
    const { governance, tools, audit } = await referenceSetup({
      scopes,
      governance: { disclosure: 'probe' },
    });
    const model = scriptedModel([{ text: 'nothing to do' }]);
    await runGoverned({ mode, model, governance, tools, messages: ask() });
    const call = mode === 'streamText' ? model.doStreamCalls[0] : model.doGenerateCalls[0];
    const offered = call?.tools?.map((tool) => tool.name) ?? [];
    expect(offered.sort()).toEqual(['fetchPage', 'searchDocs', 'searchWeb', 'writeFile']);
    expect(Object.keys(tools)).toEqual(Object.keys(REFERENCE_TOOL_NAMES));
    // Probes are previews: none of them is a decision in the audit log.
    expect(decisionLines(audit).filter((line) => line.startsWith('tool.call'))).toEqual([]);
  });

  it('checks each step as a plan: a plan over plan.max_steps denies every call of it', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([writes(21), { text: 'too ambitious' }]);
    const result = await runGoverned({ mode, model, governance, tools, messages: ask() });
    expect(ran).toEqual([]);
    const outputs = toolOutputs(result.responseMessages);
    expect(outputs).toHaveLength(21);
    expect(outputs.every((line) => line.includes('plan.too_many_steps'))).toBe(true);
    expect(decisionLines(audit)).toContain('agent.plan deny plan.too_many_steps');
  });

  it('asks once per call when the plan needs approval, and runs the calls once approved', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([writes(4), { text: 'written' }]);
    const messages = ask() as Parameters<typeof runGoverned>[0]['messages'];
    const paused = await runGoverned({ mode, model, governance, tools, messages });
    const requests = paused.content.filter(
      (part) => part.type === 'tool-approval-request' && part.isAutomatic !== true,
    );
    expect(requests).toHaveLength(4);
    expect(JSON.stringify(requests)).toContain('plan.many_writes');
    messages.push(...paused.responseMessages, {
      role: 'tool',
      content: requests.map((part) => ({
        type: 'tool-approval-response' as const,
        approvalId: part.type === 'tool-approval-request' ? part.approvalId : '',
        approved: true,
      })),
    });
    await runGoverned({ mode, model, governance, tools, messages });
    expect(ran).toHaveLength(4);
    const plans = decisionLines(audit).filter((line) => line.startsWith('agent.plan'));
    expect(plans).toEqual(['agent.plan require_approval plan.many_writes']);
    expect(audit.records.filter((record) => record.type === 'approval')).toHaveLength(1);
  });

  it('commits the tokens each model call used', async () => {
    const { governance, tools, audit } = await referenceSetup({ budgets: { tokens: 10_000 } });
    const model = scriptedModel([...searches(1), { text: 'done' }]);
    await runGoverned({ mode, model, governance, tools, messages: ask() });
    const commits = audit.records.filter((r) => r.type === 'budget' && r.status === 'committed');
    const tokens = commits.flatMap(
      (r) => ((r as { actual?: { tokens?: number } }).actual?.tokens ?? []) as number[],
    );
    expect(tokens).toEqual([15, 15]);
  });

  it('ends the loop when the token budget is exhausted (stopWhen)', async () => {
    const { governance, tools, ran } = await referenceSetup({ budgets: { tokens: 40 } });
    const model = scriptedModel([...searches(6), { text: 'done' }]);
    const result = await runGoverned({
      mode,
      model,
      governance,
      tools,
      messages: ask(),
      maxSteps: 10,
    });
    // 15 tokens a call: after the third call 45 > 40, so that step's search is denied and the loop ends.
    expect(ran).toEqual(['search.web kites 0', 'search.web kites 1']);
    expect(result.steps).toHaveLength(3);
    expect(toolOutputs(result.responseMessages).at(-1)).toContain('budget.exhausted');
    expect(await governance.budgetExhausted()).toBe(true);
  });

  it('ends the loop at the wall-clock budget: the next model call is refused', async () => {
    let now = 1_000_000;
    const { governance, tools, ran } = await referenceSetup({
      budgets: { wall_ms: 50 },
      clock: { now: () => now },
      onRun: () => {
        now += 40;
      },
    });
    const model = scriptedModel([...searches(6), { text: 'done' }]);
    const result = await runGoverned({
      mode,
      model,
      governance,
      tools,
      messages: ask(),
      maxSteps: 10,
    });
    // 40 ms per search on the governor's clock: the loop ends once 50 ms are spent ...
    expect(ran).toEqual(['search.web kites 0', 'search.web kites 1']);
    expect(result.steps).toHaveLength(2);
    expect(await governance.budgetExhausted()).toBe(true);
    // ... and the model call after it is refused with the reason.
    const refused = await runGoverned({ mode, model, governance, tools, messages: ask() });
    expect(refused.text).toContain('budget.exhausted');
  });
});
