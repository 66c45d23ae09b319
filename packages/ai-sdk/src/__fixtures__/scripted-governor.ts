import {
  createGovernor,
  createMemoryAuditSink,
  createPolicyBundle,
  type Governor,
  type MemoryAuditSink,
} from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';

type Input = {
  kind: string;
  action: {
    tool?: { name: string; source: string };
    args?: Record<string, unknown>;
    steps?: unknown[];
  };
  budget: Record<string, { remaining: number | null }>;
};

const reason = (code: string) => ({ code, message: code.replace('.', ' '), policy: 'test' });

/**
 * A plumbing policy: deny `db.drop` (outright) and any step count over 3, ask for
 * `payments.refund`, deny exhausted budgets, allow the rest.
 */
export function plumbingPolicy(input: unknown): unknown {
  const event = input as Input;
  if (Object.values(event.budget).some((dim) => dim.remaining !== null && dim.remaining < 0)) {
    return { effect: 'deny', reasons: [reason('budget.exhausted')] };
  }
  if (event.kind === 'agent.plan' && (event.action.steps?.length ?? 0) > 3) {
    return { effect: 'deny', reasons: [reason('plan.too_many_steps')] };
  }
  const tool = event.action.tool?.name;
  if (tool === 'db.drop') return { effect: 'deny', reasons: [reason('tool.denied')] };
  if (tool === 'payments.refund' && event.action.args?.amount !== undefined) {
    return { effect: 'require_approval', reasons: [reason('payments.approval')] };
  }
  return { effect: 'allow', reasons: [reason('test.allowed')] };
}

/** A governor on the scripted engine with an in-memory audit sink. */
export function scriptedGovernor(
  script: (input: unknown) => unknown = plumbingPolicy,
  clock?: { now(): number },
): {
  governor: Governor;
  audit: MemoryAuditSink;
} {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    engine: createScriptedEngine(script),
    policies: createPolicyBundle({ modules: [{ path: 'test.rego', source: 'package test' }] }),
    audit,
    framework: 'ai-sdk',
    ...(clock === undefined ? {} : { clock }),
  });
  return { governor, audit };
}
