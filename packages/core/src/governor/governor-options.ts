import type { ApprovalStore } from '../approvals/approval-store.js';
import type { Approver } from '../approvals/approver.js';
import type { AuditSink } from '../audit/audit-sink.js';
import type { BudgetLedger } from '../budgets/budget-ledger.js';
import type { Framework, ToolSource, ToolTier } from '../contract/governance-event.js';
import type { PolicyEngine, PreparedPolicy } from '../engine/policy-engine.js';
import type { PolicySource } from '../policies/load-policies.js';
import type { ResourceExtractor } from '../resources/resource-extractor.js';

/** What the application declares about a tool; it wins over what an adapter reports. */
export interface ToolDeclaration {
  readonly tier?: ToolTier;
  readonly source?: ToolSource;
  readonly server?: string | null;
  readonly annotations?: Readonly<Record<string, unknown>>;
  /** Extractors for this tool's resources, on top of the built-in ones. */
  readonly extractors?: readonly ResourceExtractor[];
}

/** An injectable clock in epoch milliseconds; events and approvals read time only from it. */
export interface Clock {
  now(): number;
}

/** Makes ids for sessions, agents and events; `prefix` is `sess`, `agt` or `evt`. */
export type IdGenerator = (prefix: string) => string;

/** Options for {@link createGovernor}. Give `policies` (and optionally `engine`), or a `prepared` policy. */
export interface GovernorOptions {
  /** Default: the embedded Rego engine ({@link createRegoEngine}). */
  readonly engine?: PolicyEngine;
  /** A policy directory, an OPA bundle (`.tar.gz`) or a built {@link PolicyBundle}. */
  readonly policies?: PolicySource;
  readonly prepared?: PreparedPolicy;
  /** The query evaluated for every event; default `data.kitelogik.main.decision`. */
  readonly entrypoint?: string;
  readonly audit: AuditSink;
  /** Default: an in-memory ledger on the governor's clock. */
  readonly budgets?: BudgetLedger;
  /** Default: `Date.now`. */
  readonly clock?: Clock;
  /** Answers `require_approval` decisions in-process (e.g. a policy bot); else the adapter asks a human. */
  readonly approver?: Approver;
  /** Default: an in-memory store. */
  readonly approvals?: ApprovalStore;
  /** The evaluation deadline in milliseconds; default 50. */
  readonly deadlineMs?: number;
  readonly tools?: Readonly<Record<string, ToolDeclaration>>;
  /** The directory relative file paths are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * `block` (default): each decision waits for its audit record, and one that cannot be written
   * is a deny `audit.unavailable`. `continue`: decisions neither wait for nor depend on the write.
   */
  readonly auditFailure?: 'block' | 'continue';
  readonly idGenerator?: IdGenerator;
  /** The framework events are attributed to; adapters set theirs. Default `core`. */
  readonly framework?: Framework;
  /** Separates decision caches of several governors sharing one store. */
  readonly namespace?: string;
  /** Bound of the per-call decision cache; default 10 000. */
  readonly maxCachedDecisions?: number;
}
