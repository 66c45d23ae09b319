/** One budget dimension as the ledger reports it; `limit`/`remaining` are `null` when unlimited. */
export interface BudgetDimension {
  readonly used: number;
  readonly reserved: number;
  readonly limit: number | null;
  readonly remaining: number | null;
}

/** The budget dimensions the contract names. */
export type BudgetDimensionName = 'tokens' | 'tool_calls' | 'cost_usd' | 'wall_ms';

/** The ledger snapshot for a session, the current request included. */
export type BudgetSnapshot = { readonly [TName in BudgetDimensionName]: BudgetDimension };

/** The budget dimension names, in contract order. */
export const BUDGET_DIMENSIONS: readonly BudgetDimensionName[] = [
  'tokens',
  'tool_calls',
  'cost_usd',
  'wall_ms',
];
