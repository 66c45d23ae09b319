import type { DecisionOutcome } from './decision-outcome.js';
import type { Session, SessionOptions } from './session.js';

/**
 * The policy enforcement point: it builds contract events, evaluates them with a deadline,
 * enforces precedence, budgets and approvals, and audits every decision.
 */
export interface Governor {
  /** Opens a root session for one principal and agent. */
  session(options: SessionOptions): Session;
  /**
   * Decides a full, pre-built contract event (CLI, tests, replays): validated, evaluated and
   * audited, without budgets or approvals. Never throws.
   */
  decideEvent(event: unknown): Promise<DecisionOutcome>;
  /** The digest of the prepared policy bundle, once prepared. */
  policyDigest(): Promise<string | undefined>;
}
