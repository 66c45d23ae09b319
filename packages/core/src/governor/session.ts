import type { BudgetLimits } from '../budgets/budget-types.js';
import type { BudgetSnapshot } from '../contract/budget-snapshot.js';
import type { Decision } from '../contract/decision.js';
import type {
  ChildAgent,
  DelegationMode,
  EventAgent,
  EventSession,
  Principal,
} from '../contract/governance-event.js';
import type { DecisionOutcome } from './decision-outcome.js';
import type { DecisionRequest } from './decision-request.js';

/** What {@link Governor.session} needs to open a root session. */
export interface SessionOptions {
  readonly principal: Principal;
  /** The root agent's effective scopes. */
  readonly scopes: readonly string[];
  /** The session's budget limits; a missing dimension is unlimited. */
  readonly budgets: BudgetLimits;
  /** A stable id, so a resumed run (another process) finds its decisions and approvals. */
  readonly id?: string;
  readonly dataLabels?: readonly string[];
  readonly labels?: Readonly<Record<string, unknown>>;
  readonly agent?: { readonly name: string; readonly id?: string };
}

/** How a tool call ended, for {@link Session.settle}. */
export interface SettleRequest {
  readonly status: 'succeeded' | 'failed';
  readonly tokens?: number;
  readonly cost_usd?: number;
}

/** The result of {@link Session.settle}: errors are values. */
export type SettleOutcome =
  | { readonly ok: true; readonly status: 'committed' | 'released' }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** The result of {@link Session.approve}: errors (unknown event, expired request) are values. */
export type ApproveOutcome =
  | { readonly ok: true; readonly decision: 'approved' | 'rejected' }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** A human (or configured) answer to a `require_approval` decision. */
export interface ApprovalAnswer {
  readonly eventId: string;
  /**
   * The exact arguments approved; the grant binds to their digest. For a tool call these are
   * its `args`; for other kinds, the subject the decision was about: the `child` of a spawn,
   * `{ child, mode }` of a delegation, the `steps` of a plan, `{ model, estimated_input_tokens }`.
   */
  readonly args: unknown;
  readonly approver: string;
  readonly approved: boolean;
  readonly comment?: string;
}

/** Asks for a child agent (spawn) or a delegation target. */
export interface ChildRequest {
  readonly child: ChildAgent;
  readonly callId?: string;
}

/** Asks for a delegation; `mode` defaults to `handoff`. */
export interface DelegationRequest extends ChildRequest {
  readonly mode?: DelegationMode;
}

/** The outcome of a spawn or delegation: the child session exists only when allowed. */
export interface ChildOutcome extends DecisionOutcome {
  readonly session?: Session;
}

/** What {@link Session.snapshot} returns: the blocks the next event will carry. */
export interface SessionSnapshot {
  readonly session: EventSession;
  readonly agent: EventAgent;
  readonly budget: BudgetSnapshot;
}

/**
 * A governed agent session: every action goes through {@link Session.decide} first.
 * Nothing on a session throws; faults become denies (fail closed) or error values.
 */
export interface Session {
  readonly id: string;
  /** The agent this session acts as: id, depth, lineage and effective (narrowed) scopes. */
  readonly agent: EventAgent;
  /** True once this session or an ancestor was revoked. */
  readonly isRevoked: boolean;
  /** Decides one action; the same call id always yields the same decision (and one audit record). */
  decide(request: DecisionRequest): Promise<DecisionOutcome>;
  /**
   * What the policy would decide for `request` now, with nothing recorded (no budget, approval,
   * cache or audit): for hiding tools a policy denies outright. Never a substitute for `decide`.
   */
  preview(request: DecisionRequest): Promise<Decision>;
  /** The session block (principal, data labels, labels) and the current budget snapshot. */
  snapshot(): Promise<SessionSnapshot>;
  /**
   * Commits (succeeded) or releases (failed) the budget held for a call, and audits it. Pass the
   * call id, or the event id when the request had none (e.g. a model call without `callId`).
   */
  settle(callId: string, result: SettleRequest): Promise<SettleOutcome>;
  /** Records a human answer to a `require_approval`; re-decide the call afterwards. */
  approve(answer: ApprovalAnswer): Promise<ApproveOutcome>;
  /** Decides an `agent.spawn` and, when allowed, opens the child session. */
  spawn(request: ChildRequest): Promise<ChildOutcome>;
  /** Decides an `agent.delegate` and, when allowed, opens the delegate's session. */
  delegate(request: DelegationRequest): Promise<ChildOutcome>;
  /** Adds data classifications that entered the session (e.g. `pii`); later events carry them. */
  addDataLabels(labels: readonly string[]): void;
  /** Ends this session and all its children; their later decisions deny with `session.revoked`. */
  revoke(): Promise<void>;
}
