import type { Decision } from '@kitelogik/core';

/** The policy name on reasons the adapter itself produces. */
const ADAPTER = 'kitelogik.langgraph';

/** A deny the adapter produces itself (fail closed), shaped like a policy deny. @internal */
export function adapterDeny(code: string, message: string): Decision {
  return { effect: 'deny', reasons: [{ code, message, policy: ADAPTER }] };
}
