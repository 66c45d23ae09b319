import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';

/** A budget that runs out mid-run denies the call and ends the run with the reason. */
export function budgetSpec(initializer: AdapterInitializer): void {
  describe('budgets', () => {
    it('ends the run cleanly when the tool-call budget runs out', async () => {
      const fixture = createSpecFixture({
        framework: initializer.framework,
        budgets: { tool_calls: 1 },
        turns: [
          [{ id: 'b1', name: 'lookup', args: { id: 'A-1' } }],
          [{ id: 'b2', name: 'lookup', args: { id: 'A-2' } }],
          [{ id: 'b3', name: 'lookup', args: { id: 'A-3' } }],
        ],
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(fixture.executions.get('lookup')).toBe(1);
      expect(result.toolResults.map((entry) => entry.callId)).toEqual(['b1', 'b2']);
      expect(result.toolResults[1]?.content).toContain('budget.exhausted');
      expect(result.pending).toEqual([]);
      expect(result.finalText).toContain('budget.exhausted');
    });
  });
}
