import type { Decision, GovernanceEvent, Reason } from '@kitelogik/core';

/** The policy name on reasons the adapter itself produces. */
const ADAPTER = 'kitelogik.openai-agents';

/** A deny the adapter produces itself (fail closed), shaped like a policy deny. @internal */
export function adapterDeny(code: string, message: string): Decision {
  return { effect: 'deny', reasons: [{ code, message, policy: ADAPTER }] };
}

/** One line a model (or a person) can read: `code: message; code: message`. @internal */
export function describeReasons(reasons: readonly Reason[]): string {
  if (reasons.length === 0) return 'no reason given';
  return reasons.map((reason) => `${reason.code}: ${reason.message}`).join('; ');
}

/** What the model reads in place of a tool result the policy refused. @internal */
export function denialText(decision: Decision): string {
  return `Denied by policy: ${describeReasons(decision.reasons)}`;
}

/**
 * What an approval binds to besides the event id, mirroring the core: the tool arguments, the
 * child of a spawn, the child and mode of a delegation. @internal
 */
export function approvalSubject(event: GovernanceEvent): unknown {
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

/** Tool arguments as an object: JSON text is parsed, anything else is wrapped. @internal */
export function toArgs(input: unknown): Readonly<Record<string, unknown>> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = input.length === 0 ? {} : JSON.parse(input);
    } catch {
      value = input;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { input: value };
}
