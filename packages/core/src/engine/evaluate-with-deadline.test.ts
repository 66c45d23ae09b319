import { describe, expect, it } from 'vitest';
import { createScriptedEngine, type ScriptedResult } from '../testing/scripted-engine.js';
import { evaluateWithDeadline } from './evaluate-with-deadline.js';
import { createPolicyBundle } from './policy-bundle.js';

async function evaluate(step: ScriptedResult, deadlineMs = 20): Promise<unknown> {
  const engine = createScriptedEngine([step]);
  const prepared = await engine.prepare(createPolicyBundle({ modules: [] }));
  const { decision } = await evaluateWithDeadline({
    prepared,
    query: 'data.q',
    input: {},
    deadlineMs,
  });
  return { decision, request: engine.calls[0] };
}

describe('evaluateWithDeadline', () => {
  it('normalises the value and passes the query, input and deadline on', async () => {
    const result = await evaluate({ value: { effect: 'allow', reasons: [] } });
    expect(result).toMatchObject({
      decision: { effect: 'allow', reasons: [] },
      request: { query: 'data.q', input: {}, deadlineMs: 20 },
    });
  });

  it('fails closed on a throw ("engine.error")', async () => {
    const { decision } = (await evaluate({ throw: 'compile failed' })) as { decision: unknown };
    expect(decision).toMatchObject({
      effect: 'deny',
      reasons: [{ code: 'engine.error', message: expect.stringContaining('compile failed') }],
    });
  });

  it('fails closed on a hang ("engine.timeout") and aborts the signal', async () => {
    const { decision, request } = (await evaluate({ hang: true }, 5)) as {
      decision: unknown;
      request: { signal: AbortSignal };
    };
    expect(decision).toMatchObject({ effect: 'deny', reasons: [{ code: 'engine.timeout' }] });
    expect(request.signal.aborted).toBe(true);
  });

  it('fails closed on garbage and on no result', async () => {
    const garbage = (await evaluate({ garbage: true })) as { decision: { reasons: unknown[] } };
    expect(garbage.decision.reasons).toMatchObject([{ code: 'decision.malformed' }]);
    const none = (await evaluate({ value: undefined })) as { decision: { reasons: unknown[] } };
    expect(none.decision.reasons).toMatchObject([{ code: 'decision.missing' }]);
  });
});
