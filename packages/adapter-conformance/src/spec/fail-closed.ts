import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';
import { decisionRows } from './audit-records.js';

/** An engine that fails is a deny: the tool never runs and the run still ends cleanly. */
export function failClosedSpec(initializer: AdapterInitializer): void {
  describe('engine failure', () => {
    it('fails closed: the tool never runs and the reason is engine.error', async () => {
      const fixture = createSpecFixture({
        framework: initializer.framework,
        isEngineDown: true,
        turns: [[{ id: 'c1', name: 'lookup', args: { id: 'A-1' } }]],
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(fixture.executions.get('lookup')).toBeUndefined();
      expect(result.toolResults[0]).toMatchObject({ callId: 'c1', isError: true });
      expect(result.toolResults[0]?.content).toContain('engine.error');
      expect(decisionRows(fixture, 'tool.call').map((row) => row.effect)).toEqual(['deny']);
    });
  });
}
