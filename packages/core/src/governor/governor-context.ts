import type { ApprovalStore } from '../approvals/approval-store.js';
import type { Approver } from '../approvals/approver.js';
import type { DecisionCache } from '../approvals/decision-cache.js';
import type { AuditSink } from '../audit/audit-sink.js';
import type { BudgetLedger } from '../budgets/budget-ledger.js';
import type { Framework } from '../contract/governance-event.js';
import type { PreparedPolicy } from '../engine/policy-engine.js';
import type { DecisionTelemetry } from '../telemetry/decision-telemetry.js';
import type { DecisionOutcome } from './decision-outcome.js';
import type { Clock, IdGenerator, ToolDeclaration } from './governor-options.js';
import type { IsoClock } from './iso-time.js';

/** The governor's resolved configuration, shared by all its sessions. @internal */
export interface GovernorContext {
  /** The prepared policy, or a promise of it while the bundle compiles. */
  prepared: PreparedPolicy | Promise<PreparedPolicy>;
  /** The bundle identity written to every decision record. */
  bundle: { readonly digest: string; readonly revision?: string };
  /** The engine's name, for audit records. */
  readonly engineName: string;
  readonly entrypoint: string;
  readonly audit: AuditSink;
  readonly budgets: BudgetLedger;
  readonly clock: Clock;
  /** The clock as ISO text, for event times. */
  readonly isoNow: IsoClock;
  readonly approver: Approver | undefined;
  readonly approvals: ApprovalStore;
  readonly deadlineMs: number;
  readonly tools: Readonly<Record<string, ToolDeclaration>>;
  readonly cwd: string | undefined;
  readonly isAuditBlocking: boolean;
  readonly newId: IdGenerator;
  readonly framework: Framework;
  readonly namespace: string;
  readonly cache: DecisionCache<DecisionOutcome>;
  readonly telemetry: DecisionTelemetry;
}

/**
 * The bundle identity to audit for a decision evaluated with `prepared`: the digest always
 * comes from the policy that was actually evaluated, so a reload between evaluation and
 * audit cannot mislabel the record. @internal
 */
export function bundleOf(
  context: GovernorContext,
  prepared: PreparedPolicy,
): GovernorContext['bundle'] {
  return context.bundle.digest === prepared.digest ? context.bundle : { digest: prepared.digest };
}
