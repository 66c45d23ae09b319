import { canonicalJson } from '../canonical/canonical-json.js';
import type { GovernanceEvent } from '../contract/governance-event.js';
import { describeTool } from './build-action.js';
import type { DecisionRequest } from './decision-request.js';
import type { ToolDeclaration } from './governor-options.js';

/**
 * What a decision (and an approval) binds to besides the event id: the tool arguments of a
 * tool call, the child (and mode) of a spawn or delegation, the steps of a plan, the model and
 * its estimate for a model call. Pass it as `args` to {@link Session.approve}; the grant binds
 * to its digest.
 */
export function eventSubject(event: GovernanceEvent): unknown {
  switch (event.kind) {
    case 'tool.call':
      return event.action.args;
    case 'agent.spawn':
      return event.action.child;
    case 'agent.delegate':
      return { child: event.action.child, mode: event.action.mode };
    case 'agent.plan':
      return event.action.steps;
    default:
      return event.action;
  }
}

/** The {@link eventSubject} a request would produce, without building its event. @internal */
export function requestSubject(request: DecisionRequest): unknown {
  switch (request.kind) {
    case 'tool.call':
      return request.args;
    case 'agent.spawn':
      return request.child;
    case 'agent.delegate':
      return { child: request.child, mode: request.mode ?? 'handoff' };
    case 'agent.plan':
      return request.steps;
    default:
      return { model: request.model, estimated_input_tokens: request.estimated_input_tokens };
  }
}

/** True when two subjects are the same JSON (cheap when they are the same object). @internal */
/**
 * True when `request` names the tool `event` was decided for (name, source, server, tier and
 * annotations as the event described them): the subject holds only the arguments, so without
 * this a call id decided for `fs.read` could be replayed for `fs.delete` with the same
 * arguments. Always true for other kinds. @internal
 */
export function isSameTool(
  tools: Readonly<Record<string, ToolDeclaration>>,
  request: DecisionRequest,
  event: GovernanceEvent,
): boolean {
  if (request.kind !== 'tool.call' || event.kind !== 'tool.call') return true;
  const name = typeof request.tool === 'string' ? request.tool : request.tool?.name;
  if (typeof name !== 'string' || name !== event.action.tool.name) return false;
  const declared = Object.hasOwn(tools, name) ? tools[name] : undefined;
  return isSameSubject(describeTool(request, declared), event.action.tool);
}

export function isSameSubject(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}
