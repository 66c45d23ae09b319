import type { GovernanceEvent } from '../contract/governance-event.js';
import { buildAction } from './build-action.js';
import type { DecisionRequest } from './decision-request.js';
import type { GovernorContext } from './governor-context.js';

function keyOf(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Re-derives what the core computes itself on a pre-built event (the CLI's `decide`, replays),
 * so that a hand-written or replayed event is judged as a live one would be: resources are
 * extracted from the tool arguments again and added to any the event carries (an extra resource
 * can only add a deny), the scope partition of a spawn or delegation is recomputed from the
 * agent's scopes, and plan counts are recounted. @internal
 */
export function canonicalizeEvent(
  context: GovernorContext,
  event: GovernanceEvent,
): GovernanceEvent {
  const request = requestOf(event);
  if (request === undefined) return event;
  const derived = buildAction(context, event.agent, request);
  if (event.kind !== 'tool.call')
    return { ...event, action: { ...event.action, ...derived } } as GovernanceEvent;
  const seen = new Set<string>();
  const resources = [...event.action.resources, ...(derived.resources as unknown[])].filter(
    (resource) => {
      const key = keyOf(resource);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
  return { ...event, action: { ...event.action, resources } } as GovernanceEvent;
}

function requestOf(event: GovernanceEvent): DecisionRequest | undefined {
  switch (event.kind) {
    case 'tool.call':
      return {
        kind: 'tool.call',
        callId: event.action.call_id,
        tool: event.action.tool,
        args: event.action.args,
      };
    case 'agent.spawn':
      return { kind: 'agent.spawn', child: event.action.child };
    case 'agent.delegate':
      return { kind: 'agent.delegate', child: event.action.child, mode: event.action.mode };
    case 'agent.plan':
      return { kind: 'agent.plan', steps: event.action.steps };
    default:
      return undefined;
  }
}
