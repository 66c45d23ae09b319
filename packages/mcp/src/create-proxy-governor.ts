import { userInfo } from 'node:os';
import { basename } from 'node:path';
import {
  type AuditSink,
  createGovernor,
  createJsonlAuditSink,
  createRegoEngine,
  type Governor,
  PolicyConfigError,
  type Session,
} from '@kitelogik/core';
import { loadPolicies } from './load-policies.js';
import type { McpProxyOptions } from './proxy-options.js';

/** What the proxy governs with, and what it must close on exit. @internal */
export interface ProxyGovernance {
  readonly session: Session;
  /** The sink the proxy opened itself (closed on exit), if any. */
  readonly ownedAudit: AuditSink | undefined;
  /** Where tool-list changes are recorded. */
  readonly audit: AuditSink | undefined;
}

function login(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

async function openAudit(audit: McpProxyOptions['audit']): Promise<AuditSink | undefined> {
  return typeof audit === 'string' ? createJsonlAuditSink({ path: audit }) : audit;
}

/**
 * Builds the proxy's governor (the embedded Rego engine over the policy directories, framework
 * `mcp`, its own audit log) or takes the one given, and opens the proxy's session. @internal
 *
 * @throws PolicyConfigError without policies or governor, or when the policies do not load.
 */
export async function createProxyGovernance(options: McpProxyOptions): Promise<ProxyGovernance> {
  let governor: Governor | undefined = options.governor;
  let ownedAudit: AuditSink | undefined;
  let audit: AuditSink | undefined = typeof options.audit === 'string' ? undefined : options.audit;
  if (governor === undefined) {
    const directories =
      typeof options.policies === 'string' ? [options.policies] : options.policies;
    if (directories === undefined || directories.length === 0) {
      throw new PolicyConfigError({
        message: 'the MCP proxy needs policy directories or a governor',
      });
    }
    const bundle = await loadPolicies(directories);
    ownedAudit = typeof options.audit === 'string' ? await openAudit(options.audit) : undefined;
    audit = ownedAudit ?? audit;
    if (audit === undefined) {
      throw new PolicyConfigError({
        message: 'the MCP proxy needs an audit log (a path or a sink)',
      });
    }
    governor = createGovernor({
      engine: createRegoEngine(),
      policies: bundle,
      audit,
      framework: 'mcp',
    });
  }
  const given = options.session ?? {};
  const session = governor.session({
    ...given,
    principal: given.principal ?? { id: `user:${login()}`, roles: [] },
    scopes: given.scopes ?? ['tool:*'],
    budgets: given.budgets ?? {},
  });
  return { session, ownedAudit, audit };
}

/** The default server name: the command's base name without extension. @internal */
export function defaultServerName(command: string): string {
  return basename(command).replace(/\.[^.]*$/, '') || 'mcp';
}
