import { describe, expect, it } from 'vitest';
import { createInMemoryBudgetLedger } from './in-memory-budget-ledger.js';

describe('child budget slices', () => {
  it('clamps a child to what the parent has left and holds the slice in the parent', async () => {
    const ledger = createInMemoryBudgetLedger({ clock: () => 0 });
    await ledger.open('root', { tokens: 1000, tool_calls: 10 });
    await ledger.reserve('root', { tokens: 700 }, { reservationId: 'r' });
    await ledger.commit('r');
    const child = await ledger.open('child', { tokens: 500 }, { parent: 'root' });
    expect(child).toEqual({
      ok: true,
      accountId: 'child',
      limits: { tokens: 300, tool_calls: 10 },
      clamped: ['tokens'],
      isNew: true,
    });
    expect((await ledger.snapshot('root'))?.tokens).toEqual({
      used: 700,
      reserved: 300,
      limit: 1000,
      remaining: 0,
    });
    expect(await ledger.reserve('root', { tokens: 1 }, { reservationId: 'x' })).toMatchObject({
      ok: false,
      code: 'budget_exhausted',
    });
  });

  it('never lets a child spend more than the parent had left', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('root', { tool_calls: 5 });
    await ledger.open('child', { tool_calls: 50 }, { parent: 'root' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ledger.reserve('child', { tool_calls: 1 }, { reservationId: `c-${i}` }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });

  it('charges a child commit to every ancestor and returns the unused slice on close', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('root', { tokens: 1000 });
    await ledger.open('mid', { tokens: 600 }, { parent: 'root' });
    await ledger.open('leaf', { tokens: 200 }, { parent: 'mid' });
    await ledger.reserve('leaf', { tokens: 150 }, { reservationId: 'a' });
    await ledger.commit('a', { tokens: 120 });
    expect((await ledger.snapshot('mid'))?.tokens).toEqual({
      used: 120,
      reserved: 80,
      limit: 600,
      remaining: 400,
    });
    expect((await ledger.snapshot('root'))?.tokens).toEqual({
      used: 120,
      reserved: 480,
      limit: 1000,
      remaining: 400,
    });
    expect(await ledger.close('mid')).toMatchObject({ ok: false, code: 'open_children' });
    const closedLeaf = await ledger.close('leaf');
    expect(closedLeaf.ok && closedLeaf.returnedToParent).toEqual({ tokens: 80 });
    const closedMid = await ledger.close('mid');
    expect(closedMid.ok && closedMid.returnedToParent).toEqual({ tokens: 480 });
    expect((await ledger.snapshot('root'))?.tokens).toEqual({
      used: 120,
      reserved: 0,
      limit: 1000,
      remaining: 880,
    });
    expect(await ledger.reserve('mid', { tokens: 1 }, { reservationId: 'b' })).toMatchObject({
      ok: false,
      code: 'account_closed',
    });
  });

  it('releases open reservations on close and charges child over-use to the parent', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('root', { tokens: 100 });
    await ledger.open('child', { tokens: 40 }, { parent: 'root' });
    await ledger.reserve('child', { tokens: 30 }, { reservationId: 'a' });
    await ledger.reserve('child', { tokens: 10 }, { reservationId: 'b' });
    await ledger.commit('a', { tokens: 70 });
    await ledger.close('child');
    expect(await ledger.commit('b')).toMatchObject({ ok: false, code: 'already_settled' });
    expect((await ledger.snapshot('root'))?.tokens).toEqual({
      used: 70,
      reserved: 0,
      limit: 100,
      remaining: 30,
    });
  });

  it('clamps a child wall-clock limit to the parent time left', async () => {
    let now = 0;
    const ledger = createInMemoryBudgetLedger({ clock: () => now });
    await ledger.open('root', { wall_ms: 1000 });
    now = 800;
    const child = await ledger.open('child', { wall_ms: 5000 }, { parent: 'root' });
    expect(child).toMatchObject({ limits: { wall_ms: 200 }, clamped: ['wall_ms'] });
    now = 1000;
    expect(await ledger.reserve('child', {}, { reservationId: 'a' })).toMatchObject({
      ok: false,
      dimension: 'wall_ms',
    });
  });

  it('opens an existing account idempotently and reports unknown parents', async () => {
    const ledger = createInMemoryBudgetLedger();
    await ledger.open('root', { tokens: 10 });
    expect(await ledger.open('root', { tokens: 99 })).toMatchObject({
      ok: true,
      limits: { tokens: 10 },
      isNew: false,
    });
    expect(await ledger.open('c', {}, { parent: 'ghost' })).toMatchObject({
      ok: false,
      code: 'unknown_account',
    });
  });
});
