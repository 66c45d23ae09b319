import type { BudgetDimensionName } from '../contract/budget-snapshot.js';

/** The dimensions that can be reserved; `wall_ms` is measured from a clock, never reserved. */
export type ReservableDimension = Exclude<BudgetDimensionName, 'wall_ms'>;

/** Limits per dimension; a missing dimension is unlimited. `cost_usd` is in US dollars. */
export type BudgetLimits = Partial<Record<BudgetDimensionName, number>>;

/** Amounts to reserve or commit, per reservable dimension (non-negative, finite). */
export type BudgetAmounts = Partial<Record<ReservableDimension, number>>;

/** A reservation's lifecycle: held until committed (charged) or released (refunded). */
export type ReservationStatus = 'reserved' | 'committed' | 'released';

/** An amount held against an account before an action runs. */
export interface BudgetReservation {
  readonly id: string;
  readonly accountId: string;
  readonly amounts: BudgetAmounts;
  readonly status: ReservationStatus;
}
