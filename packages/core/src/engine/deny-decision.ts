import type { Decision } from '../contract/decision.js';

/** Builds a deny with one core reason (`policy: "kitelogik.core"`), for fail-closed paths. */
export function denyDecision(code: string, message: string): Decision {
  return { effect: 'deny', reasons: [{ code, message, policy: 'kitelogik.core' }] };
}
