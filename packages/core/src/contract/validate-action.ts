import {
  checkCount,
  checkEnum,
  checkId,
  checkNonNegative,
  checkNullableString,
  checkObject,
  checkString,
  checkStringArray,
  type FieldProblem,
  isRecord,
  problem,
  typeName,
} from './validation-checks.js';

const TOOL_SOURCES: ReadonlySet<string> = new Set(['native', 'mcp']);
const TOOL_TIERS: ReadonlySet<string> = new Set(['internal', 'external']);
const DELEGATION_MODES: ReadonlySet<string> = new Set(['handoff', 'as_tool']);
const RESOURCE_TYPES: ReadonlySet<string> = new Set(['file', 'url', 'command', 'invalid']);
const CHILD_BUDGET_KEYS = ['tokens', 'tool_calls', 'cost_usd', 'wall_ms'] as const;

function checkResource(value: unknown, field: string): FieldProblem | undefined {
  if (!isRecord(value)) return problem(field, `must be an object, got ${typeName(value)}`);
  const type = value.type;
  const bad = checkEnum(type, `${field}.type`, RESOURCE_TYPES);
  if (bad) return bad;
  if (type === 'file') {
    return checkString(value.path, `${field}.path`) ?? checkString(value.op, `${field}.op`);
  }
  if (type === 'url') {
    return (
      checkString(value.url, `${field}.url`) ??
      checkString(value.scheme, `${field}.scheme`) ??
      checkString(value.host, `${field}.host`) ??
      checkString(value.op, `${field}.op`)
    );
  }
  if (type === 'command') {
    if (typeof value.shell_metacharacters !== 'boolean') {
      return problem(`${field}.shell_metacharacters`, 'must be a boolean');
    }
    return (
      checkStringArray(value.argv, `${field}.argv`) ??
      checkString(value.program, `${field}.program`)
    );
  }
  return undefined;
}

function checkToolCall(action: Record<string, unknown>): FieldProblem | undefined {
  const bad = checkId(action.call_id, 'action.call_id') ?? checkObject(action.tool, 'action.tool');
  if (bad) return bad;
  const tool = action.tool as Record<string, unknown>;
  const badTool =
    checkId(tool.name, 'action.tool.name') ??
    checkEnum(tool.source, 'action.tool.source', TOOL_SOURCES) ??
    checkNullableString(tool.server, 'action.tool.server') ??
    checkEnum(tool.tier, 'action.tool.tier', TOOL_TIERS) ??
    checkObject(tool.annotations, 'action.tool.annotations') ??
    checkObject(action.args, 'action.args');
  if (badTool) return badTool;
  const resources = action.resources;
  if (!Array.isArray(resources)) {
    return problem('action.resources', `must be an array, got ${typeName(resources)}`);
  }
  for (let i = 0; i < resources.length; i++) {
    const badResource = checkResource(resources[i], `action.resources[${i}]`);
    if (badResource) return badResource;
  }
  return undefined;
}

function checkChild(value: unknown): FieldProblem | undefined {
  if (!isRecord(value)) return problem('action.child', `must be an object, got ${typeName(value)}`);
  const bad =
    checkId(value.name, 'action.child.name') ??
    checkStringArray(value.requested_scopes, 'action.child.requested_scopes') ??
    (value.tools === undefined ? undefined : checkStringArray(value.tools, 'action.child.tools'));
  if (bad || value.budget === undefined) return bad;
  if (!isRecord(value.budget)) return checkObject(value.budget, 'action.child.budget');
  for (const key of CHILD_BUDGET_KEYS) {
    const amount = value.budget[key];
    if (amount === undefined) continue;
    const badAmount = checkNonNegative(amount, `action.child.budget.${key}`);
    if (badAmount) return badAmount;
  }
  return undefined;
}

function checkSpawn(
  action: Record<string, unknown>,
  isDelegate: boolean,
): FieldProblem | undefined {
  return (
    checkChild(action.child) ??
    checkStringArray(action.granted_scopes, 'action.granted_scopes') ??
    checkStringArray(action.escalated_scopes, 'action.escalated_scopes') ??
    (isDelegate ? checkEnum(action.mode, 'action.mode', DELEGATION_MODES) : undefined)
  );
}

function checkPlan(action: Record<string, unknown>): FieldProblem | undefined {
  const steps = action.steps;
  if (!Array.isArray(steps))
    return problem('action.steps', `must be an array, got ${typeName(steps)}`);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const field = `action.steps[${i}]`;
    const bad = isRecord(step)
      ? (checkId(step.tool, `${field}.tool`) ?? checkObject(step.args, `${field}.args`))
      : problem(field, `must be an object, got ${typeName(step)}`);
    if (bad) return bad;
  }
  const bad =
    checkCount(action.step_count, 'action.step_count') ??
    checkObject(action.tool_counts, 'action.tool_counts');
  if (bad) return bad;
  for (const [tool, count] of Object.entries(action.tool_counts as Record<string, unknown>)) {
    const badCount = checkCount(count, `action.tool_counts.${tool}`);
    if (badCount) return badCount;
  }
  return undefined;
}

/**
 * Checks the kind-specific `action` block of an event whose `kind` is already known valid.
 * @internal
 */
export function checkAction(kind: string, action: unknown): FieldProblem | undefined {
  if (!isRecord(action)) return problem('action', `must be an object, got ${typeName(action)}`);
  switch (kind) {
    case 'tool.call':
      return checkToolCall(action);
    case 'agent.spawn':
      return checkSpawn(action, false);
    case 'agent.delegate':
      return checkSpawn(action, true);
    case 'agent.plan':
      return checkPlan(action);
    default:
      return (
        checkId(action.model, 'action.model') ??
        checkNonNegative(action.estimated_input_tokens, 'action.estimated_input_tokens')
      );
  }
}
