import { fileURLToPath } from 'node:url';
import {
  type Clock,
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  type Governor,
  loadPolicyDirectory,
  type MemoryAuditSink,
  type PreparedPolicy,
} from '@kitelogik/core';

const POLICIES = fileURLToPath(new URL('../../../../policies', import.meta.url));

let prepared: Promise<PreparedPolicy> | undefined;

/** The reference policies (`/policies` with its data.json), compiled once per test file. */
export function referencePolicy(): Promise<PreparedPolicy> {
  prepared ??= loadPolicyDirectory(POLICIES).then((bundle) => createRegoEngine().prepare(bundle));
  return prepared;
}

/** A governor on the real embedded engine and the reference policies, with a manual clock. */
export interface ReferenceGovernor {
  readonly governor: Governor;
  readonly audit: MemoryAuditSink;
  advance(ms: number): void;
}

/** Builds a {@link ReferenceGovernor}; a generous deadline keeps cold evaluations from timing out. */
export async function referenceGovernor(): Promise<ReferenceGovernor> {
  const audit = createMemoryAuditSink();
  let now = Date.parse('2026-11-25T10:00:00.000Z');
  const clock: Clock = { now: () => now };
  const governor = createGovernor({
    prepared: await referencePolicy(),
    audit,
    clock,
    framework: 'langgraph',
    deadlineMs: 2000,
    cwd: '/workspace',
  });
  return {
    governor,
    audit,
    advance(ms) {
      now += ms;
    },
  };
}
