import type { Session } from '@kitelogik/core';

/** The reason codes that deny a tool whatever its arguments (the reference library's). */
export const OUTRIGHT_DENY_CODES: readonly string[] = [
  'tool.denied',
  'tool.unknown',
  'tool.out_of_scope',
];

/** What {@link createToolDisclosure} needs. @internal */
export interface ToolDisclosureOptions {
  readonly policyName: (name: string) => string;
  /** A deny with one of these codes hides the tool; default {@link OUTRIGHT_DENY_CODES}. */
  readonly codes?: readonly string[];
}

/**
 * Decides, once per agent session and tool, whether the policy denies the tool to this agent
 * outright: a `tool.call` with no arguments is previewed through `Session.preview` (evaluated,
 * nothing recorded: no budget, approval or audit) and the tool is hidden when the deny carries
 * an outright code. Any other answer keeps the tool visible; each real call is still decided on
 * its own. @internal
 */
export function createToolDisclosure(
  options: ToolDisclosureOptions,
): (session: Session, name: string) => Promise<boolean> {
  const codes = new Set(options.codes ?? OUTRIGHT_DENY_CODES);
  const answers = new WeakMap<Session, Map<string, Promise<boolean>>>();
  const probe = async (session: Session, name: string): Promise<boolean> => {
    const tool = options.policyName(name);
    const { effect, reasons } = await session.preview({
      kind: 'tool.call',
      callId: `probe_${tool}`,
      tool,
      args: {},
    });
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
