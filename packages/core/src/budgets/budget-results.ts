import type { BudgetDimensionName, BudgetSnapshot } from '../contract/budget-snapshot.js';
import type { BudgetLimits, BudgetReservation, ReservationStatus } from './budget-types.js';

/** Why a ledger call about an account could not be carried out. */
export type BudgetAccountError =
  | { readonly ok: false; readonly code: 'unknown_account'; readonly message: string }
  | { readonly ok: false; readonly code: 'account_closed'; readonly message: string }
  | { readonly ok: false; readonly code: 'invalid_amount'; readonly message: string };

/**
 * The result of opening an account. `limits` are the effective limits: a child's are clamped to
 * what its parent had left, and `clamped` names the dimensions where that happened.
 * Opening an existing account is idempotent and reports its limits with `isNew: false`.
 */
export type OpenAccountResult =
  | {
      readonly ok: true;
      readonly accountId: string;
      readonly limits: BudgetLimits;
      readonly clamped: readonly BudgetDimensionName[];
      readonly isNew: boolean;
    }
  | BudgetAccountError;

/** The result of a reservation: either held, or refused because a dimension is exhausted. */
export type ReserveResult =
  | { readonly ok: true; readonly reservation: BudgetReservation }
  | {
      readonly ok: false;
      readonly code: 'budget_exhausted';
      readonly dimension: BudgetDimensionName;
      readonly requested: number;
      readonly remaining: number;
      readonly message: string;
    }
  | {
      readonly ok: false;
      readonly code: 'reservation_conflict';
      readonly message: string;
    }
  | BudgetAccountError;

/** The result of committing or releasing a reservation. */
export type SettleResult =
  | {
      readonly ok: true;
      readonly reservation: BudgetReservation;
      readonly snapshot: BudgetSnapshot;
    }
  | { readonly ok: false; readonly code: 'unknown_reservation'; readonly message: string }
  | {
      readonly ok: false;
      readonly code: 'already_settled';
      readonly status: ReservationStatus;
      readonly message: string;
    }
  | { readonly ok: false; readonly code: 'invalid_amount'; readonly message: string };

/** The result of closing an account: the unused slice returned to the parent, if any. */
export type CloseAccountResult =
  | {
      readonly ok: true;
      readonly snapshot: BudgetSnapshot;
      readonly returnedToParent: Partial<Record<BudgetDimensionName, number>>;
    }
  | BudgetAccountError
  | { readonly ok: false; readonly code: 'open_children'; readonly message: string };
