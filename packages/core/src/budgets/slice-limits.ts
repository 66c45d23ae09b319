import type { BudgetDimensionName } from '../contract/budget-snapshot.js';
import type { BudgetAccount } from './budget-account.js';
import { remainingUnits, wallUsedMs } from './budget-account.js';
import type { BudgetLimits } from './budget-types.js';
import { RESERVABLE_DIMENSIONS, toUnits, type UnitAmounts, zeroUnits } from './budget-units.js';

/** Effective limits of a new account, in units, and the slice to hold in its parent. @internal */
export interface SliceLimits {
  readonly limits: Partial<UnitAmounts>;
  readonly wallLimitMs: number | undefined;
  readonly held: UnitAmounts;
  readonly clamped: BudgetDimensionName[];
}

/**
 * Computes a new account's effective limits. Without a parent they are the requested limits.
 * With one, every dimension the parent limits is clamped to what the parent has left (a child
 * that names no limit there takes all of it), so a child can never spend more than its parent
 * had left when it was opened. Returns an error message for an invalid limit. @internal
 */
export function computeSliceLimits(
  requested: BudgetLimits,
  parent: BudgetAccount | undefined,
  now: number,
): SliceLimits | string {
  const limits: Partial<UnitAmounts> = {};
  const held = zeroUnits();
  const clamped: BudgetDimensionName[] = [];
  for (const dimension of [...RESERVABLE_DIMENSIONS, 'wall_ms'] as const) {
    const amount = requested[dimension];
    if (amount !== undefined && (!Number.isFinite(amount) || amount < 0)) {
      return `limit ${dimension} must be a finite, non-negative number, got ${String(amount)}`;
    }
  }
  for (const dimension of RESERVABLE_DIMENSIONS) {
    const amount = requested[dimension];
    const wanted = amount === undefined ? undefined : toUnits(dimension, amount);
    const left = parent === undefined ? undefined : remainingUnits(parent, dimension);
    if (left === undefined) {
      if (wanted !== undefined) limits[dimension] = wanted;
      continue;
    }
    const available = Math.max(0, left);
    const effective = wanted === undefined ? available : Math.min(wanted, available);
    if (wanted !== undefined && wanted > available) clamped.push(dimension);
    limits[dimension] = effective;
    held[dimension] = effective;
  }
  const wanted = requested.wall_ms;
  const parentWall = parent?.wallLimitMs;
  let wallLimitMs = wanted;
  if (parent !== undefined && parentWall !== undefined) {
    const available = Math.max(0, parentWall - wallUsedMs(parent, now));
    wallLimitMs = wanted === undefined ? available : Math.min(wanted, available);
    if (wanted !== undefined && wanted > available) clamped.push('wall_ms');
  }
  return { limits, wallLimitMs, held, clamped };
}
