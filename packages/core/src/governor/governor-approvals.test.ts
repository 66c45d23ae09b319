import { describe, expect, it } from 'vitest';
import type { Approver } from '../approvals/approver.js';
import { ALLOW, ASK, testGovernor } from './__fixtures__/test-governor.js';

const send = (callId: string, to: string) =>
  ({ kind: 'tool.call', callId, tool: 'email.send', args: { to, body: 'hi' } }) as const;

const codeOf = (outcome: {
  decision: { reasons: readonly { code: string }[] };
}): string | undefined => outcome.decision.reasons[0]?.code;

describe('governor: one decision per call id', () => {
  it('reuses the decision on re-evaluation and writes one audit record', async () => {
    const t = testGovernor(() => ALLOW);
    const first = await t.session.decide(send('c1', 'a@x'));
    const again = await t.session.decide(send('c1', 'a@x'));
    expect(again).toBe(first);
    expect(t.engine.calls).toHaveLength(1);
    expect(t.decisionRecords()).toHaveLength(1);
  });

  it('dedupes concurrent decisions for the same call id', async () => {
    const t = testGovernor(() => ALLOW);
    const [a, b] = await Promise.all([
      t.session.decide(send('c1', 'a@x')),
      t.session.decide(send('c1', 'a@x')),
    ]);
    expect(a).toBe(b);
    expect(t.engine.calls).toHaveLength(1);
  });

  it('keeps the event id stable per call id and distinct across call ids', async () => {
    const t = testGovernor(() => ALLOW);
    const one = await t.session.decide(send('c1', 'a@x'));
    const two = await t.session.decide(send('c2', 'a@x'));
    expect(one.eventId).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(two.eventId).not.toBe(one.eventId);
    const other = testGovernor(() => ALLOW);
    expect((await other.session.decide(send('c1', 'a@x'))).eventId).toBe(one.eventId);
  });

  it('denies a reused call id with other arguments', async () => {
    const t = testGovernor(() => ALLOW);
    await t.session.decide(send('c1', 'a@x'));
    const replay = await t.session.decide(send('c1', 'evil@x'));
    expect(codeOf(replay)).toBe('decision.args_mismatch');
    expect(t.engine.calls).toHaveLength(1);
  });
});

describe('governor: approvals', () => {
  it('never lets require_approval run by itself', async () => {
    const t = testGovernor(() => ASK);
    const outcome = await t.session.decide(send('c1', 'a@x'));
    expect(outcome.decision.effect).toBe('require_approval');
    expect((await t.session.decide(send('c1', 'a@x'))).decision.effect).toBe('require_approval');
  });

  it('refuses an answer that is not a real boolean with a named approver', async () => {
    const t = testGovernor(() => ASK);
    const pending = await t.session.decide(send('c1', 'a@x'));
    for (const approved of ['no', 'yes', 1, undefined, null]) {
      const answer = await t.session.approve({
        eventId: pending.eventId,
        args: { body: 'hi', to: 'a@x' },
        approver: 'user:manager',
        approved: approved as unknown as boolean,
      });
      expect(answer).toMatchObject({ ok: false, code: 'approval.invalid_answer' });
    }
    const nameless = await t.session.approve({
      eventId: pending.eventId,
      args: { body: 'hi', to: 'a@x' },
      approver: '',
      approved: true,
    });
    expect(nameless).toMatchObject({ ok: false, code: 'approval.invalid_answer' });
    expect((await t.session.decide(send('c1', 'a@x'))).decision.effect).toBe('require_approval');
  });

  it('treats a configured approver answering anything but true as a rejection', async () => {
    const approver: Approver = async () =>
      ({ approved: 'yes', approver: 'bot' }) as unknown as { approved: boolean; approver: string };
    const t = testGovernor(() => ASK, { approver });
    const outcome = await t.session.decide(send('c1', 'a@x'));
    expect(outcome.decision.effect).toBe('deny');
  });

  it('allows the call after a human approval of the same arguments', async () => {
    const t = testGovernor(() => ASK);
    const pending = await t.session.decide(send('c1', 'a@x'));
    const answer = await t.session.approve({
      eventId: pending.eventId,
      args: { body: 'hi', to: 'a@x' },
      approver: 'user:manager',
      approved: true,
    });
    expect(answer).toEqual({ ok: true, decision: 'approved' });
    const resumed = await t.session.decide(send('c1', 'a@x'));
    expect(resumed.decision.effect).toBe('allow');
    expect(codeOf(resumed)).toBe('approval.granted');
    expect(t.engine.calls).toHaveLength(1);
    expect(t.decisionRecords()).toHaveLength(1);
    expect(t.audit.records.filter((r) => r.type === 'approval')).toHaveLength(1);
  });

  it('denies a replay of the approval with different arguments', async () => {
    const t = testGovernor(() => ASK);
    const pending = await t.session.decide(send('c1', 'a@x'));
    await t.session.approve({
      eventId: pending.eventId,
      args: { to: 'a@x', body: 'hi' },
      approver: 'user:manager',
      approved: true,
    });
    const replay = await t.session.decide(send('c1', 'evil@x'));
    expect(replay.decision.effect).toBe('deny');
    expect(codeOf(replay)).toBe('approval.args_mismatch');
    // The approved arguments still run.
    expect((await t.session.decide(send('c1', 'a@x'))).decision.effect).toBe('allow');
  });

  it('refuses an approval given for other arguments than those requested', async () => {
    const t = testGovernor(() => ASK);
    const pending = await t.session.decide(send('c1', 'a@x'));
    const answer = await t.session.approve({
      eventId: pending.eventId,
      args: { to: 'evil@x', body: 'hi' },
      approver: 'user:manager',
      approved: true,
    });
    expect(answer).toMatchObject({ ok: false, code: 'approval.digest_mismatch' });
    expect((await t.session.decide(send('c1', 'a@x'))).decision.effect).toBe('require_approval');
  });

  it('denies after the approval expires (obligations.approval.ttl_s)', async () => {
    const t = testGovernor(() => ASK);
    const pending = await t.session.decide(send('c1', 'a@x'));
    await t.session.approve({
      eventId: pending.eventId,
      args: { to: 'a@x', body: 'hi' },
      approver: 'user:manager',
      approved: true,
    });
    t.advance(59_000);
    expect((await t.session.decide(send('c1', 'a@x'))).decision.effect).toBe('allow');
    t.advance(2_000);
    const late = await t.session.decide(send('c1', 'a@x'));
    expect(codeOf(late)).toBe('approval.expired');
  });

  it('defaults the approval ttl to 900 s', async () => {
    const t = testGovernor(() => ({ effect: 'require_approval', reasons: [] }));
    const pending = await t.session.decide(send('c1', 'a@x'));
    t.advance(899_000);
    const answer = await t.session.approve({
      eventId: pending.eventId,
      args: { to: 'a@x', body: 'hi' },
      approver: 'm',
      approved: true,
    });
    expect(answer.ok).toBe(true);
  });

  it('denies a rejected call, once, and releases its budget', async () => {
    const t = testGovernor(() => ASK, {}, { budgets: { tool_calls: 1 } });
    const pending = await t.session.decide(send('c1', 'a@x'));
    await t.session.approve({
      eventId: pending.eventId,
      args: { to: 'a@x', body: 'hi' },
      approver: 'user:manager',
      approved: false,
    });
    const rejected = await t.session.decide(send('c1', 'a@x'));
    expect(codeOf(rejected)).toBe('approval.rejected');
    expect(await t.session.decide(send('c1', 'a@x'))).toBe(rejected);
    // The single tool-call budget came back.
    expect((await t.session.decide(send('c2', 'b@x'))).decision.effect).toBe('require_approval');
  });

  it('asks a configured approver and records its grant before returning', async () => {
    const asked: unknown[] = [];
    const approver: Approver = async (request) => {
      asked.push(request);
      return { approved: true, approver: 'bot:policy' };
    };
    const t = testGovernor(() => ASK, { approver });
    const outcome = await t.session.decide(send('c1', 'a@x'));
    expect(outcome.decision.effect).toBe('allow');
    expect(asked).toMatchObject([
      { eventId: outcome.eventId, callId: 'c1', argsDigest: expect.stringMatching(/^sha256:/) },
    ]);
    expect(t.audit.records.map((r) => r.type)).toEqual(['approval', 'decision']);
  });

  it('denies when a configured approver rejects', async () => {
    const t = testGovernor(() => ASK, {
      approver: async () => ({ approved: false, approver: 'bot:policy' }),
    });
    const outcome = await t.session.decide(send('c1', 'a@x'));
    expect(codeOf(outcome)).toBe('approval.rejected');
  });

  it('denies "approval.unavailable" when the approver throws, and releases the budget', async () => {
    const t = testGovernor(
      () => ASK,
      {
        approver: () => Promise.reject(new Error('approver down')),
      },
      { budgets: { tool_calls: 1 } },
    );
    const outcome = await t.session.decide(send('c1', 'a@x'));
    expect(codeOf(outcome)).toBe('approval.unavailable');
    expect(outcome.reservation).toBeUndefined();
    expect(t.decisionRecords()).toHaveLength(1);
    expect(codeOf(await t.session.decide(send('c2', 'a@x')))).toBe('approval.unavailable');
  });
});
