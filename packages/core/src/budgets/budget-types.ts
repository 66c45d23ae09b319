/** A budget dimension, as named in the policy contract's `budget` object. */
export type BudgetDimension = 'tokens' | 'tool_calls' | 'cost_usd' | 'wall_ms';

/** Every {@link BudgetDimension}, in the contract's order. */
export const BUDGET_DIMENSIONS: readonly BudgetDimension[] = [
  'tokens',
  'tool_calls',
  'cost_usd',
  'wall_ms',
];

/** The dimensions that can be reserved; `wall_ms` is measured from a clock, never reserved. */
export type ReservableDimension = Exclude<BudgetDimension, 'wall_ms'>;

/** Limits per dimension; a missing dimension is unlimited. `cost_usd` is in US dollars. */
export type BudgetLimits = Partial<Record<BudgetDimension, number>>;

/** Amounts to reserve or commit, per reservable dimension (non-negative, finite). */
export type BudgetAmounts = Partial<Record<ReservableDimension, number>>;

/**
 * One dimension of a {@link BudgetSnapshot}, exactly as in the policy contract.
 * `remaining = limit - used - reserved`; it goes negative when actual use overran a reservation.
 */
export interface BudgetDimensionSnapshot {
  readonly used: number;
  readonly reserved: number;
  /** `null` when the dimension has no limit. */
  readonly limit: number | null;
  /** `null` when the dimension has no limit. */
  readonly remaining: number | null;
}

/** The ledger state of one account: the contract's `input.budget` object. */
export type BudgetSnapshot = Readonly<Record<BudgetDimension, BudgetDimensionSnapshot>>;

/** A reservation's lifecycle: held until committed (charged) or released (refunded). */
export type ReservationStatus = 'reserved' | 'committed' | 'released';

/** An amount held against an account before an action runs. */
export interface BudgetReservation {
  readonly id: string;
  readonly accountId: string;
  readonly amounts: BudgetAmounts;
  readonly status: ReservationStatus;
}
