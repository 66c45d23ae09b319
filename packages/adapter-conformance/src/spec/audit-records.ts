import type { AuditRecord, GovernanceEvent } from '@kitelogik/core';
import type { SpecFixture } from '../conformance-types.js';

/** A decision record's event and effect, for assertions. @internal */
export interface DecisionRow {
  readonly eventId: string;
  readonly kind: string;
  readonly callId?: string;
  readonly effect: string;
  readonly codes: readonly string[];
  readonly event: GovernanceEvent;
}

/** The decision records of a fixture's audit log, optionally of one event kind. @internal */
export function decisionRows(fixture: SpecFixture, kind?: string): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const record of fixture.audit.records as readonly AuditRecord[]) {
    if (record.type !== 'decision') continue;
    const event = record.event as GovernanceEvent;
    if (kind !== undefined && event.kind !== kind) continue;
    const decision = record.decision as { effect: string; reasons: { code: string }[] };
    rows.push({
      eventId: event.id,
      kind: event.kind,
      ...(event.kind === 'tool.call' ? { callId: event.action.call_id } : {}),
      effect: decision.effect,
      codes: decision.reasons.map((reason) => reason.code),
      event,
    });
  }
  return rows;
}

/** The records of one type (approval, budget). @internal */
export function recordsOfType(fixture: SpecFixture, type: string): AuditRecord[] {
  return fixture.audit.records.filter((record) => record.type === type);
}
