import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';
import { decisionRows, recordsOfType } from './audit-records.js';

/** Replays on resume reuse decisions: no decision or approval record is written twice. */
export function auditOnceSpec(initializer: AdapterInitializer): void {
  describe('audit records written once', () => {
    it('writes each decision once across a pause and a resume', async () => {
      const fixture = createSpecFixture({
        framework: initializer.framework,
        turns: [
          [
            { id: 'a1', name: 'lookup', args: { id: 'A-1' } },
            { id: 'a2', name: 'payments.refund', args: { amount: 300 } },
          ],
        ],
      });
      const agent = await initializer.createAgent(fixture);
      await agent.run();
      await agent.resume({ a2: 'approve' });
      const keys = decisionRows(fixture).map((row) => `${row.eventId}:${row.effect}`);
      expect(new Set(keys).size).toBe(keys.length);
      const calls = decisionRows(fixture, 'tool.call').map((row) => `${row.callId}:${row.effect}`);
      expect(calls.sort()).toEqual(['a1:allow', 'a2:require_approval']);
      expect(recordsOfType(fixture, 'approval')).toHaveLength(1);
      expect(fixture.executions.get('payments.refund')).toBe(1);
      expect(fixture.executions.get('lookup')).toBe(1);
    });
  });
}
