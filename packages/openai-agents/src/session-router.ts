import { AsyncLocalStorage } from 'node:async_hooks';
import type { Session } from '@kitelogik/core';

// A sub-agent's session travels with the async call into its tool: the nested run's hooks
// find it here instead of the root session.
const childSessions = new AsyncLocalStorage<Session>();

/** Runs `fn` (a sub-agent tool's nested run) as the given child session. @internal */
export function runAsChild<T>(session: Session, fn: () => T): T {
  return childSessions.run(session, fn);
}

/** Finds the session an agent acts in at the moment a hook runs. @internal */
export interface SessionRouter {
  /** The session of the named agent: its delegate session after a handoff, else its run's. */
  sessionOf(agentName: string): Session;
  /** Records the session an allowed handoff opened for the receiving agent. */
  handOver(agentName: string, delegate: Session): void;
}

/**
 * One router per governed agent graph: a run's base session is the root one, or the child
 * session of the sub-agent tool it runs in; a handoff moves the receiving agent to the
 * delegate session opened for it within that run. @internal
 */
export function createSessionRouter(root: Session): SessionRouter {
  const delegates = new Map<string, Session>();
  const keyOf = (agentName: string): string => {
    const base = childSessions.getStore() ?? root;
    return `${base.id}\u0000${agentName}`;
  };
  return {
    sessionOf: (agentName) => delegates.get(keyOf(agentName)) ?? childSessions.getStore() ?? root,
    handOver: (agentName, delegate) => {
      delegates.set(keyOf(agentName), delegate);
    },
  };
}
