import { createDecisionCache } from '../approvals/decision-cache.js';
import { createInMemoryApprovalStore } from '../approvals/in-memory-approval-store.js';
import { createInMemoryBudgetLedger } from '../budgets/in-memory-budget-ledger.js';
import type { PreparedPolicy } from '../engine/policy-engine.js';
import { createRegoEngine } from '../engine/rego-engine.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import type { PolicySource } from '../policies/load-policies.js';
import { createDecisionTelemetry } from '../telemetry/decision-telemetry.js';
import { decideEvent } from './decide-event.js';
import type { DecisionOutcome } from './decision-outcome.js';
import { createIdGenerator } from './event-ids.js';
import type { Governor } from './governor.js';
import type { GovernorContext } from './governor-context.js';
import type { GovernorOptions } from './governor-options.js';
import { createIsoClock } from './iso-time.js';
import { openSession } from './open-session.js';
import {
  installPolicy,
  type PolicyIdentity,
  preparePolicies,
  reloadPolicies,
} from './reload-policies.js';
import { toSessionSeed } from './session-seed.js';

const DEFAULT_ENTRYPOINT = 'data.kitelogik.main.decision';

function fail(message: string): never {
  throw new PolicyConfigError({ message });
}

function checkOptions(options: GovernorOptions): void {
  if (typeof options !== 'object' || options === null)
    fail('createGovernor needs an options object');
  if (options.prepared === undefined && options.policies === undefined) {
    fail(
      'createGovernor needs `policies` (a directory, an OPA bundle or a PolicyBundle), or a `prepared` policy',
    );
  }
  if (typeof options.audit?.append !== 'function') fail('createGovernor needs an `audit` sink');
  const { deadlineMs, auditFailure, entrypoint } = options;
  if (deadlineMs !== undefined && !(Number.isFinite(deadlineMs) && deadlineMs > 0)) {
    fail('`deadlineMs` must be a positive number of milliseconds');
  }
  if (auditFailure !== undefined && auditFailure !== 'block' && auditFailure !== 'continue') {
    fail("`auditFailure` must be 'block' or 'continue'");
  }
  if (
    entrypoint !== undefined &&
    (typeof entrypoint !== 'string' || !entrypoint.startsWith('data.'))
  ) {
    fail('`entrypoint` must be a reference starting with "data."');
  }
}

/**
 * Creates the policy enforcement point. It loads and compiles the policies once, with the
 * embedded Rego engine unless `engine` says otherwise (in the background; decisions wait for
 * it, and policies that fail to load or compile make every decision a deny `engine.error`), then decides every event fail-closed: deny by default, deny on any fault,
 * precedence deny > require_approval > allow, budgets reserved before the action, approvals
 * bound to exact arguments, one audited decision per call id.
 *
 * @throws PolicyConfigError on misuse (no engine or policies, no audit sink, a bad option).
 */
export function createGovernor(options: GovernorOptions): Governor {
  checkOptions(options);
  const clock = options.clock ?? { now: Date.now };
  const now = (): number => clock.now();
  const engine =
    options.engine ?? (options.prepared === undefined ? createRegoEngine() : undefined);
  const initial = options.policies;
  const revision = typeof initial === 'object' ? initial.revision : undefined;
  const context: GovernorContext = {
    // Replaced below by the preparation promise when only policies are given.
    prepared: options.prepared ?? (Promise.resolve() as unknown as Promise<PreparedPolicy>),
    bundle: {
      digest:
        options.prepared?.digest ?? (typeof initial === 'object' ? initial.digest : 'pending'),
      ...(revision === undefined ? {} : { revision }),
    },
    engineName: engine?.name ?? 'prepared',
    entrypoint: options.entrypoint ?? DEFAULT_ENTRYPOINT,
    audit: options.audit,
    budgets: options.budgets ?? createInMemoryBudgetLedger({ clock: now }),
    clock,
    isoNow: createIsoClock(clock),
    approver: options.approver,
    approvals: options.approvals ?? createInMemoryApprovalStore({ clock: now }),
    deadlineMs: options.deadlineMs ?? 50,
    tools: options.tools ?? {},
    cwd: options.cwd,
    isAuditBlocking: (options.auditFailure ?? 'block') === 'block',
    newId: options.idGenerator ?? createIdGenerator(),
    framework: options.framework ?? 'core',
    namespace: options.namespace ?? '',
    cache: createDecisionCache<DecisionOutcome>({
      maxEntries: options.maxCachedDecisions ?? 10_000,
    }),
    telemetry: createDecisionTelemetry(),
  };
  if (options.prepared === undefined && engine !== undefined && initial !== undefined) {
    const preparing = preparePolicies(engine, initial);
    context.prepared = preparing.then(({ prepared }) => prepared);
    preparing.then(
      ({ prepared, bundle }) => installPolicy(context, prepared, bundle),
      // Every decision awaits the same promise and turns its rejection into a deny.
      () => undefined,
    );
  }
  const reload = async (source?: PolicySource): Promise<PolicyIdentity> => {
    const next = source ?? initial;
    if (engine === undefined || next === undefined) {
      throw new PolicyConfigError({ message: 'reload needs an engine and a policy source' });
    }
    return reloadPolicies({ context, engine, source: next });
  };
  return {
    session: (sessionOptions) =>
      openSession(context, toSessionSeed(context, sessionOptions)).session,
    decideEvent: (event) => decideEvent(context, event),
    reload,
    async policyDigest() {
      try {
        return (await context.prepared).digest;
      } catch {
        return undefined;
      }
    },
  };
}
