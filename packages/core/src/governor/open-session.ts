import type { BudgetLimits } from '../budgets/budget-types.js';
import type { EventAgent, EventSession } from '../contract/governance-event.js';
import { denyDecision } from '../engine/deny-decision.js';
import type { DecisionSpanStart } from '../telemetry/decision-telemetry.js';
import { approveCall } from './approve-call.js';
import { EMPTY_SNAPSHOT } from './build-event.js';
import { decideCall } from './decide-call.js';
import type { DecisionOutcome } from './decision-outcome.js';
import type { DecisionRequest } from './decision-request.js';
import { escapeKeyPart } from './escape-key-part.js';
import type { GovernorContext } from './governor-context.js';
import { childLimits, childScopes, sliceRefused } from './open-child.js';
import { previewDecision } from './preview-decision.js';
import type { ChildOutcome, Session } from './session.js';
import { isStateRevoked, type SessionState } from './session-state.js';
import { settleCall } from './settle-call.js';

/** What {@link createSession} opens: the blocks of a root or child agent. @internal */
export interface SessionSeed {
  readonly sessionBlock: EventSession;
  readonly agent: EventAgent;
  readonly limits: BudgetLimits;
  readonly parent?: SessionState;
}

function spanStart(request: DecisionRequest): DecisionSpanStart {
  const tool = request.kind === 'tool.call' ? request.tool : undefined;
  if (tool === undefined) return { kind: String(request.kind) };
  return { kind: request.kind, tool: typeof tool === 'string' ? tool : String(tool?.name) };
}

async function decideSafely(
  context: GovernorContext,
  state: SessionState,
  request: DecisionRequest,
): Promise<DecisionOutcome> {
  const startedAt = performance.now();
  if (typeof request !== 'object' || request === null) {
    return {
      decision: denyDecision('event.invalid', 'the request must be an object'),
      eventId: '',
    };
  }
  const span = context.telemetry.start(spanStart(request));
  let outcome: DecisionOutcome;
  try {
    outcome = await decideCall({ context, state, request, startedAt });
  } catch (error) {
    // Fail closed: whatever went wrong (a broken store, a throwing extractor), nothing escapes.
    const decision = denyDecision('governor.error', `the decision failed: ${String(error)}`);
    outcome = { decision, eventId: '' };
  }
  context.telemetry.end(span, outcome.decision, performance.now() - startedAt);
  return outcome;
}

async function closeTree(context: GovernorContext, state: SessionState): Promise<void> {
  state.isRevoked = true;
  for (const child of state.children) await closeTree(context, child);
  try {
    await context.budgets.close(state.accountId);
  } catch {
    // Revocation must complete; a ledger that cannot close keeps the account, which is denied anyway.
  }
}

/** A session and the state behind it. @internal */
export interface OpenedSession {
  readonly session: Session;
  readonly state: SessionState;
}

/**
 * Opens a session (root or child) on the governor: its budget account is opened in the
 * background and awaited by the first decision. @internal
 */
export function openSession(context: GovernorContext, seed: SessionSeed): OpenedSession {
  // Escaped, so session `a/b` with agent `c` does not share the account of `a` with agent `b/c`.
  const accountId = `${escapeKeyPart(seed.sessionBlock.id, '/')}/${escapeKeyPart(seed.agent.id, '/')}`;
  const state: SessionState = {
    id: seed.sessionBlock.id,
    accountId,
    agent: seed.agent,
    sessionBlock: seed.sessionBlock,
    parent: seed.parent,
    children: new Set(),
    isRevoked: false,
    isReady: false,
    ready: Promise.resolve(false),
    reservations: new Map(),
    pendingApprovals: new Map(),
  };
  state.ready = context.budgets
    .open(accountId, seed.limits, seed.parent ? { parent: seed.parent.accountId } : {})
    .then(
      (opened) => {
        state.isReady = opened.ok;
        return opened.ok;
      },
      () => false,
    );
  seed.parent?.children.add(state);
  const spawned = new Map<string, Session>();

  const openChild = async (request: DecisionRequest): Promise<ChildOutcome> => {
    const outcome = await decideSafely(context, state, request);
    const event = outcome.event;
    if (outcome.decision.effect !== 'allow' || event === undefined) return outcome;
    if (event.kind !== 'agent.spawn' && event.kind !== 'agent.delegate') return outcome;
    const existing = spawned.get(event.id);
    if (existing !== undefined) return { ...outcome, session: existing };
    const child = openSession(context, {
      sessionBlock: state.sessionBlock,
      // Derived from the event id, so a resumed spawn names the same child agent.
      agent: {
        id: `agt_${event.id.slice(4)}`,
        name: event.action.child.name,
        depth: state.agent.depth + 1,
        lineage: [...state.agent.lineage, state.agent.id],
        scopes: childScopes(outcome, event),
      },
      limits: childLimits(event.action.child.budget),
      parent: state,
    });
    if (!(await child.state.ready)) {
      return sliceRefused(outcome, 'the child budget slice could not be opened');
    }
    spawned.set(event.id, child.session);
    return { ...outcome, session: child.session };
  };

  const session: Session = {
    id: state.id,
    agent: state.agent,
    get isRevoked() {
      return isStateRevoked(state);
    },
    decide: (request) => decideSafely(context, state, request),
    preview: (request) => previewDecision(context, state, request),
    async snapshot() {
      const budget = (await context.budgets.snapshot(state.accountId)) ?? EMPTY_SNAPSHOT;
      return { session: state.sessionBlock, agent: state.agent, budget };
    },
    settle: (callId, result) => settleCall({ context, state, callId, result }),
    approve: (answer) => approveCall({ context, state, answer }),
    spawn: ({ child, callId }) =>
      openChild({ kind: 'agent.spawn', child, ...(callId === undefined ? {} : { callId }) }),
    delegate: ({ child, callId, mode }) =>
      openChild({
        kind: 'agent.delegate',
        child,
        ...(callId === undefined ? {} : { callId }),
        ...(mode === undefined ? {} : { mode }),
      }),
    addDataLabels(labels) {
      const current = state.sessionBlock.data_labels;
      const added = labels.filter((label) => typeof label === 'string' && !current.includes(label));
      if (added.length > 0) {
        state.sessionBlock = { ...state.sessionBlock, data_labels: [...current, ...added] };
      }
    },
    revoke: () => closeTree(context, state),
  };
  return { session, state };
}
