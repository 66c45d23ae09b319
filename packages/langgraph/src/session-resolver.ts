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

// What each root session was opened with, to refuse reusing it for another grant.
const grants = new WeakMap<Session, { readonly actor: string; readonly scopes: string }>();

type GivenPrincipal = NonNullable<GovernanceContext['principal']> | Principal;

function toActor(principal: GivenPrincipal): Principal {
  return {
    id: principal.id,
    roles: principal.roles ?? [],
    ...(principal.tenant === undefined ? {} : { tenant: principal.tenant }),
    ...(principal.attributes === undefined ? {} : { attributes: principal.attributes }),
  };
}

/**
 * Resolves the session for a hook: the child session when running inside a governed
 * sub-agent tool, else one root session per `context.sessionId` (or LangGraph `thread_id`),
 * opened once and reused so that decisions replayed on resume find their call ids. A run whose
 * context names another principal or other scopes than the session was opened with is
 * refused with a `PolicyConfigError`.
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
    if (known !== undefined) {
      // A resume finds its session; another principal or other scopes under the same id must
      // not inherit what the first run was granted.
      const granted = grants.get(known);
      const isSame =
        (context.principal === undefined ||
          JSON.stringify(toActor(context.principal)) === granted?.actor) &&
        (context.scopes === undefined || JSON.stringify(context.scopes) === granted?.scopes);
      if (!isSame) {
        throw new PolicyConfigError({
          message: `session "${id}" was opened for another principal or other scopes; give this run its own sessionId`,
        });
      }
      return known;
    }
    const principal = context.principal ?? options.principal;
    if (principal === undefined) {
      throw new PolicyConfigError({
        message: 'kitelogik needs a principal: pass context.principal or the principal option',
      });
    }
    const actor = toActor(principal);
    const scopes = context.scopes ?? options.scopes ?? [];
    const session = options.governor.session({
      id,
      principal: actor,
      scopes,
      budgets: options.budgets ?? {},
      // A stable agent id keeps decision keys stable if the process restarts mid-approval.
      agent: { name: agentName, id: `agt_${agentName}` },
      ...(context.dataLabels ? { dataLabels: context.dataLabels } : {}),
    });
    if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
    sessions.set(id, session);
    principals.set(session, actor);
    grants.set(session, { actor: JSON.stringify(actor), scopes: JSON.stringify(scopes) });
    return session;
  };
}
