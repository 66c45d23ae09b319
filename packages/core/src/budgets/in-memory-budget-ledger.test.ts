import { describe, expect, it } from 'vitest';
import type { BudgetLedger } from './budget-ledger.js';
import { createInMemoryBudgetLedger } from './in-memory-budget-ledger.js';

/** Wraps a ledger so every call yields a random number of microtasks before and after it. */
function withRandomYields(ledger: BudgetLedger): BudgetLedger {
  const yieldRandomly = async (): Promise<void> => {
    const turns = Math.floor(Math.random() * 5);
    for (let i = 0; i < turns; i++) await Promise.resolve();
  };
  const wrap =
    <TArgs extends unknown[], TResult>(fn: (...args: TArgs) => Promise<TResult>) =>
    async (...args: TArgs): Promise<TResult> => {
      await yieldRandomly();
      const result = await fn(...args);
      await yieldRandomly();
      return result;
    };
  return {
    open: wrap(ledger.open),
    reserve: wrap(ledger.reserve),
    commit: wrap(ledger.commit),
    release: wrap(ledger.release),
    snapshot: wrap(ledger.snapshot),
    close: wrap(ledger.close),
  };
}

describe('createInMemoryBudgetLedger', () => {
  it('lets exactly 100 of 1,000 concurrent reservations through a remaining budget of 100', async () => {
    const ledger = withRandomYields(createInMemoryBudgetLedger());
    await ledger.open('s', { tool_calls: 150 });
    for (let i = 0; i < 50; i++) {
      const held = await ledger.reserve('s', { tool_calls: 1 }, { reservationId: `pre-${i}` });
      expect(held.ok).toBe(true);
      await ledger.commit(`pre-${i}`);
    }
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        ledger.reserve('s', { tool_calls: 1 }, { reservationId: `r-${i}` }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(100);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ code: 'budget_exhausted', dimension: 'tool_calls' });
    expect((await ledger.snapshot('s'))?.tool_calls).toEqual({
      used: 50,
      reserved: 100,
      limit: 150,
      remaining: 0,
    });
  });

  it('counts dollars without float drift', async () => {
    const ledger = withRandomYields(createInMemoryBudgetLedger());
    await ledger.open('s', { cost_usd: 1 });
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        ledger.reserve('s', { cost_usd: 0.01 }, { reservationId: `r-${i}` }),
      ),
    );
    const held = results.flatMap((r) => (r.ok ? [r.reservation.id] : []));
    expect(held).toHaveLength(100);
    await Promise.all(held.map((id) => ledger.commit(id)));
    expect((await ledger.snapshot('s'))?.cost_usd).toEqual({
      used: 1,
      reserved: 0,
      limit: 1,
      remaining: 0,
    });
  });

  it('moves reserved to used on commit and back to remaining on release', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('s', { tokens: 1000, cost_usd: 5 });
    await ledger.reserve('s', { tokens: 300, cost_usd: 0.12 }, { reservationId: 'a' });
    await ledger.reserve('s', { tokens: 200 }, { reservationId: 'b' });
    expect((await ledger.snapshot('s'))?.tokens).toEqual({
      used: 0,
      reserved: 500,
      limit: 1000,
      remaining: 500,
    });
    const committed = await ledger.commit('a', { tokens: 250, cost_usd: 0.1 });
    expect(committed.ok && committed.snapshot.tokens).toEqual({
      used: 250,
      reserved: 200,
      limit: 1000,
      remaining: 550,
    });
    expect(committed.ok && committed.snapshot.cost_usd).toEqual({
      used: 0.1,
      reserved: 0,
      limit: 5,
      remaining: 4.9,
    });
    const released = await ledger.release('b');
    expect(released.ok && released.snapshot.tokens.remaining).toBe(750);
    expect(released.ok && released.reservation.status).toBe('released');
  });

  it('records over-use as used, pushing remaining below zero and refusing further reservations', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('s', { tokens: 100 });
    await ledger.reserve('s', { tokens: 50 }, { reservationId: 'a' });
    await ledger.commit('a', { tokens: 130 });
    expect((await ledger.snapshot('s'))?.tokens.remaining).toBe(-30);
    expect(await ledger.reserve('s', { tokens: 1 }, { reservationId: 'b' })).toMatchObject({
      ok: false,
      code: 'budget_exhausted',
      requested: 1,
      remaining: -30,
    });
  });

  it('reports null limit and remaining for an unlimited dimension', async () => {
    const ledger = createInMemoryBudgetLedger({ clock: () => 0 });
    await ledger.open('s', {});
    expect(await ledger.snapshot('s')).toEqual({
      tokens: { used: 0, reserved: 0, limit: null, remaining: null },
      tool_calls: { used: 0, reserved: 0, limit: null, remaining: null },
      cost_usd: { used: 0, reserved: 0, limit: null, remaining: null },
      wall_ms: { used: 0, reserved: 0, limit: null, remaining: null },
    });
  });

  it('is idempotent by reservation id and never double-charges', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('s', { tool_calls: 10 });
    const [first, second] = await Promise.all([
      ledger.reserve('s', { tool_calls: 3 }, { reservationId: 'same' }),
      ledger.reserve('s', { tool_calls: 3 }, { reservationId: 'same' }),
    ]);
    expect(second).toEqual(first);
    expect((await ledger.snapshot('s'))?.tool_calls.reserved).toBe(3);
    await ledger.commit('same');
    const again = await ledger.reserve('s', { tool_calls: 3 }, { reservationId: 'same' });
    expect(again.ok && again.reservation.status).toBe('committed');
    expect((await ledger.snapshot('s'))?.tool_calls).toMatchObject({ used: 3, reserved: 0 });
    expect(await ledger.reserve('s', { tool_calls: 4 }, { reservationId: 'same' })).toMatchObject({
      ok: false,
      code: 'reservation_conflict',
    });
  });

  it('returns error values for unknown and already-settled reservations', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('s', { tokens: 10 });
    expect(await ledger.commit('nope')).toMatchObject({ ok: false, code: 'unknown_reservation' });
    await ledger.reserve('s', { tokens: 1 }, { reservationId: 'a' });
    await ledger.release('a');
    expect(await ledger.commit('a')).toMatchObject({
      ok: false,
      code: 'already_settled',
      status: 'released',
    });
    expect(await ledger.release('a')).toMatchObject({ ok: false, code: 'already_settled' });
    expect(await ledger.reserve('x', { tokens: 1 }, { reservationId: 'b' })).toMatchObject({
      ok: false,
      code: 'unknown_account',
    });
    expect(await ledger.reserve('s', { tokens: -1 }, { reservationId: 'c' })).toMatchObject({
      ok: false,
      code: 'invalid_amount',
    });
    expect((await ledger.snapshot('s'))?.tokens).toMatchObject({ used: 0, reserved: 0 });
  });

  it('measures wall_ms from an injected clock and refuses once it is spent', async () => {
    let now = 1_000;
    const ledger = createInMemoryBudgetLedger({ clock: () => now });
    await ledger.open('s', { wall_ms: 500 });
    now = 1_300;
    expect((await ledger.snapshot('s'))?.wall_ms).toEqual({
      used: 300,
      reserved: 0,
      limit: 500,
      remaining: 200,
    });
    expect((await ledger.reserve('s', { tool_calls: 1 }, { reservationId: 'a' })).ok).toBe(true);
    now = 1_500;
    expect(await ledger.reserve('s', { tool_calls: 1 }, { reservationId: 'b' })).toMatchObject({
      ok: false,
      code: 'budget_exhausted',
      dimension: 'wall_ms',
      remaining: 0,
    });
  });
});
