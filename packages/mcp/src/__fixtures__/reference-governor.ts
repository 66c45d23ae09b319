import { fileURLToPath } from 'node:url';
import {
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  type Governor,
  loadPolicyDirectory,
  type MemoryAuditSink,
  type PreparedPolicy,
  type Session,
} from '@kitelogik/core';

/** The reference policy library at the repository root. */
export const POLICIES: string = fileURLToPath(new URL('../../../../policies', import.meta.url));

let prepared: Promise<PreparedPolicy> | undefined;

/** The reference policies, compiled once per test file. */
export function referencePolicy(): Promise<PreparedPolicy> {
  prepared ??= loadPolicyDirectory(POLICIES).then((bundle) => createRegoEngine().prepare(bundle));
  return prepared;
}

/** A governor on the real engine and reference policies, and a session allowed every tool. */
export interface ReferenceSetup {
  readonly governor: Governor;
  readonly audit: MemoryAuditSink;
  readonly session: Session;
}

/** Builds a {@link ReferenceSetup}; a generous deadline keeps cold evaluations from timing out. */
export async function referenceSetup(): Promise<ReferenceSetup> {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    prepared: await referencePolicy(),
    audit,
    framework: 'mcp',
    deadlineMs: 2000,
    cwd: '/workspace',
  });
  const session = governor.session({
    principal: { id: 'user-1', roles: [] },
    scopes: ['tool:*'],
    budgets: {},
  });
  return { governor, audit, session };
}
