import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';
import { decisionRows, recordsOfType } from './audit-records.js';

const REFUND = [[{ id: 'r1', name: 'payments.refund', args: { amount: 300 } }]];

/** require_approval pauses the call; an approval runs it once, a rejection never. */
export function approvalSpec(initializer: AdapterInitializer): void {
  const framework = initializer.framework;
  describe('approval and resume', () => {
    it('pauses a call that needs approval without running it', async () => {
      const fixture = createSpecFixture({ framework, turns: REFUND });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(result.pending).toEqual([{ callId: 'r1', name: 'payments.refund' }]);
      expect(fixture.executions.get('payments.refund')).toBeUndefined();
    });

    it('runs an approved call exactly once after resume', async () => {
      const fixture = createSpecFixture({ framework, turns: REFUND });
      const agent = await initializer.createAgent(fixture);
      await agent.run();
      const result = await agent.resume({ r1: 'approve' });
      expect(result.pending).toEqual([]);
      expect(fixture.executions.get('payments.refund')).toBe(1);
      expect(result.toolResults).toEqual([
        { callId: 'r1', content: 'refunded 300', isError: false },
      ]);
      expect(recordsOfType(fixture, 'approval')).toHaveLength(1);
    });

    it('never runs a rejected call and tells the model it was rejected', async () => {
      const fixture = createSpecFixture({ framework, turns: REFUND });
      const agent = await initializer.createAgent(fixture);
      await agent.run();
      const result = await agent.resume({ r1: 'reject' });
      expect(fixture.executions.get('payments.refund')).toBeUndefined();
      expect(result.toolResults[0]).toMatchObject({ callId: 'r1', isError: true });
      expect(result.toolResults[0]?.content).toContain('approval.rejected');
      const effects = decisionRows(fixture, 'tool.call').map((row) => row.effect);
      expect(effects).toEqual(['require_approval', 'deny']);
    });
  });
}
