import type { PolicySource } from '../policies/load-policies.js';
import type { DecisionOutcome } from './decision-outcome.js';
import type { PolicyIdentity } from './reload-policies.js';
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
  /**
   * Hot reload: loads and compiles `source` (default: the policies the governor was created
   * with) off the hot path, then swaps atomically; each swap is an audit record. Policies that
   * fail to compile are rejected with a {@link PolicyConfigError} and the current ones keep
   * serving.
   */
  reload(source?: PolicySource): Promise<PolicyIdentity>;
  /** The digest of the prepared policy bundle, once prepared. */
  policyDigest(): Promise<string | undefined>;
}
