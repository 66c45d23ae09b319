import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInMemoryBudgetLedger } from './in-memory-budget-ledger.js';

type Op =
  | { kind: 'reserve'; tokens: number; cost: number }
  | { kind: 'commit'; index: number; actualFactor: number | undefined }
  | { kind: 'release'; index: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('reserve' as const),
    tokens: fc.integer({ min: 0, max: 60 }),
    cost: fc.integer({ min: 0, max: 300 }).map((c) => c / 100),
  }),
  fc.record({
    kind: fc.constant('commit' as const),
    index: fc.nat(40),
    actualFactor: fc.option(fc.constantFrom(0, 0.5, 1), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('release' as const), index: fc.nat(40) }),
);

describe('budget ledger invariants', () => {
  it('keeps used + reserved within the limit and remaining = limit - used - reserved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { maxLength: 40 }), async (ops) => {
        const ledger = createInMemoryBudgetLedger({ clock: () => 0 });
        await ledger.open('s', { tokens: 200, cost_usd: 7.5 });
        const ids: string[] = [];
        const held = new Map<string, { tokens: number; cost_usd: number }>();
        for (const op of ops) {
          if (op.kind === 'reserve') {
            const id = `r-${ids.length}`;
            const amounts = { tokens: op.tokens, cost_usd: op.cost };
            const result = await ledger.reserve('s', amounts, { reservationId: id });
            if (result.ok) {
              ids.push(id);
              held.set(id, amounts);
            }
          } else {
            const id = ids[op.index % Math.max(ids.length, 1)];
            const amounts = id === undefined ? undefined : held.get(id);
            if (id === undefined || amounts === undefined) continue;
            // Committing at most the reserved amount never overruns, so the limit must hold.
            if (op.kind === 'release') await ledger.release(id);
            else if (op.actualFactor === undefined) await ledger.commit(id);
            else {
              const factor = op.actualFactor;
              await ledger.commit(id, {
                tokens: Math.floor(amounts.tokens * factor),
                cost_usd: Math.floor(amounts.cost_usd * factor * 100) / 100,
              });
            }
          }
          const snapshot = await ledger.snapshot('s');
          for (const dimension of ['tokens', 'cost_usd'] as const) {
            const { used, reserved, limit, remaining } = snapshot?.[dimension] ?? {};
            expect(limit).not.toBeNull();
            expect((used ?? 0) + (reserved ?? 0)).toBeLessThanOrEqual((limit ?? 0) + 1e-9);
            expect(remaining).toBeCloseTo((limit ?? 0) - (used ?? 0) - (reserved ?? 0), 9);
            expect(used).toBeGreaterThanOrEqual(0);
            expect(reserved).toBeGreaterThanOrEqual(0);
          }
        }
      }),
    );
  });
});
