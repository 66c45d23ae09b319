import { describe, expect, it } from 'vitest';
import { createMemoryAuditSink } from '../audit/memory-audit-sink.js';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { createPolicyBundle } from '../engine/policy-bundle.js';
import { createScriptedEngine } from '../testing/scripted-engine.js';
import { createGovernor } from './create-governor.js';

describe('a decision whose event cannot be written to the audit log', () => {
  it('is denied, and the log still records that the call was made and refused', async () => {
    const audit = createMemoryAuditSink();
    const governor = createGovernor({
      engine: createScriptedEngine(() => ({ effect: 'allow', reasons: [] })),
      policies: createPolicyBundle({ modules: [] }),
      audit,
    });
    const session = governor.session({
      principal: { id: 'u', roles: [] },
      scopes: ['tool:*'],
      budgets: {},
    });
    // Deeper than JSON serialisation can go.
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      node.a = next;
      node = next;
    }
    const outcome = await session.decide({
      kind: 'tool.call',
      callId: 'c1',
      tool: 'search',
      args: { deep },
    });
    expect(outcome.decision.reasons[0]?.code).toBe('audit.unavailable');
    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]).toMatchObject({
      type: 'decision',
      event: { id: outcome.eventId, kind: 'tool.call', truncated: true },
      decision: { effect: 'deny', reasons: [{ code: 'audit.unavailable' }] },
    });
    await audit.close();
    expect((await verifyAuditLog({ lines: audit.lines })).ok).toBe(true);
  });
});
