import { describe, expect, it } from 'vitest';
import type { AdapterInitializer } from '../conformance-types.js';
import { createSpecFixture } from '../create-spec-fixture.js';
import { decisionRows } from './audit-records.js';

/** Allow runs the tool; deny never runs it and tells the model why; tool errors still reach it. */
export function allowDenySpec(initializer: AdapterInitializer): void {
  const framework = initializer.framework;
  describe('allow and deny', () => {
    it('runs an allowed tool once and returns its result', async () => {
      const fixture = createSpecFixture({
        framework,
        turns: [[{ id: 'c1', name: 'lookup', args: { id: 'A-1' } }]],
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(fixture.executions.get('lookup')).toBe(1);
      expect(result.toolResults).toEqual([{ callId: 'c1', content: 'found A-1', isError: false }]);
      expect(decisionRows(fixture, 'tool.call').map((row) => row.effect)).toEqual(['allow']);
    });

    it('never runs a denied tool and answers the call with the reason', async () => {
      const fixture = createSpecFixture({
        framework,
        turns: [[{ id: 'c1', name: 'fs.write', args: { path: '/etc/passwd', content: 'x' } }]],
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(fixture.executions.get('fs.write')).toBeUndefined();
      expect(result.toolResults).toHaveLength(1);
      expect(result.toolResults[0]).toMatchObject({ callId: 'c1', isError: true });
      expect(result.toolResults[0]?.content).toContain('fs.write_denied');
      expect(result.finalText).toBeDefined();
    });

    it('attributes events to the principal and agent scopes it was given', async () => {
      const fixture = createSpecFixture({
        framework,
        turns: [[{ id: 'c1', name: 'lookup', args: { id: 'A-1' } }]],
      });
      await (await initializer.createAgent(fixture)).run();
      const [row] = decisionRows(fixture, 'tool.call');
      expect(row?.event.framework).toBe(framework);
      expect(row?.event.session.principal.id).toBe('user-42');
      expect(row?.event.agent.scopes).toEqual(fixture.scopes);
    });

    it('still reports a tool that throws to the model as an error result', async () => {
      const fixture = createSpecFixture({
        framework,
        turns: [[{ id: 'c1', name: 'boom', args: {} }]],
      });
      const result = await (await initializer.createAgent(fixture)).run();
      expect(result.toolResults[0]).toMatchObject({ callId: 'c1', isError: true });
      expect(result.toolResults[0]?.content).toContain('the tool broke');
      expect(result.finalText).toBeDefined();
    });
  });
}
