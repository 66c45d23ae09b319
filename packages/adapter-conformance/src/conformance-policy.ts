import type { Decision, GovernanceEvent } from '@kitelogik/core';

const reason = (code: string, message: string) => ({ code, message, policy: 'conformance' });
const allow = (code: string): Decision => ({ effect: 'allow', reasons: [reason(code, 'ok')] });
const deny = (code: string, message: string): Decision => ({
  effect: 'deny',
  reasons: [reason(code, message)],
});

/**
 * The suite's policy, as a scripted engine function: `fs.write` is denied, refunds need an
 * approval, a tool call needs a `tool:<name>` scope, a spawn may not escalate scopes; model
 * calls and plans are allowed. With `isEngineDown`, every tool call evaluation throws.
 * @internal
 */
export function conformancePolicy(isEngineDown: boolean): (input: unknown) => unknown {
  return (input) => {
    const event = input as GovernanceEvent;
    switch (event.kind) {
      case 'tool.call': {
        if (isEngineDown) return { throw: 'policy engine unavailable' };
        const name = event.action.tool.name;
        if (name === 'fs.write') return deny('fs.write_denied', 'writes are not allowed');
        if (!event.agent.scopes.includes(`tool:${name}`)) {
          return deny('tool.out_of_scope', `no scope covers tool:${name}`);
        }
        if (name === 'payments.refund') {
          return {
            effect: 'require_approval',
            reasons: [reason('refund.needs_approval', 'a manager approves refunds')],
            obligations: { approval: { approvers: ['role:manager'], ttl_s: 900 } },
          };
        }
        return allow('tool.allowed');
      }
      case 'agent.spawn':
      case 'agent.delegate':
        return event.action.escalated_scopes.length > 0
          ? deny('delegation.scope_escalation', event.action.escalated_scopes.join(', '))
          : allow('delegation.allowed');
      default:
        return allow(`${event.kind}.allowed`);
    }
  };
}
