import { type Decision, describeReasons } from '@kitelogik/core';

/** The policy name on reasons the adapter itself produces. */
const ADAPTER = 'kitelogik.openai-agents';

/** A deny the adapter produces itself (fail closed), shaped like a policy deny. @internal */
export function adapterDeny(code: string, message: string): Decision {
  return { effect: 'deny', reasons: [{ code, message, policy: ADAPTER }] };
}

/** What the model reads in place of a tool result the policy refused. @internal */
export function denialText(decision: Decision): string {
  return `Denied by policy: ${describeReasons(decision.reasons)}`;
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
