import type { AuditEntry, AuditRecord, AuditSink, GovernanceEvent } from '@kitelogik/core';

function subject(event: GovernanceEvent): string {
  switch (event.kind) {
    case 'tool.call':
      return `${event.action.tool.name} ${JSON.stringify(event.action.args)}`;
    case 'agent.spawn':
    case 'agent.delegate':
      return `${event.action.child.name} (asks ${event.action.child.requested_scopes.join(', ') || 'no scopes'})`;
    case 'agent.plan':
      return event.action.steps.map((step) => step.tool).join(', ');
    default:
      return `${event.action.model}, ~${event.action.estimated_input_tokens} tokens`;
  }
}

/** One transcript line for an audit record, or nothing for records not worth a line. */
function describe(record: AuditRecord, showModelCalls: boolean): string | undefined {
  if (record.type === 'approval') {
    const grant = record.grant as { decision: string; approver: string };
    return `  approval  ${grant.decision} by ${grant.approver}`;
  }
  if (record.type !== 'decision') return undefined;
  const event = record.event as GovernanceEvent;
  if (event.kind === 'model.call' && !showModelCalls) return undefined;
  const decision = record.decision as { effect: string; reasons: { code: string }[] };
  const where = `${event.agent.name}@${event.agent.depth}`;
  const codes = decision.reasons.map((reason) => reason.code).join(', ');
  return `  ${decision.effect.padEnd(16)} ${event.kind.padEnd(14)} ${where.padEnd(14)} ${subject(event)}  [${codes}]`;
}

/** An audit sink that prints every decision and approval as it is recorded, then stores it. */
export function printDecisions(
  sink: AuditSink,
  options: { readonly isQuiet: boolean; readonly showModelCalls: boolean },
): AuditSink {
  return {
    async append(entry: AuditEntry): Promise<AuditRecord> {
      const record = await sink.append(entry);
      const line = options.isQuiet ? undefined : describe(record, options.showModelCalls);
      if (line !== undefined) console.log(line);
      return record;
    },
    flush: () => sink.flush(),
    close: () => sink.close(),
  };
}
