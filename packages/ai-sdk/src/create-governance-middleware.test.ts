import { generateText, isStepCount, streamText, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { scriptedModel } from './__fixtures__/model-steps.js';
import { scriptedGovernor } from './__fixtures__/scripted-governor.js';
import { TEST_TOOL_NAMES, testTools } from './__fixtures__/test-tools.js';
import { createAiSdkGovernance } from './create-ai-sdk-governance.js';

function setup(budgets: Record<string, number> = {}, disclosure: 'learned' | 'probe' = 'probe') {
  const { governor, audit } = scriptedGovernor();
  const session = governor.session({ principal: { id: 'u1', roles: [] }, scopes: [], budgets });
  const governance = createAiSdkGovernance({
    session,
    tools: TEST_TOOL_NAMES,
    disclosure,
    estimateInputTokens: () => 1,
  });
  const ran: string[] = [];
  return { governance, audit, ran, tools: testTools(ran) };
}

const fourSearches = {
  calls: ['a', 'b', 'c', 'd'].map((q) => ({ id: `s-${q}`, tool: 'search', input: { q } })),
};

describe('governance middleware', () => {
  it('hides a tool from the next step once a call of it was denied outright', async () => {
    const { governance, tools } = setup({}, 'learned');
    const model = scriptedModel([
      { calls: [{ id: 'd1', tool: 'dropTable', input: { table: 'users' } }] },
      { text: 'ok' },
    ]);
    await generateText({
      model: wrapLanguageModel({ model, middleware: governance.middleware }),
      tools,
      prompt: 'hi',
      stopWhen: isStepCount(3),
      ...governance.settings,
    });
    const seen = model.doGenerateCalls.map((call) => call.tools?.map((tool) => tool.name));
    expect(seen).toEqual([
      ['search', 'dropTable', 'refund', 'mcpFetch'],
      ['search', 'refund', 'mcpFetch'],
    ]);
  });

  it('with probing, removes tools denied outright before the first step', async () => {
    const { governance, tools } = setup();
    const model = scriptedModel([{ text: 'hello' }]);
    await generateText({
      model: wrapLanguageModel({ model, middleware: governance.middleware }),
      tools,
      prompt: 'hi',
    });
    const seen = model.doGenerateCalls[0]?.tools?.map((tool) => tool.name);
    expect(seen).toEqual(['search', 'refund', 'mcpFetch']);
  });

  for (const mode of ['generate', 'stream'] as const) {
    it(`denies every call of a step whose plan is denied (${mode})`, async () => {
      const { governance, tools, ran, audit } = setup();
      const model = wrapLanguageModel({
        model: scriptedModel([fourSearches, { text: 'gave up' }]),
        middleware: governance.middleware,
      });
      const options = { model, tools, prompt: 'search', stopWhen: isStepCount(3) };
      const settings = governance.settings;
      const text =
        mode === 'generate'
          ? (await generateText({ ...options, ...settings })).text
          : await streamText({ ...options, ...settings }).text;
      expect(text).toBe('gave up');
      expect(ran).toEqual([]);
      const plans = audit.records.filter(
        (record) =>
          record.type === 'decision' && (record.event as { kind: string }).kind === 'agent.plan',
      );
      expect(plans).toHaveLength(1);
      expect(plans[0]).toMatchObject({
        event: { action: { step_count: 4 } },
        decision: { effect: 'deny', reasons: [{ code: 'plan.too_many_steps' }] },
      });
    });

    it(`commits the tokens a model call reports (${mode})`, async () => {
      const { governance, audit } = setup({ tokens: 1000 });
      const model = wrapLanguageModel({
        model: scriptedModel([{ text: 'hi' }]),
        middleware: governance.middleware,
      });
      if (mode === 'generate') await generateText({ model, prompt: 'hi' });
      else await streamText({ model, prompt: 'hi' }).text;
      const budget = audit.records.find((record) => record.type === 'budget');
      expect(budget).toMatchObject({ status: 'committed', actual: { tokens: 15 } });
    });
  }
});
