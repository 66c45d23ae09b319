import { describe, expect, it } from 'vitest';
import { toolCallEvent } from './__fixtures__/tool-call-event.js';
import { validateEvent } from './validate-event.js';

type Mutable = Record<string, unknown>;

function withChange(change: (event: Mutable) => void): unknown {
  const event = structuredClone(toolCallEvent()) as unknown as Mutable;
  change(event);
  return event;
}

function fieldOf(value: unknown): string | undefined {
  const result = validateEvent(value);
  return result.ok ? undefined : result.field;
}

describe('validateEvent', () => {
  it('accepts the contract example and returns it as the event', () => {
    const event = toolCallEvent();
    expect(validateEvent(event)).toEqual({ ok: true, event });
  });

  it('accepts extra fields, since the contract may grow', () => {
    expect(validateEvent(withChange((e) => (e.extension = { x: 1 }))).ok).toBe(true);
  });

  it('rejects a non-object with an empty field', () => {
    expect(validateEvent('nope')).toEqual({
      ok: false,
      field: '',
      message: 'event must be an object, got string',
    });
  });

  it('rejects an unknown kind and an unknown framework', () => {
    expect(validateEvent(withChange((e) => (e.kind = 'tool.cal')))).toMatchObject({
      ok: false,
      field: 'kind',
    });
    expect(validateEvent(withChange((e) => (e.framework = 'crewai')))).toMatchObject({
      ok: false,
      field: 'framework',
      message: expect.stringContaining('"crewai"'),
    });
  });

  it('names the offending nested field', () => {
    const noToolName = withChange((e) => {
      delete ((e.action as Mutable).tool as Mutable).name;
    });
    expect(validateEvent(noToolName)).toEqual({
      ok: false,
      field: 'action.tool.name',
      message: 'must be a string, got undefined',
    });
    expect(fieldOf(withChange((e) => (e.version = 2)))).toBe('version');
    expect(fieldOf(withChange((e) => ((e.agent as Mutable).depth = -1)))).toBe('agent.depth');
    expect(fieldOf(withChange((e) => ((e.agent as Mutable).depth = 1.5)))).toBe('agent.depth');
    expect(fieldOf(withChange((e) => ((e.session as Mutable).data_labels = ['ok', 3])))).toBe(
      'session.data_labels[1]',
    );
    expect(
      fieldOf(withChange((e) => (((e.budget as Mutable).tokens as Mutable).limit = 'lots'))),
    ).toBe('budget.tokens.limit');
    expect(fieldOf(withChange((e) => (((e.action as Mutable).tool as Mutable).tier = 'dmz')))).toBe(
      'action.tool.tier',
    );
    expect(
      fieldOf(withChange((e) => ((e.action as Mutable).resources = [{ type: 'file', path: 1 }]))),
    ).toBe('action.resources[0].path');
    expect(fieldOf(withChange((e) => ((e.action as Mutable).args = [])))).toBe('action.args');
  });

  it('checks each kind-specific action', () => {
    const base = toolCallEvent();
    const as = (kind: string, action: unknown): unknown => ({ ...base, kind, action });
    const child = { name: 'coder', requested_scopes: ['fs:write:/w/**'] };
    const spawn = { child, granted_scopes: [], escalated_scopes: [] };
    expect(validateEvent(as('agent.spawn', spawn)).ok).toBe(true);
    expect(fieldOf(as('agent.delegate', spawn))).toBe('action.mode');
    expect(validateEvent(as('agent.delegate', { ...spawn, mode: 'as_tool' })).ok).toBe(true);
    expect(
      fieldOf(as('agent.spawn', { ...spawn, child: { ...child, budget: { tokens: -1 } } })),
    ).toBe('action.child.budget.tokens');
    const plan = {
      steps: [{ tool: 'db.query', args: {} }],
      step_count: 1,
      tool_counts: { 'db.query': 1 },
    };
    expect(validateEvent(as('agent.plan', plan)).ok).toBe(true);
    expect(fieldOf(as('agent.plan', { ...plan, steps: [{ tool: '', args: {} }] }))).toBe(
      'action.steps[0].tool',
    );
    expect(fieldOf(as('agent.plan', { ...plan, tool_counts: { x: 'one' } }))).toBe(
      'action.tool_counts.x',
    );
    expect(validateEvent(as('model.call', { model: 'gpt-5', estimated_input_tokens: 10 })).ok).toBe(
      true,
    );
    expect(fieldOf(as('model.call', { model: 'gpt-5', estimated_input_tokens: Number.NaN }))).toBe(
      'action.estimated_input_tokens',
    );
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(validateEvent(hostile)).toMatchObject({
      ok: false,
      message: expect.stringContaining('boom'),
    });
  });
});
