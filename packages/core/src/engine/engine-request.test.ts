import { describe, expect, it } from 'vitest';
import { createMemoryAuditSink } from '../audit/memory-audit-sink.js';
import { PolicyEvaluationError } from '../errors/policy-evaluation-error.js';
import { createGovernor } from '../governor/create-governor.js';
import { createPolicyBundle } from './policy-bundle.js';
import type { EvaluationRequest, PolicyEngine } from './policy-engine.js';
import { callRegoBuiltin, regoBuiltinNames } from './rego-builtins.js';

const allow = { effect: 'allow', reasons: [{ code: 'ok', message: 'ok' }] };

function engineWith(
  evaluate: (request: EvaluationRequest) => Promise<{ value: unknown; decisionId?: string }>,
): PolicyEngine {
  return { name: 'test', prepare: async (bundle) => ({ digest: bundle.digest, evaluate }) };
}

describe('what engines receive and return', () => {
  it('passes the governor clock and keeps the engine decision id in the audit record', async () => {
    const seen: EvaluationRequest[] = [];
    const audit = createMemoryAuditSink();
    const governor = createGovernor({
      engine: engineWith(async (request) => {
        seen.push(request);
        return { value: allow, decisionId: 'opa-123' };
      }),
      policies: createPolicyBundle({ modules: [] }),
      audit,
      clock: { now: () => 1_764_000_000_000 },
    });
    const session = governor.session({
      principal: { id: 'u', roles: [], tenant: 't' },
      scopes: ['tool:*'],
      budgets: {},
    });
    await session.decide({ kind: 'tool.call', callId: 'c1', tool: 'search', args: {} });
    expect(seen[0]?.nowMs).toBe(1_764_000_000_000);
    expect(audit.records[0]).toMatchObject({ type: 'decision', engine_decision_id: 'opa-123' });
  });

  it('keeps an engine-reported timeout as engine.timeout', async () => {
    const governor = createGovernor({
      engine: engineWith(async () => {
        throw new PolicyEvaluationError({
          message: 'eval_cancel_error: timed out',
          code: 'engine.timeout',
        });
      }),
      policies: createPolicyBundle({ modules: [] }),
      audit: createMemoryAuditSink(),
    });
    const outcome = await governor.decideEvent({});
    expect(outcome.decision.reasons[0]?.code).toBe('event.invalid');
    const session = governor.session({
      principal: { id: 'u', roles: [], tenant: 't' },
      scopes: [],
      budgets: {},
    });
    const timedOut = await session.decide({ kind: 'tool.call', callId: 'c', tool: 'x', args: {} });
    expect(timedOut.decision).toMatchObject({
      effect: 'deny',
      reasons: [{ code: 'engine.timeout' }],
    });
  });
});

describe('callRegoBuiltin', () => {
  it('calls the embedded engine builtins by name and fails as an engine error', () => {
    expect(regoBuiltinNames()).toContain('regex.match');
    expect(callRegoBuiltin('regex.match', ['^a', 'abc'])).toBe(true);
    expect(callRegoBuiltin('time.now_ns', [], { nowNs: 7n })).toBe(7);
    expect(() => callRegoBuiltin('count', [1])).toThrow(PolicyEvaluationError);
  });
});
