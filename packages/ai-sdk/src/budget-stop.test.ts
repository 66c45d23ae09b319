import { generateText, isStepCount, streamText, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { scriptedModel } from './__fixtures__/model-steps.js';
import { plumbingPolicy, scriptedGovernor } from './__fixtures__/scripted-governor.js';
import { TEST_TOOL_NAMES, testTools } from './__fixtures__/test-tools.js';
import { createAiSdkGovernance } from './create-ai-sdk-governance.js';

function setup(budgets: Record<string, number>) {
  const { governor, audit } = scriptedGovernor();
  const session = governor.session({ principal: { id: 'u1', roles: [] }, scopes: [], budgets });
  const governance = createAiSdkGovernance({
    session,
    tools: TEST_TOOL_NAMES,
    estimateInputTokens: () => 1,
  });
  const ran: string[] = [];
  return { governance, audit, ran, tools: testTools(ran) };
}

const searches = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    calls: [{ id: `s${i}`, tool: 'search', input: { q: `q${i}` } }],
  }));

describe('budgetExhausted (stopWhen)', () => {
  for (const mode of ['generate', 'stream'] as const) {
    it(`ends the loop once the tool-call budget is spent (${mode})`, async () => {
      const { governance, tools, ran } = setup({ tool_calls: 2 });
      const model = wrapLanguageModel({
        model: scriptedModel([...searches(5), { text: 'done' }]),
        middleware: governance.middleware,
      });
      const options = {
        model,
        tools,
        prompt: 'search a lot',
        stopWhen: [isStepCount(10), governance.budgetExhausted],
        ...governance.settings,
      };
      const steps =
        mode === 'generate' ? (await generateText(options)).steps : await streamText(options).steps;
      expect(ran).toEqual(['search:q0', 'search:q1']);
      expect(steps).toHaveLength(2);
      expect(await governance.budgetExhausted()).toBe(true);
    });
  }

  it('ends the loop once the token budget is spent, and the next model call is refused', async () => {
    const { governance, tools, ran, audit } = setup({ tokens: 40 });
    const model = wrapLanguageModel({
      model: scriptedModel([...searches(5), { text: 'done' }]),
      middleware: governance.middleware,
    });
    const result = await generateText({
      model,
      tools,
      prompt: 'search a lot',
      stopWhen: [isStepCount(10), governance.budgetExhausted],
      ...governance.settings,
    });
    // 15 tokens per call: 45 > 40 after the third call, so that step's tool call is denied.
    expect(ran).toEqual(['search:q0', 'search:q1']);
    expect(result.steps).toHaveLength(3);
    const refused = await generateText({ model, prompt: 'more' });
    expect(refused.text).toContain('budget.exhausted');
    const commits = audit.records.filter((r) => r.type === 'budget' && r.status === 'committed');
    expect(commits).toHaveLength(3 + 2);
  });

  it('stops at the wall-clock budget: the model call after it is refused', async () => {
    let now = 1_000_000;
    const { governor } = scriptedGovernor(plumbingPolicy, { now: () => now });
    const session = governor.session({
      principal: { id: 'u1', roles: [] },
      scopes: [],
      budgets: { wall_ms: 50 },
    });
    const governance = createAiSdkGovernance({ session, tools: TEST_TOOL_NAMES });
    const ran: string[] = [];
    const slow = testTools(ran, () => {
      now += 40;
    });
    const model = wrapLanguageModel({
      model: scriptedModel([...searches(5), { text: 'done' }]),
      middleware: governance.middleware,
    });
    const result = await generateText({
      model,
      tools: slow,
      prompt: 'search slowly',
      stopWhen: [isStepCount(10), governance.budgetExhausted],
      ...governance.settings,
    });
    // 40 ms per search on the governor's clock: 80 > 50 after the second, and the loop ends.
    expect(ran).toEqual(['search:q0', 'search:q1']);
    expect(result.steps).toHaveLength(2);
    expect(await governance.budgetExhausted()).toBe(true);
    const refused = await generateText({ model, prompt: 'more' });
    expect(refused.text).toContain('budget.exhausted');
  });

  it('is false while the budgets last', async () => {
    const { governance } = setup({ tool_calls: 5 });
    expect(await governance.budgetExhausted()).toBe(false);
  });
});
