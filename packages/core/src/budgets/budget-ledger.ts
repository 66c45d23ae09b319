import type { BudgetSnapshot } from '../contract/budget-snapshot.js';
import type {
  CloseAccountResult,
  OpenAccountResult,
  ReserveResult,
  SettleResult,
} from './budget-results.js';
import type { BudgetAmounts, BudgetLimits } from './budget-types.js';

/** Options for {@link BudgetLedger.open}. */
export interface OpenAccountOptions {
  /**
   * Open the account as a slice of this parent. The slice is held as `reserved` in the parent,
   * clamped to what the parent has left, and each limited dimension the child leaves out takes
   * all of it; the child's use is charged to the parent as it is committed.
   */
  readonly parent?: string;
}

/** Options for {@link BudgetLedger.reserve}. */
export interface ReserveOptions {
  /** Idempotency key: reserving the same id again returns the same reservation. */
  readonly reservationId: string;
}

/**
 * A budget ledger: accounts with limits, and reservations held before an action and committed or
 * released after it. All methods are async so that a shared (Redis, Postgres) ledger can implement
 * it; every implementation must check and write atomically so that N concurrent reservations
 * against a remaining budget of k succeed at most k times. Failures are values, never throws.
 */
export interface BudgetLedger {
  /** Opens an account (a session, or a child agent's slice of its parent). Idempotent. */
  open(
    accountId: string,
    limits: BudgetLimits,
    options?: OpenAccountOptions,
  ): Promise<OpenAccountResult>;
  /**
   * Holds `amounts` against the account, or refuses with the first exhausted dimension.
   * `wall_ms` is checked, not reserved: a spent wall-clock budget refuses every reservation.
   */
  reserve(
    accountId: string,
    amounts: BudgetAmounts,
    options: ReserveOptions,
  ): Promise<ReserveResult>;
  /**
   * Charges a reservation. `actual` (default: the reserved amounts) may differ; over-use is
   * recorded as used and may push `remaining` below zero.
   */
  commit(reservationId: string, actual?: BudgetAmounts): Promise<SettleResult>;
  /** Refunds a reservation that was not used. */
  release(reservationId: string): Promise<SettleResult>;
  /** The account's current state in the contract's shape, or `undefined` for an unknown id. */
  snapshot(accountId: string): Promise<BudgetSnapshot | undefined>;
  /**
   * Closes the account: releases its open reservations, freezes its wall clock and returns the
   * unused part of its slice to the parent. Children must be closed first.
   */
  close(accountId: string): Promise<CloseAccountResult>;
}
