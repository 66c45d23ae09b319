import type { Reason } from './decision.js';

/**
 * One line a model or a person can read: `code: message; code: message`. Adapters use it for
 * what the model sees in place of a refused action.
 */
export function describeReasons(reasons: readonly Reason[]): string {
  if (reasons.length === 0) return 'no reason given';
  return reasons.map((reason) => `${reason.code}: ${reason.message}`).join('; ');
}
