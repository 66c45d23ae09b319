import type { BudgetDimension, BudgetSnapshot } from '../contract/budget-snapshot.js';
import type { ReservableDimension } from './budget-types.js';
import { fromUnits, RESERVABLE_DIMENSIONS, type UnitAmounts, zeroUnits } from './budget-units.js';

/** The in-memory state of one ledger account, in integer units. @internal */
export interface BudgetAccount {
  readonly id: string;
  readonly parent: BudgetAccount | undefined;
  readonly children: Set<BudgetAccount>;
  /** Limits per reservable dimension, in units; absent = unlimited. */
  readonly limits: Partial<UnitAmounts>;
  readonly wallLimitMs: number | undefined;
  readonly used: UnitAmounts;
  readonly reserved: UnitAmounts;
  /** The part of this account's slice still held as `reserved` in its parent. */
  readonly heldInParent: UnitAmounts;
  readonly startedAt: number;
  endedAt: number | undefined;
}

/** Creates an account record. @internal */
export function createBudgetAccount(init: {
  id: string;
  parent: BudgetAccount | undefined;
  limits: Partial<UnitAmounts>;
  wallLimitMs: number | undefined;
  startedAt: number;
}): BudgetAccount {
  return {
    ...init,
    children: new Set(),
    used: zeroUnits(),
    reserved: zeroUnits(),
    heldInParent: zeroUnits(),
    endedAt: undefined,
  };
}

/** Units left in a dimension (may be negative), or `undefined` when unlimited. @internal */
export function remainingUnits(
  account: BudgetAccount,
  dimension: ReservableDimension,
): number | undefined {
  const limit = account.limits[dimension];
  return limit === undefined
    ? undefined
    : limit - account.used[dimension] - account.reserved[dimension];
}

/** Wall-clock milliseconds elapsed for the account (frozen once closed). @internal */
export function wallUsedMs(account: BudgetAccount, now: number): number {
  return Math.max(0, (account.endedAt ?? now) - account.startedAt);
}

/**
 * Charges used units to an account and every ancestor, moving each slice's held amount out of
 * the parent's `reserved` as it is consumed; over-use beyond the slice lands as extra use. @internal
 */
export function chargeUsed(account: BudgetAccount, units: UnitAmounts): void {
  for (const dimension of RESERVABLE_DIMENSIONS) {
    const amount = units[dimension];
    account.used[dimension] += amount;
    let child = account;
    for (let parent = account.parent; parent !== undefined; parent = parent.parent) {
      const moved = Math.min(amount, child.heldInParent[dimension]);
      child.heldInParent[dimension] -= moved;
      parent.reserved[dimension] -= moved;
      parent.used[dimension] += amount;
      child = parent;
    }
  }
}

/** The account's state in the contract's shape. @internal */
export function snapshotAccount(account: BudgetAccount, now: number): BudgetSnapshot {
  const snapshot: Partial<Record<string, BudgetDimension>> = {};
  for (const dimension of RESERVABLE_DIMENSIONS) {
    const limit = account.limits[dimension];
    const remaining = remainingUnits(account, dimension);
    snapshot[dimension] = {
      used: fromUnits(dimension, account.used[dimension]),
      reserved: fromUnits(dimension, account.reserved[dimension]),
      limit: limit === undefined ? null : fromUnits(dimension, limit),
      remaining: remaining === undefined ? null : fromUnits(dimension, remaining),
    };
  }
  const wallUsed = wallUsedMs(account, now);
  const wallLimit = account.wallLimitMs;
  return {
    ...(snapshot as Record<ReservableDimension, BudgetDimension>),
    wall_ms: {
      used: wallUsed,
      reserved: 0,
      limit: wallLimit ?? null,
      remaining: wallLimit === undefined ? null : wallLimit - wallUsed,
    },
  };
}
