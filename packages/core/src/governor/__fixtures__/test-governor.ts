import type { AuditRecord } from '../../audit/audit-record.js';
import { createMemoryAuditSink, type MemoryAuditSink } from '../../audit/memory-audit-sink.js';
import type { Decision } from '../../contract/decision.js';
import { createPolicyBundle } from '../../engine/policy-bundle.js';
import {
  createScriptedEngine,
  type EngineScript,
  type ScriptedEngine,
} from '../../testing/scripted-engine.js';
import { createGovernor } from '../create-governor.js';
import type { Governor } from '../governor.js';
import type { GovernorOptions } from '../governor-options.js';
import type { Session, SessionOptions } from '../session.js';

/** A governor on a scripted engine, an in-memory audit log and a manual clock. */
export interface TestGovernor {
  readonly engine: ScriptedEngine;
  readonly audit: MemoryAuditSink;
  readonly governor: Governor;
  readonly session: Session;
  advance(ms: number): void;
  decisionRecords(): AuditRecord[];
}

export const ALLOW: Decision = { effect: 'allow', reasons: [{ code: 'ok', message: 'allowed' }] };
export const DENY: Decision = { effect: 'deny', reasons: [{ code: 'no', message: 'denied' }] };
export const ASK: Decision = {
  effect: 'require_approval',
  reasons: [{ code: 'ask', message: 'a human must approve' }],
  obligations: { approval: { ttl_s: 60 } },
};

/** Builds a {@link TestGovernor}; `overrides` replace governor options, `session` session options. */
export function testGovernor(
  script: EngineScript,
  overrides: Partial<GovernorOptions> = {},
  session: Partial<SessionOptions> = {},
): TestGovernor {
  const engine = createScriptedEngine(script);
  const audit = createMemoryAuditSink();
  let now = Date.parse('2026-11-25T10:00:00.000Z');
  const governor = createGovernor({
    engine,
    policies: createPolicyBundle({ modules: [{ path: 'p.rego', source: 'package p' }] }),
    audit,
    clock: { now: () => now },
    cwd: '/workspace',
    ...overrides,
  });
  return {
    engine,
    audit,
    governor,
    session: governor.session({
      id: 'sess_1',
      principal: { id: 'user-42', roles: ['support_agent'] },
      scopes: ['tool:*', 'fs:read:/workspace/**'],
      budgets: { tool_calls: 10 },
      agent: { name: 'root', id: 'agt_root' },
      ...session,
    }),
    advance(ms) {
      now += ms;
    },
    decisionRecords: () => audit.records.filter((record) => record.type === 'decision'),
  };
}
