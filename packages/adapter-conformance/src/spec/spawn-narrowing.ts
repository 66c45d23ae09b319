import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';
import { decisionRows } from './audit-records.js';

const PARENT_SCOPES = ['tool:lookup', 'tool:researcher'];

/** A child agent gets only scopes its parent holds, one level deeper, with its lineage. */
export function spawnSpec(initializer: AdapterInitializer): void {
  const framework = initializer.framework;
  const spawnTurn = [[{ id: 's1', name: 'researcher', args: { task: 'look up A-1' } }]];
  describe('spawn narrowing', () => {
    it('denies a child that asks for a scope its parent lacks, and never runs it', async () => {
      const fixture = createSpecFixture({
        framework,
        scopes: PARENT_SCOPES,
        turns: spawnTurn,
        subagent: {
          name: 'researcher',
          scopes: ['tool:lookup', 'tool:payments.refund'],
          turns: [[{ id: 'k1', name: 'lookup', args: { id: 'A-1' } }]],
        },
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(result.toolResults[0]).toMatchObject({ callId: 's1', isError: true });
      expect(result.toolResults[0]?.content).toContain('delegation.scope_escalation');
      expect(fixture.executions.get('lookup')).toBeUndefined();
      const [spawn] = decisionRows(fixture, 'agent.spawn');
      expect(spawn?.event.action).toMatchObject({ escalated_scopes: ['tool:payments.refund'] });
    });

    it('runs an allowed child in a narrowed session: its own calls are decided at depth 1', async () => {
      const fixture = createSpecFixture({
        framework,
        scopes: [...PARENT_SCOPES, 'tool:payments.refund'],
        turns: spawnTurn,
        subagent: {
          name: 'researcher',
          scopes: ['tool:lookup'],
          turns: [
            [
              { id: 'k1', name: 'lookup', args: { id: 'A-1' } },
              { id: 'k2', name: 'payments.refund', args: { amount: 10 } },
            ],
          ],
        },
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(result.toolResults[0]).toMatchObject({ callId: 's1', isError: false });
      expect(fixture.executions.get('lookup')).toBe(1);
      expect(fixture.executions.get('payments.refund')).toBeUndefined();
      const child = decisionRows(fixture, 'tool.call').filter((row) => row.event.agent.depth === 1);
      expect(child.map((row) => [row.callId, row.effect])).toEqual(
        expect.arrayContaining([
          ['k1', 'allow'],
          ['k2', 'deny'],
        ]),
      );
      const parentId = decisionRows(fixture, 'agent.spawn')[0]?.event.agent.id;
      expect(child[0]?.event.agent.lineage).toEqual([parentId]);
      expect(child[0]?.event.agent.scopes).toEqual(['tool:lookup']);
    });
  });
}
