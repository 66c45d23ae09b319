import { describe, expect, it } from 'vitest';
import { createPolicyBundle } from '../engine/policy-bundle.js';
import { PolicyEvaluationError } from '../errors/policy-evaluation-error.js';
import { createScriptedEngine } from './scripted-engine.js';

const bundle = createPolicyBundle({ modules: [] });
const request = (input: unknown) => ({ query: 'data.q', input, deadlineMs: 50 });

describe('createScriptedEngine', () => {
  it('answers from a function of the input and records calls', async () => {
    const engine = createScriptedEngine((input) => ({ effect: (input as { e: string }).e }));
    const prepared = await engine.prepare(bundle);
    expect(prepared.digest).toBe(bundle.digest);
    expect(await prepared.evaluate(request({ e: 'deny' }))).toEqual({ value: { effect: 'deny' } });
    expect(engine.calls).toHaveLength(1);
    expect(engine.prepared).toEqual([bundle]);
  });

  it('consumes a list of canned results, repeating the last', async () => {
    const prepared = await createScriptedEngine([{ value: 1 }, { value: 2 }]).prepare(bundle);
    const values = [];
    for (let i = 0; i < 3; i++) values.push((await prepared.evaluate(request({}))).value);
    expect(values).toEqual([1, 2, 2]);
  });

  it('can reject when the script runs out', async () => {
    const engine = createScriptedEngine([{ value: 1 }], { whenExhausted: 'throw' });
    const prepared = await engine.prepare(bundle);
    await prepared.evaluate(request({}));
    await expect(prepared.evaluate(request({}))).rejects.toThrow(/exhausted/);
  });

  it('throws PolicyEvaluationError, hangs until aborted, and returns garbage on demand', async () => {
    const prepared = await createScriptedEngine([
      { throw: 'boom' },
      { hang: true },
      { garbage: true },
    ]).prepare(bundle);
    const thrown = await prepared.evaluate(request({})).catch((error: unknown) => error);
    expect(PolicyEvaluationError.isInstance(thrown)).toBe(true);
    const controller = new AbortController();
    const hanging = prepared.evaluate({ ...request({}), signal: controller.signal });
    controller.abort(new Error('deadline'));
    await expect(hanging).rejects.toThrow('deadline');
    expect((await prepared.evaluate(request({}))).value).not.toHaveProperty('effect');
  });

  it('fails prepare on demand', async () => {
    await expect(createScriptedEngine([], { failPrepare: 'bad' }).prepare(bundle)).rejects.toThrow(
      'bad',
    );
  });
});
