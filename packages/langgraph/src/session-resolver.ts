import { AsyncLocalStorage } from 'node:async_hooks';
import { PolicyConfigError, type Principal, type Session } from '@kitelogik/core';
import type { GovernanceContext } from './governance-context.js';
import type { KitelogikMiddlewareOptions } from './middleware-options.js';

/** What a hook knows about its run: the invoke context and LangGraph's configurable. */
export interface RunInfo {
  readonly context?: unknown;
  readonly configurable?:
    | { readonly thread_id?: unknown; readonly [key: string]: unknown }
    | undefined;
}

/** Finds the governed session a hook acts in. @internal */
export type SessionResolver = (run: RunInfo) => Session;

const MAX_SESSIONS = 1000;

// A child agent's session travels with the async call into its tool: the child's own
// middleware finds it here instead of opening a root session.
const childSessions = new AsyncLocalStorage<Session>();

/** Runs `fn` (a sub-agent's tool body) as the given child session of `parent`. @internal */
export function runAsChild<T>(session: Session, parent: Session, fn: () => T): T {
  inheritPrincipal(session, parent);
  return childSessions.run(session, fn);
}

// Who each session acts for: the Session interface does not expose its principal.
const principals = new WeakMap<Session, Principal>();

/** The principal a session acts for (a child inherits its parent's). @internal */
export function principalOf(session: Session): Principal | undefined {
  return principals.get(session);
}

/** Records that `child` (spawned or delegated) acts for the same principal as `parent`. @internal */
export function inheritPrincipal(child: Session, parent: Session): void {
  const principal = principals.get(parent);
  if (principal !== undefined) principals.set(child, principal);
}

/** The child session a governed sub-agent tool is running as, if any. @internal */
export function currentChildSession(): Session | undefined {
  return childSessions.getStore();
}

// Sessions opened by an allowed handoff, keyed by root session id and receiving agent: the
// receiving agent's middleware acts as the delegate, with its narrowed scopes.
const delegates = new Map<string, Session>();

/** Records the session an allowed handoff opened for the receiving agent. @internal */
export function registerDelegate(parent: Session, agentName: string, delegate: Session): void {
  inheritPrincipal(delegate, parent);
  if (delegates.size >= MAX_SESSIONS) delegates.delete(delegates.keys().next().value as string);
  delegates.set(`${parent.id}/${agentName}`, delegate);
}

/**
 * Resolves the session for a hook: the child session when running inside a governed
 * sub-agent tool, else one root session per `context.sessionId` (or LangGraph `thread_id`),
 * opened once and reused so that decisions replayed on resume find their call ids.
 * @internal
 */
export function createSessionResolver(options: KitelogikMiddlewareOptions): SessionResolver {
  const sessions = new Map<string, Session>();
  const agentName = options.agentName ?? 'agent';
  return (run) => {
    const child = childSessions.getStore();
    if (child !== undefined) return child;
    const context = (run.context ?? {}) as GovernanceContext;
    const threadId = run.configurable?.thread_id;
    const id = context.sessionId ?? (typeof threadId === 'string' ? threadId : 'default');
    const delegate = delegates.get(`${id}/${agentName}`);
    if (delegate !== undefined) return delegate;
    const known = sessions.get(id);
    if (known !== undefined) return known;
    const principal = context.principal ?? options.principal;
    if (principal === undefined) {
      throw new PolicyConfigError({
        message: 'kitelogik needs a principal: pass context.principal or the principal option',
      });
    }
    const actor: Principal = {
      id: principal.id,
      roles: principal.roles ?? [],
      ...(principal.tenant === undefined ? {} : { tenant: principal.tenant }),
      ...(principal.attributes === undefined ? {} : { attributes: principal.attributes }),
    };
    const session = options.governor.session({
      id,
      principal: actor,
      scopes: context.scopes ?? options.scopes ?? [],
      budgets: options.budgets ?? {},
      // A stable agent id keeps decision keys stable if the process restarts mid-approval.
      agent: { name: agentName, id: `agt_${agentName}` },
      ...(context.dataLabels ? { dataLabels: context.dataLabels } : {}),
    });
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
    sessions.set(id, session);
    principals.set(session, actor);
    return session;
  };
}
