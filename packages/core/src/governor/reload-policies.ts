import type { PolicyBundle } from '../engine/policy-bundle.js';
import type { PolicyEngine, PreparedPolicy } from '../engine/policy-engine.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { loadPolicies, type PolicySource } from '../policies/load-policies.js';
import type { GovernorContext } from './governor-context.js';

/** Which policy a governor serves: the bundle digest and, for OPA bundles, the revision. */
export interface PolicyIdentity {
  readonly digest: string;
  readonly revision?: string;
}

/** Loads and compiles a policy source. @internal */
export async function preparePolicies(
  engine: PolicyEngine,
  source: PolicySource,
): Promise<{ prepared: PreparedPolicy; bundle: PolicyBundle }> {
  const bundle = await loadPolicies(source);
  return { prepared: await engine.prepare(bundle), bundle };
}

/** Makes `prepared` the policy every later decision uses, in one synchronous step. @internal */
export function installPolicy(
  context: GovernorContext,
  prepared: PreparedPolicy,
  bundle: PolicyBundle,
): PolicyIdentity {
  const identity: PolicyIdentity =
    bundle.revision === undefined
      ? { digest: prepared.digest }
      : { digest: prepared.digest, revision: bundle.revision };
  context.prepared = prepared;
  context.bundle = identity;
  return identity;
}

/** What {@link reloadPolicies} needs. @internal */
export interface ReloadPolicies {
  readonly context: GovernorContext;
  readonly engine: PolicyEngine;
  readonly source: PolicySource;
}

/**
 * Hot reload: loads and compiles the new policies off the hot path (decisions keep using the
 * current policy meanwhile), then swaps atomically and audits the swap. Policies that fail to
 * load or compile are rejected with a clear error, audited, and the current policy keeps
 * serving. @internal
 */
export async function reloadPolicies(options: ReloadPolicies): Promise<PolicyIdentity> {
  const { context, engine, source } = options;
  const previous = context.bundle;
  let next: Awaited<ReturnType<typeof preparePolicies>>;
  try {
    next = await preparePolicies(engine, source);
  } catch (cause) {
    const message = `policy reload rejected, still serving ${previous.digest}: ${String(cause)}`;
    await context.audit
      .append({
        type: 'policy',
        action: 'reload_rejected',
        serving: previous,
        error: String(cause),
      })
      .catch(() => undefined);
    throw new PolicyConfigError({ message, cause });
  }
  if (next.prepared.digest === previous.digest) return previous;
  const identity = installPolicy(context, next.prepared, next.bundle);
  await context.audit
    .append({ type: 'policy', action: 'swap', serving: identity, previous })
    .catch(() => undefined);
  return identity;
}
