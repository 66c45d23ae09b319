import { fileURLToPath } from 'node:url';
import {
  type AuditRecord,
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  type GovernanceEvent,
  type Governor,
  loadPolicyDirectory,
  type MemoryAuditSink,
  type PreparedPolicy,
  type Session,
} from '@kitelogik/core';
import { type FunctionTool, Runner, tool } from '@openai/agents-core';
import { z } from 'zod';

const POLICIES = fileURLToPath(new URL('../../../../policies', import.meta.url));

let prepared: Promise<PreparedPolicy> | undefined;

/** The reference policies (`/policies` with its data.json), compiled once per test file. */
export function referencePolicy(): Promise<PreparedPolicy> {
  prepared ??= loadPolicyDirectory(POLICIES).then((bundle) => createRegoEngine().prepare(bundle));
  return prepared;
}

/** A governor on the real engine and the reference policies, its audit log and a session. */
export interface Harness {
  readonly governor: Governor;
  readonly audit: MemoryAuditSink;
  readonly session: Session;
  /** How often each tool ran, by framework name. */
  readonly executions: Map<string, number>;
  readonly runner: Runner;
  /** A tool that counts its runs and answers `<name> ok <args>`. */
  countingTool(name: string, parameters?: z.ZodObject): FunctionTool<unknown, z.ZodObject>;
}

/** Policy names of the framework tool names the tests use. */
export const TOOL_NAMES: Readonly<Record<string, string>> = {
  crm_get_customer: 'crm.get_customer',
  payments_refund: 'payments.refund',
  db_drop: 'db.drop',
  fs_write: 'fs.write',
  email_send: 'email.send',
  search_web: 'search.web',
};

/** Builds a {@link Harness}; a generous deadline keeps cold evaluations from timing out. */
export async function referenceHarness(
  options: { scopes?: readonly string[]; budgets?: Record<string, number> } = {},
): Promise<Harness> {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    prepared: await referencePolicy(),
    audit,
    framework: 'openai-agents',
    deadlineMs: 2000,
    cwd: '/workspace',
  });
  const session = governor.session({
    principal: { id: 'user-7', roles: ['support_agent'] },
    scopes: options.scopes ?? ['tool:crm.get_customer', 'tool:payments.refund', 'tool:db.drop'],
    budgets: options.budgets ?? {},
    agent: { name: 'triage', id: 'agt_triage' },
  });
  const executions = new Map<string, number>();
  return {
    governor,
    audit,
    session,
    executions,
    runner: new Runner({ tracingDisabled: true }),
    countingTool: (name, parameters = z.object({ id: z.string() })) =>
      tool({
        name,
        description: `the ${name} tool`,
        parameters,
        execute: async (args) => {
          executions.set(name, (executions.get(name) ?? 0) + 1);
          return `${name} ok ${JSON.stringify(args)}`;
        },
      }),
  };
}

/** A decision record, flattened for assertions. */
export interface DecisionRow {
  readonly kind: string;
  readonly callId?: string;
  readonly effect: string;
  readonly codes: readonly string[];
  readonly event: GovernanceEvent;
}

/** The decision records of an audit log, optionally of one event kind. */
export function decisionRows(audit: MemoryAuditSink, kind?: string): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const record of audit.records as readonly AuditRecord[]) {
    if (record.type !== 'decision') continue;
    const event = record.event as GovernanceEvent;
    if (kind !== undefined && event.kind !== kind) continue;
    const decision = record.decision as { effect: string; reasons: { code: string }[] };
    rows.push({
      kind: event.kind,
      ...(event.kind === 'tool.call' ? { callId: event.action.call_id } : {}),
      effect: decision.effect,
      codes: decision.reasons.map((reason) => reason.code),
      event,
    });
  }
  return rows;
}

/** The text of every function call result the model was given, by call id. */
export function resultsSeen(
  calls: readonly { request: { input: unknown } }[],
): Map<string, string> {
  const seen = new Map<string, string>();
  for (const call of calls) {
    if (!Array.isArray(call.request.input)) continue;
    for (const item of call.request.input) {
      if (item.type !== 'function_call_result') continue;
      const output = item.output as { text?: string } | string;
      seen.set(item.callId, typeof output === 'string' ? output : (output.text ?? ''));
    }
  }
  return seen;
}
