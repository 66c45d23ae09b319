import { BUDGET_DIMENSIONS } from './budget-snapshot.js';
import type { GovernanceEvent } from './governance-event.js';
import { checkAction } from './validate-action.js';
import {
  checkCount,
  checkEnum,
  checkId,
  checkNonNegative,
  checkNullableNumber,
  checkNullableString,
  checkObject,
  checkString,
  checkStringArray,
  type FieldProblem,
  isRecord,
  problem,
  typeName,
} from './validation-checks.js';

/** The outcome of {@link validateEvent}: the typed event, or the first offending field. */
export type EventValidation =
  | { readonly ok: true; readonly event: GovernanceEvent }
  | { readonly ok: false; readonly field: string; readonly message: string };

const KINDS: ReadonlySet<string> = new Set([
  'tool.call',
  'agent.spawn',
  'agent.delegate',
  'agent.plan',
  'model.call',
]);
const FRAMEWORKS: ReadonlySet<string> = new Set([
  'langgraph',
  'openai-agents',
  'ai-sdk',
  'mcp',
  'core',
]);

function checkSession(value: unknown): FieldProblem | undefined {
  if (!isRecord(value)) return problem('session', `must be an object, got ${typeName(value)}`);
  const bad = checkId(value.id, 'session.id') ?? checkObject(value.principal, 'session.principal');
  if (bad) return bad;
  const principal = value.principal as Record<string, unknown>;
  return (
    checkId(principal.id, 'session.principal.id') ??
    checkStringArray(principal.roles, 'session.principal.roles') ??
    (principal.tenant === undefined
      ? undefined
      : checkNullableString(principal.tenant, 'session.principal.tenant')) ??
    (principal.attributes === undefined
      ? undefined
      : checkObject(principal.attributes, 'session.principal.attributes')) ??
    checkStringArray(value.data_labels, 'session.data_labels') ??
    checkObject(value.labels, 'session.labels')
  );
}

function checkAgent(value: unknown): FieldProblem | undefined {
  if (!isRecord(value)) return problem('agent', `must be an object, got ${typeName(value)}`);
  return (
    checkId(value.id, 'agent.id') ??
    checkString(value.name, 'agent.name') ??
    checkCount(value.depth, 'agent.depth') ??
    checkStringArray(value.lineage, 'agent.lineage') ??
    checkStringArray(value.scopes, 'agent.scopes')
  );
}

function checkBudget(value: unknown): FieldProblem | undefined {
  if (!isRecord(value)) return problem('budget', `must be an object, got ${typeName(value)}`);
  for (const name of BUDGET_DIMENSIONS) {
    const dim = value[name];
    const field = `budget.${name}`;
    if (!isRecord(dim)) return problem(field, `must be an object, got ${typeName(dim)}`);
    const bad =
      checkNonNegative(dim.used, `${field}.used`) ??
      checkNonNegative(dim.reserved, `${field}.reserved`) ??
      checkNullableNumber(dim.limit, `${field}.limit`) ??
      checkNullableNumber(dim.remaining, `${field}.remaining`);
    if (bad) return bad;
  }
  return undefined;
}

function checkEnvelope(value: Record<string, unknown>): FieldProblem | undefined {
  if (value.version !== 1) {
    return problem('version', `must be 1, got ${JSON.stringify(value.version) ?? 'undefined'}`);
  }
  return (
    checkEnum(value.kind, 'kind', KINDS) ??
    checkId(value.id, 'id') ??
    checkId(value.time, 'time') ??
    checkEnum(value.framework, 'framework', FRAMEWORKS) ??
    checkSession(value.session) ??
    checkAgent(value.agent) ??
    checkBudget(value.budget)
  );
}

/**
 * Checks that a value is a well-formed {@link GovernanceEvent}: required fields, types, enums,
 * and a known `kind` and `framework`. Extra fields are allowed (the contract may grow).
 *
 * Hand-written rather than schema-driven because it runs on every decision; it reports the
 * first offending field as a dotted path (`action.tool.name`), which the governor turns into
 * a deny with code `event.invalid`. It never throws.
 */
export function validateEvent(value: unknown): EventValidation {
  if (!isRecord(value)) {
    return { ok: false, field: '', message: `event must be an object, got ${typeName(value)}` };
  }
  let bad: FieldProblem | undefined;
  try {
    bad = checkEnvelope(value) ?? checkAction(value.kind as string, value.action);
  } catch (error) {
    // A throwing getter or proxy must not escape: the event is simply not valid data.
    return { ok: false, field: '', message: `event could not be read: ${String(error)}` };
  }
  if (bad) return { ok: false, field: bad.field, message: bad.message };
  return { ok: true, event: value as unknown as GovernanceEvent };
}
