import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';
import { decisionRows } from './audit-records.js';

/** Every call of a parallel batch is decided on its own and gets exactly one result. */
export function parallelCallsSpec(initializer: AdapterInitializer): void {
  const framework = initializer.framework;
  describe('parallel calls', () => {
    it('decides each call of one turn and answers each once', async () => {
      const fixture = createSpecFixture({
        framework,
        turns: [
          [
            { id: 'p1', name: 'lookup', args: { id: 'A-1' } },
            { id: 'p2', name: 'fs.write', args: { path: '/tmp/x', content: 'x' } },
            { id: 'p3', name: 'lookup', args: { id: 'A-2' } },
          ],
        ],
      });
      const result = await (await initializer.createAgent(fixture)).run();
      const byId = new Map(result.toolResults.map((entry) => [entry.callId, entry]));
      expect([...byId.keys()].sort()).toEqual(['p1', 'p2', 'p3']);
      expect(result.toolResults).toHaveLength(3);
      expect(byId.get('p2')?.isError).toBe(true);
      expect(fixture.executions.get('lookup')).toBe(2);
      const rows = decisionRows(fixture, 'tool.call');
      expect(rows.map((row) => row.callId).sort()).toEqual(['p1', 'p2', 'p3']);
    });

    it('resumes two pending calls with one approved and one rejected', async () => {
      const fixture = createSpecFixture({
        framework,
        turns: [
          [
            { id: 'r1', name: 'payments.refund', args: { amount: 300 } },
            { id: 'r2', name: 'payments.refund', args: { amount: 400 } },
          ],
        ],
      });
      const agent = await initializer.createAgent(fixture);
      const paused = await agent.run();
      expect(paused.pending.map((call) => call.callId).sort()).toEqual(['r1', 'r2']);
      const result = await agent.resume({ r1: 'approve', r2: 'reject' });
      expect(fixture.executions.get('payments.refund')).toBe(1);
      const byId = new Map(result.toolResults.map((entry) => [entry.callId, entry]));
      expect(byId.get('r1')).toMatchObject({ isError: false, content: 'refunded 300' });
      expect(byId.get('r2')?.isError).toBe(true);
    });
  });
}
