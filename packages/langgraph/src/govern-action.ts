import type { DecisionOutcome, Session } from '@kitelogik/core';
import type { ToolMessage } from '@langchain/core/messages';
import type { Command } from '@langchain/langgraph';
import { awaitApproval } from './await-approval.js';
import { adapterDeny } from './decisions.js';
import { noteDenial } from './run-stops.js';
import { type CallRef, denialMessage } from './tool-messages.js';

/** Arguments a tool call runs with. */
export type ToolArgs = Readonly<Record<string, unknown>>;

/** One governed action taken by a tool call (a tool, a spawn, a handoff). @internal */
export interface ActionFlow {
  readonly session: Session;
  readonly call: CallRef;
  readonly args: ToolArgs;
  /** Decides the action under a call id; an edited call gets a derived id. */
  readonly decide: (callId: string, args: ToolArgs) => Promise<DecisionOutcome>;
  /** Runs the allowed action. */
  readonly onAllowed: (allowed: AllowedAction) => Promise<ToolMessage | Command>;
  readonly isEditable: boolean;
  readonly defaultApprover: string;
}

/** What an allowed action runs with. @internal */
export interface AllowedAction {
  readonly callId: string;
  readonly args: ToolArgs;
  readonly outcome: DecisionOutcome;
}

/** How often one call may be edited by reviewers before it is denied. */
const MAX_EDITS = 3;

/**
 * Decides an action and acts on the decision: allow runs it, deny answers with an error
 * `ToolMessage`, require_approval waits for a human (an edit is decided again under a derived
 * call id). Every path gives the call exactly one result. @internal
 */
export async function governAction(flow: ActionFlow): Promise<ToolMessage | Command> {
  const { session, call } = flow;
  let args = flow.args;
  let callId = call.id;
  for (let edits = 0; ; edits++) {
    const decideNow = (): Promise<DecisionOutcome> => flow.decide(callId, args);
    let outcome = await decideNow();
    if (outcome.decision.effect === 'require_approval') {
      const answer = await awaitApproval({
        session,
        outcome,
        redecide: decideNow,
        name: call.name,
        isEditable: flow.isEditable,
        defaultApprover: flow.defaultApprover,
      });
      if (answer.kind === 'edited') {
        if (edits >= MAX_EDITS) {
          return denialMessage(call, adapterDeny('approval.too_many_edits', 'edited too often'));
        }
        args = answer.args;
        callId = `${call.id}~edit${edits + 1}`;
        continue;
      }
      outcome = answer.outcome;
    }
    if (outcome.decision.effect !== 'allow') {
      noteDenial(session, outcome.decision);
      return denialMessage(call, outcome.decision);
    }
    return flow.onAllowed({ callId, args, outcome });
  }
}
