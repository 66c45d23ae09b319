import type { Decision } from '../contract/decision.js';
import type { GovernanceEvent } from '../contract/governance-event.js';
import { validateEvent } from '../contract/validate-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import { evaluateWithDeadline } from '../engine/evaluate-with-deadline.js';
import { appendAudit } from './append-audit.js';
import { canonicalizeEvent } from './canonicalize-event.js';
import type { DecisionOutcome } from './decision-outcome.js';
import { bundleOf, type GovernorContext } from './governor-context.js';

function idOf(value: unknown): string {
  const id =
    typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}

/**
 * Decides a full, pre-built contract event: validate (deny `event.invalid` naming the field),
 * evaluate under the deadline, normalise, audit. No budgets, approvals or caching: those
 * belong to sessions. Never rejects. @internal
 */
export async function decideEvent(
  context: GovernorContext,
  value: unknown,
): Promise<DecisionOutcome> {
  const startedAt = performance.now();
  const validation = validateEvent(value);
  const span = context.telemetry.start({
    kind: validation.ok ? validation.event.kind : 'invalid',
    ...(validation.ok && validation.event.kind === 'tool.call'
      ? { tool: validation.event.action.tool.name }
      : {}),
  });
  let decision: Decision;
  let bundle = context.bundle;
  let engineDecisionId: string | undefined;
  let canonical: GovernanceEvent | undefined;
  if (!validation.ok) {
    decision = denyDecision(
      'event.invalid',
      `${validation.field || 'event'}: ${validation.message}`,
    );
  } else {
    try {
      canonical = canonicalizeEvent(context, validation.event);
      const prepared = await context.prepared;
      bundle = bundleOf(context, prepared);
      const evaluated = await evaluateWithDeadline({
        prepared,
        query: context.entrypoint,
        input: canonical,
        deadlineMs: context.deadlineMs,
        nowMs: context.clock.now(),
      });
      decision = evaluated.decision;
      engineDecisionId = evaluated.engineDecisionId;
    } catch (error) {
      decision = denyDecision('engine.error', `the policy could not be prepared: ${String(error)}`);
    }
  }
  const isAudited = await appendAudit(context, {
    type: 'decision',
    event:
      canonical ?? (typeof value === 'object' && value !== null ? value : { value: String(value) }),
    decision,
    bundle,
    engine: context.engineName,
    ...(engineDecisionId === undefined ? {} : { engine_decision_id: engineDecisionId }),
    latency_us: Math.round((performance.now() - startedAt) * 1000),
  });
  if (!isAudited && context.isAuditBlocking) {
    decision = denyDecision(
      'audit.unavailable',
      'the decision could not be written to the audit log',
    );
  }
  context.telemetry.end(span, decision, performance.now() - startedAt);
  const eventId = idOf(value);
  return validation.ok
    ? { decision, eventId, event: canonical ?? validation.event }
    : { decision, eventId };
}
