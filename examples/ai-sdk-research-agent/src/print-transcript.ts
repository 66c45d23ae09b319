import type { AuditRecord, AuditSink } from '@kitelogik/core';

const MARK: Record<string, string> = { allow: 'ALLOW', deny: 'DENY ', require_approval: 'ASK  ' };

function describe(record: AuditRecord): string | undefined {
  if (record.type === 'decision') {
    const event = record.event as {
      kind: string;
      agent: { name: string; depth: number };
      action: {
        tool?: { name: string };
        args?: unknown;
        model?: string;
        child?: { name: string };
        steps?: { tool: string }[];
      };
    };
    const decision = record.decision as { effect: string; reasons: { code: string }[] };
    const { action } = event;
    const what =
      event.kind === 'tool.call'
        ? `${action.tool?.name} ${JSON.stringify(action.args)}`
        : event.kind === 'agent.spawn'
          ? `spawn ${action.child?.name}`
          : event.kind === 'model.call'
            ? `model ${action.model}`
            : `plan [${(action.steps ?? []).map((step) => step.tool).join(', ')}]`;
    const codes = decision.reasons.map((reason) => reason.code).join(', ');
    const indent = '  '.repeat(event.agent.depth);
    return `${indent}  [${MARK[decision.effect] ?? decision.effect}] ${event.agent.name}: ${what}  (${codes})`;
  }
  if (record.type === 'approval') {
    const grant = record.grant as { decision: string; approver: string };
    return `  [HUMAN] ${grant.decision} by ${grant.approver} (call ${String(record.call_id)})`;
  }
  if (record.type === 'policy' && record.would_block === true) {
    return `  [SHADOW] would have blocked: ${JSON.stringify(record.reasons)}`;
  }
  return undefined;
}

/** Wraps an audit sink so every decision and approval is printed as it is recorded. */
export function printTranscript(
  sink: AuditSink,
  options: { readonly isQuiet: boolean; readonly showModelCalls: boolean },
): AuditSink {
  return {
    async append(entry) {
      const record = await sink.append(entry);
      const line = describe(record);
      // Allowed model calls are noise; a refused one is a budget stop worth showing.
      const isModel = line?.includes(': model ') === true && line.includes('[ALLOW]');
      if (line !== undefined && !options.isQuiet && (!isModel || options.showModelCalls)) {
        console.log(line);
      }
      return record;
    },
    flush: () => sink.flush(),
    close: () => sink.close(),
  };
}
