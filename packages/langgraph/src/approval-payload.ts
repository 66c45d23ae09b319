import type { EventKind, Reason } from '@kitelogik/core';

/**
 * What the middleware passes to LangGraph `interrupt()` when a policy answers
 * `require_approval`: everything a review UI shows. It surfaces in `result.__interrupt__`.
 */
export interface ApprovalRequestPayload {
  readonly type: 'kitelogik.approval';
  readonly kind: EventKind;
  /** The governed event; an approval binds to it and to the exact arguments below. */
  readonly eventId: string;
  readonly callId?: string;
  /** The tool (or child agent, or model) as the framework names it. */
  readonly name: string;
  /** What is approved: the tool arguments, the child agent, the plan steps. */
  readonly args: unknown;
  readonly reasons: readonly Reason[];
  readonly approvers: readonly string[];
  /** Whether the reviewer may answer `edit` (tool calls only). */
  readonly isEditable: boolean;
}

/**
 * The resume value for one approval: `new Command({ resume: { decision: 'approve' } })`, or
 * an id-keyed map of these when several calls wait (`resume: { [interruptId]: answer }`).
 * An edited call is decided again with its new arguments before it runs.
 */
export type ApprovalResponse =
  | {
      readonly decision: 'approve' | 'reject';
      readonly approver?: string;
      readonly comment?: string;
    }
  | {
      readonly decision: 'edit';
      readonly args: Readonly<Record<string, unknown>>;
      readonly approver?: string;
      readonly comment?: string;
    };

/** True when an interrupt value is a kitelogik approval request. */
export function isApprovalRequest(value: unknown): value is ApprovalRequestPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'kitelogik.approval'
  );
}

/**
 * Reads a resume value defensively: anything that is not a well-formed answer is a rejection,
 * so a malformed resume can never run a call.
 */
export function readApprovalResponse(value: unknown): ApprovalResponse {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const approver = typeof raw.approver === 'string' ? { approver: raw.approver } : {};
  const comment = typeof raw.comment === 'string' ? { comment: raw.comment } : {};
  if (raw.decision === 'approve') return { decision: 'approve', ...approver, ...comment };
  const args = raw.args;
  if (
    raw.decision === 'edit' &&
    typeof args === 'object' &&
    args !== null &&
    !Array.isArray(args)
  ) {
    return { decision: 'edit', args: args as Record<string, unknown>, ...approver, ...comment };
  }
  const why = raw.decision === 'reject' ? comment : { comment: 'unrecognised resume value' };
  return { decision: 'reject', ...approver, ...why };
}
