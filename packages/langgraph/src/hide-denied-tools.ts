import type { Governor, Session } from '@kitelogik/core';
import { principalOf } from './session-resolver.js';

/** The reason codes that deny a tool whatever its arguments (the reference library's). */
export const OUTRIGHT_DENY_CODES: readonly string[] = [
  'tool.denied',
  'tool.unknown',
  'tool.out_of_scope',
];

/** What {@link createToolDisclosure} needs. @internal */
export interface ToolDisclosureOptions {
  readonly governor: Governor;
  readonly policyName: (name: string) => string;
  /** A deny with one of these codes hides the tool; default {@link OUTRIGHT_DENY_CODES}. */
  readonly codes?: readonly string[];
}

const NO_LIMIT = { used: 0, reserved: 0, limit: null, remaining: null };

/**
 * Decides, once per agent session and tool, whether the policy denies the tool to this agent
 * outright: a `tool.call` with no arguments is decided through `Governor.decideEvent` (audited,
 * no budget, no approval) and the tool is hidden when the deny carries an outright code. Any
 * other answer keeps the tool visible; each real call is still decided on its own. @internal
 */
export function createToolDisclosure(
  options: ToolDisclosureOptions,
): (session: Session, name: string) => Promise<boolean> {
  const codes = new Set(options.codes ?? OUTRIGHT_DENY_CODES);
  const answers = new WeakMap<Session, Map<string, Promise<boolean>>>();
  const probe = async (session: Session, name: string): Promise<boolean> => {
    const principal = principalOf(session);
    if (principal === undefined) return true;
    const tool = options.policyName(name);
    const outcome = await options.governor.decideEvent({
      version: 1,
      kind: 'tool.call',
      id: `evt_probe_${session.agent.id}_${tool}`,
      time: new Date().toISOString(),
      framework: 'langgraph',
      session: { id: session.id, principal, data_labels: [], labels: {} },
      agent: session.agent,
      budget: { tokens: NO_LIMIT, tool_calls: NO_LIMIT, cost_usd: NO_LIMIT, wall_ms: NO_LIMIT },
      action: {
        call_id: `probe_${tool}`,
        tool: { name: tool, source: 'native', server: null, tier: 'internal', annotations: {} },
        args: {},
        resources: [],
      },
    });
    const { effect, reasons } = outcome.decision;
    return !(effect === 'deny' && reasons.some((reason) => codes.has(reason.code)));
  };
  return (session, name) => {
    let known = answers.get(session);
    if (known === undefined) {
      known = new Map();
      answers.set(session, known);
    }
    let answer = known.get(name);
    if (answer === undefined) {
      answer = probe(session, name);
      known.set(name, answer);
    }
    return answer;
  };
}
