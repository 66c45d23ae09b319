import {
  createGovernor,
  createMemoryAuditSink,
  createPolicyBundle,
  type Framework,
} from '@kitelogik/core';
import { createScriptedEngine } from '@kitelogik/core/testing';
import { conformancePolicy } from './conformance-policy.js';
import type { AgentFixture, ConformanceTool, SpecFixture } from './conformance-types.js';

/** What a spec changes about the default fixture. */
export type FixtureOverrides = Partial<Omit<AgentFixture, 'governor' | 'tools'>> & {
  readonly isEngineDown?: boolean;
  readonly framework?: Framework;
};

const ROOT_SCOPES = ['tool:lookup', 'tool:fs.write', 'tool:payments.refund', 'tool:boom'];

function countingTool(
  executions: Map<string, number>,
  name: string,
  body: (args: Readonly<Record<string, unknown>>) => string,
): ConformanceTool {
  return {
    name,
    description: `the ${name} tool`,
    async execute(args) {
      executions.set(name, (executions.get(name) ?? 0) + 1);
      return body(args);
    },
  };
}

/**
 * Builds a fixture: a governor on the suite's scripted policy with an in-memory audit log, and
 * tools that count their executions (`boom` always throws).
 */
export function createSpecFixture(overrides: FixtureOverrides = {}): SpecFixture {
  const { isEngineDown = false, framework = 'core', ...rest } = overrides;
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    engine: createScriptedEngine(conformancePolicy(isEngineDown)),
    policies: createPolicyBundle({ modules: [{ path: 'conformance.rego', source: 'package c' }] }),
    audit,
    framework,
  });
  const executions = new Map<string, number>();
  const tools = [
    countingTool(executions, 'lookup', (args) => `found ${String(args.id)}`),
    countingTool(executions, 'fs.write', () => 'written'),
    countingTool(executions, 'payments.refund', (args) => `refunded ${String(args.amount)}`),
    countingTool(executions, 'boom', () => {
      throw new Error('the tool broke');
    }),
  ];
  return {
    governor,
    audit,
    executions,
    principal: { id: 'user-42', roles: ['support_agent'] },
    scopes: ROOT_SCOPES,
    budgets: {},
    tools,
    turns: [],
    ...rest,
  };
}
