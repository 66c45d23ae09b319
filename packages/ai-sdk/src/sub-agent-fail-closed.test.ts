import type { Session } from '@kitelogik/core';
import { describe, expect, it } from 'vitest';
import { createAiSdkGovernance } from './create-ai-sdk-governance.js';
import { createSubAgentTool } from './create-sub-agent-tool.js';

describe('a sub-agent whose spawn is not allowed', () => {
  it.each(['deny', 'require_approval', 'allowed'])(
    'never starts the child when the spawn says %s, even with a session attached',
    async (effect) => {
      const child = { id: 'child', revoke: async () => undefined } as unknown as Session;
      const parent = {
        id: 'parent',
        spawn: async () => ({ eventId: 'e', decision: { effect, reasons: [] }, session: child }),
      } as unknown as Session;
      const started: string[] = [];
      const researcher = createSubAgentTool({
        governance: createAiSdkGovernance({ session: parent }),
        name: 'researcher',
        description: 'researches',
        child: { name: 'researcher', requested_scopes: [] },
        createAgent: () => ({
          generate: async ({ prompt }) => {
            started.push(prompt);
            return { text: 'done' };
          },
        }),
      });
      const output = await researcher.execute?.({ task: 'go' }, {
        toolCallId: 'p1',
        messages: [],
      } as never);
      expect(started).toEqual([]);
      expect(String(output)).toContain('was not started');
    },
  );
});
