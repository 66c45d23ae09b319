import type { BudgetDimensionName } from '../contract/budget-snapshot.js';
import type { BudgetAmounts, ReservableDimension } from './budget-types.js';

/** Reservable dimensions, in the contract's order. @internal */
export const RESERVABLE_DIMENSIONS: readonly ReservableDimension[] = [
  'tokens',
  'tool_calls',
  'cost_usd',
];

/** Amounts in integer ledger units (micro-dollars for `cost_usd`). @internal */
export type UnitAmounts = Record<ReservableDimension, number>;

// Dollars are kept as integer micro-dollars so sums never drift (0.1 + 0.2 stays 0.3).
const MICROS_PER_DOLLAR = 1_000_000;

/** Converts a public amount to ledger units. @internal */
export function toUnits(dimension: BudgetDimensionName, amount: number): number {
  return dimension === 'cost_usd' ? Math.round(amount * MICROS_PER_DOLLAR) : amount;
}

/** Converts ledger units back to a public amount. @internal */
export function fromUnits(dimension: BudgetDimensionName, units: number): number {
  return dimension === 'cost_usd' ? units / MICROS_PER_DOLLAR : units;
}

/** A zeroed {@link UnitAmounts}. @internal */
export function zeroUnits(): UnitAmounts {
  return { tokens: 0, tool_calls: 0, cost_usd: 0 };
}

/**
 * Validates and converts amounts to units; returns an error message for a negative or non-finite
 * amount. Unknown keys (including `wall_ms`) are ignored. @internal
 */
export function parseAmounts(amounts: BudgetAmounts): UnitAmounts | string {
  const units = zeroUnits();
  for (const dimension of RESERVABLE_DIMENSIONS) {
    const amount = amounts[dimension];
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      return `${dimension} must be a finite, non-negative number, got ${String(amount)}`;
    }
    units[dimension] = toUnits(dimension, amount);
  }
  return units;
}

/** Converts units back to public amounts, omitting zero dimensions. @internal */
export function toAmounts(units: UnitAmounts): BudgetAmounts {
  const amounts: BudgetAmounts = {};
  for (const dimension of RESERVABLE_DIMENSIONS) {
    if (units[dimension] !== 0) amounts[dimension] = fromUnits(dimension, units[dimension]);
  }
  return amounts;
}
