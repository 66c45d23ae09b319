import {
  type BudgetAccount,
  chargeUsed,
  createBudgetAccount,
  remainingUnits,
  snapshotAccount,
  wallUsedMs,
} from './budget-account.js';
import type { BudgetLedger } from './budget-ledger.js';
import type { BudgetAccountError, SettleResult } from './budget-results.js';
import type { BudgetLimits, BudgetReservation, ReservationStatus } from './budget-types.js';
import {
  fromUnits,
  parseAmounts,
  RESERVABLE_DIMENSIONS,
  toAmounts,
  type UnitAmounts,
} from './budget-units.js';
import { computeSliceLimits } from './slice-limits.js';

/** Options for {@link createInMemoryBudgetLedger}. */
export interface InMemoryBudgetLedgerOptions {
  /** Milliseconds since the epoch, for `wall_ms`; defaults to `Date.now`. */
  readonly clock?: () => number;
}

interface ReservationState {
  readonly id: string;
  readonly account: BudgetAccount;
  readonly units: UnitAmounts;
  status: ReservationStatus;
}

/**
 * Creates a {@link BudgetLedger} held in process memory, for a single process and for tests.
 *
 * Every method checks and writes synchronously before its first `await`, so async interleavings
 * cannot race: N concurrent reservations against a remaining budget of k succeed at most k times.
 * Costs are kept in integer micro-dollars and exposed as dollars.
 */
export function createInMemoryBudgetLedger(
  options: InMemoryBudgetLedgerOptions = {},
): BudgetLedger {
  const clock = options.clock ?? Date.now;
  const accounts = new Map<string, BudgetAccount>();
  const reservations = new Map<string, ReservationState>();
  // Open reservations per account, so closing an account does not scan every reservation.
  const held = new Map<BudgetAccount, Set<ReservationState>>();

  const lookup = (accountId: string): BudgetAccount | BudgetAccountError => {
    const account = accounts.get(accountId);
    if (account === undefined) {
      return { ok: false, code: 'unknown_account', message: `no budget account "${accountId}"` };
    }
    if (account.endedAt !== undefined) {
      return {
        ok: false,
        code: 'account_closed',
        message: `budget account "${accountId}" is closed`,
      };
    }
    return account;
  };

  const publicReservation = (state: ReservationState): BudgetReservation => ({
    id: state.id,
    accountId: state.account.id,
    amounts: toAmounts(state.units),
    status: state.status,
  });

  const unreserve = (state: ReservationState, status: ReservationStatus): void => {
    for (const dimension of RESERVABLE_DIMENSIONS) {
      state.account.reserved[dimension] -= state.units[dimension];
    }
    state.status = status;
    held.get(state.account)?.delete(state);
  };

  const settle = (reservationId: string): ReservationState | SettleResult => {
    const state = reservations.get(reservationId);
    if (state === undefined) {
      return {
        ok: false,
        code: 'unknown_reservation',
        message: `no reservation "${reservationId}"`,
      };
    }
    if (state.status !== 'reserved') {
      return {
        ok: false,
        code: 'already_settled',
        status: state.status,
        message: `reservation "${reservationId}" is already ${state.status}`,
      };
    }
    return state;
  };

  return {
    async open(accountId, limits: BudgetLimits, openOptions = {}) {
      const existing = accounts.get(accountId);
      if (existing !== undefined) {
        return { ok: true, accountId, limits: publicLimits(existing), clamped: [], isNew: false };
      }
      let parent: BudgetAccount | undefined;
      if (openOptions.parent !== undefined) {
        const found = lookup(openOptions.parent);
        if ('ok' in found) return found;
        parent = found;
      }
      const now = clock();
      const slice = computeSliceLimits(limits, parent, now);
      if (typeof slice === 'string') return { ok: false, code: 'invalid_amount', message: slice };
      const account = createBudgetAccount({
        id: accountId,
        parent,
        limits: slice.limits,
        wallLimitMs: slice.wallLimitMs,
        startedAt: now,
      });
      if (parent !== undefined) {
        for (const dimension of RESERVABLE_DIMENSIONS) {
          parent.reserved[dimension] += slice.held[dimension];
          account.heldInParent[dimension] = slice.held[dimension];
        }
        parent.children.add(account);
      }
      accounts.set(accountId, account);
      const result = { accountId, limits: publicLimits(account), clamped: slice.clamped };
      return { ok: true, ...result, isNew: true };
    },

    async reserve(accountId, amounts, { reservationId }) {
      const found = lookup(accountId);
      if ('ok' in found) return found;
      const units = parseAmounts(amounts);
      if (typeof units === 'string') return { ok: false, code: 'invalid_amount', message: units };
      const existing = reservations.get(reservationId);
      if (existing !== undefined) {
        const isSame =
          existing.account === found &&
          RESERVABLE_DIMENSIONS.every((d) => existing.units[d] === units[d]);
        if (isSame) return { ok: true, reservation: publicReservation(existing) };
        return {
          ok: false,
          code: 'reservation_conflict',
          message: `reservation "${reservationId}" already exists with other amounts or account`,
        };
      }
      if (found.wallLimitMs !== undefined) {
        const remaining = found.wallLimitMs - wallUsedMs(found, clock());
        if (remaining <= 0) {
          const message = `wall_ms budget exhausted for "${accountId}"`;
          return {
            ok: false,
            code: 'budget_exhausted',
            dimension: 'wall_ms',
            requested: 0,
            remaining,
            message,
          };
        }
      }
      for (const dimension of RESERVABLE_DIMENSIONS) {
        const remaining = remainingUnits(found, dimension);
        if (remaining !== undefined && units[dimension] > remaining) {
          return {
            ok: false,
            code: 'budget_exhausted',
            dimension,
            requested: fromUnits(dimension, units[dimension]),
            remaining: fromUnits(dimension, remaining),
            message: `${dimension} budget exhausted for "${accountId}"`,
          };
        }
      }
      for (const dimension of RESERVABLE_DIMENSIONS) found.reserved[dimension] += units[dimension];
      const state: ReservationState = {
        id: reservationId,
        account: found,
        units,
        status: 'reserved',
      };
      reservations.set(reservationId, state);
      const open = held.get(found) ?? new Set();
      held.set(found, open.add(state));
      return { ok: true, reservation: publicReservation(state) };
    },

    async commit(reservationId, actual) {
      const state = settle(reservationId);
      if ('ok' in state) return state;
      const used = actual === undefined ? state.units : parseAmounts(actual);
      if (typeof used === 'string') return { ok: false, code: 'invalid_amount', message: used };
      unreserve(state, 'committed');
      chargeUsed(state.account, used);
      const snapshot = snapshotAccount(state.account, clock());
      return { ok: true, reservation: publicReservation(state), snapshot };
    },

    async release(reservationId) {
      const state = settle(reservationId);
      if ('ok' in state) return state;
      unreserve(state, 'released');
      const snapshot = snapshotAccount(state.account, clock());
      return { ok: true, reservation: publicReservation(state), snapshot };
    },

    async snapshot(accountId) {
      const account = accounts.get(accountId);
      return account === undefined ? undefined : snapshotAccount(account, clock());
    },

    async close(accountId) {
      const found = lookup(accountId);
      if ('ok' in found) return found;
      for (const child of found.children) {
        if (child.endedAt === undefined) {
          const message = `close child account "${child.id}" before "${accountId}"`;
          return { ok: false, code: 'open_children', message };
        }
      }
      for (const state of [...(held.get(found) ?? [])]) unreserve(state, 'released');
      held.delete(found);
      const returnedToParent: Partial<Record<string, number>> = {};
      const parent = found.parent;
      for (const dimension of RESERVABLE_DIMENSIONS) {
        const held = found.heldInParent[dimension];
        if (parent !== undefined && held !== 0) {
          parent.reserved[dimension] -= held;
          found.heldInParent[dimension] = 0;
          returnedToParent[dimension] = fromUnits(dimension, held);
        }
      }
      found.endedAt = clock();
      return { ok: true, snapshot: snapshotAccount(found, found.endedAt), returnedToParent };
    },
  };
}

function publicLimits(account: BudgetAccount): BudgetLimits {
  const limits: BudgetLimits = {};
  for (const dimension of RESERVABLE_DIMENSIONS) {
    const units = account.limits[dimension];
    if (units !== undefined) limits[dimension] = fromUnits(dimension, units);
  }
  if (account.wallLimitMs !== undefined) limits.wall_ms = account.wallLimitMs;
  return limits;
}
