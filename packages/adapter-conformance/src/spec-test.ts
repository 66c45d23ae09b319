import { describe } from 'vitest';
import type { AdapterInitializer } from './conformance-types.js';
import { allowDenySpec } from './spec/allow-deny.js';
import { approvalSpec } from './spec/approvals.js';
import { auditOnceSpec } from './spec/audit-once.js';
import { budgetSpec } from './spec/budgets.js';
import { failClosedSpec } from './spec/fail-closed.js';
import { parallelCallsSpec } from './spec/parallel-calls.js';
import { spawnSpec } from './spec/spawn-narrowing.js';

/**
 * The adapter conformance suite: every adapter runs the same specs through its initializer
 * (allow, deny, approval and resume, parallel calls, engine failure fails closed, budget
 * exhaustion, spawn narrowing, audit records written once). Call it from a test file.
 */
export function specTest(initializer: AdapterInitializer): void {
  describe(`adapter conformance: ${initializer.framework}`, () => {
    allowDenySpec(initializer);
    approvalSpec(initializer);
    parallelCallsSpec(initializer);
    failClosedSpec(initializer);
    budgetSpec(initializer);
    spawnSpec(initializer);
    auditOnceSpec(initializer);
  });
}
