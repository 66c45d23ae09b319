/** The three effects a decision can have, in ascending strictness: allow < require_approval < deny. */
export type Effect = 'allow' | 'deny' | 'require_approval';

/** Why a decision was taken: a stable machine code, a human message and the policy that said so. */
export interface Reason {
  readonly code: string;
  readonly message: string;
  readonly policy?: string;
}

/** The approval obligation: who may approve and how long an approval stays valid. */
export interface ApprovalObligation {
  readonly approvers?: readonly string[];
  readonly ttl_s?: number;
}

/** Obligations attached to a decision; the core enforces the ones it understands. */
export interface Obligations {
  readonly approval?: ApprovalObligation;
  readonly narrow_scopes?: readonly string[];
  readonly [key: string]: unknown;
}

/** What a policy returns and what the core hands back to adapters. */
export interface Decision {
  readonly effect: Effect;
  readonly reasons: readonly Reason[];
  readonly obligations?: Obligations;
}
