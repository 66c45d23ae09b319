import type { AuditEntry, AuditRecord, AuditSink, GovernanceEvent } from '@kitelogik/core';

const EFFECT_LABELS: Record<string, string> = {
  allow: 'ALLOW',
  deny: 'DENY',
  require_approval: 'ASK A HUMAN',
};

function subject(event: GovernanceEvent): string {
  switch (event.kind) {
    case 'tool.call':
      return `${event.action.tool.name} ${JSON.stringify(event.action.args)}`;
    case 'agent.spawn':
    case 'agent.delegate':
      return `${event.action.child.name} asking for [${event.action.child.requested_scopes.join(', ')}]`;
    case 'agent.plan':
      return `${event.action.step_count} step(s): ${event.action.steps.map((s) => s.tool).join(', ')}`;
    default:
      return `${event.action.model}, ~${event.action.estimated_input_tokens} input tokens`;
  }
}

/** One readable line per audit record: what was decided, for which agent, and why. */
export function describeRecord(record: AuditEntry | AuditRecord): string | undefined {
  if (record.type === 'decision') {
    const event = record.event as GovernanceEvent;
    const decision = record.decision as { effect: string; reasons: { code: string }[] };
    const who = `${event.agent.name}@${event.agent.depth}`;
    const why = decision.reasons.map((reason) => reason.code).join(', ');
    const label = EFFECT_LABELS[decision.effect] ?? decision.effect;
    return `  decide  ${who.padEnd(10)} ${event.kind.padEnd(12)} ${subject(event)}\n          -> ${label} (${why})`;
  }
  if (record.type === 'approval') {
    const grant = record.grant as { approver: string; decision: string };
    return `  human   ${grant.approver} ${grant.decision} the call`;
  }
  if (record.type === 'budget' && record.status === 'committed') {
    const actual = record.actual as { tokens?: number; tool_calls?: number } | undefined;
    if (actual?.tokens === undefined) return undefined;
    const tokens = (record.snapshot as { tokens?: { used: number; limit: number | null } })?.tokens;
    return `  budget  ${actual.tokens} tokens used (${tokens?.used}/${tokens?.limit ?? 'no limit'})`;
  }
  return undefined;
}

/** An audit sink that prints a transcript line for each record, then hands it to `inner`. */
export function createTranscriptSink(inner: AuditSink, print: (line: string) => void): AuditSink {
  return {
    async append(entry) {
      const record = await inner.append(entry);
      const line = describeRecord(entry);
      if (line !== undefined) print(line);
      return record;
    },
    flush: () => inner.flush(),
    close: () => inner.close(),
  };
}
