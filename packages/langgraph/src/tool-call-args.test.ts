import type { Session } from '@kitelogik/core';
import { ToolMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { governToolCall } from './govern-tool-call.js';

/** A custom session that allows everything: only the adapter's own checks stand in the way. */
const allowAll = {
  id: 'allow-all',
  decide: async () => ({ eventId: 'e', decision: { effect: 'allow', reasons: [] } }),
  settle: async () => undefined,
} as unknown as Session;

describe('tool call arguments that are not an object', () => {
  it.each([['{"path":"/etc/passwd"}'], [['/etc/passwd']], [7], [null]])(
    'never runs a call whose arguments are %j',
    async (args) => {
      const ran: unknown[] = [];
      const result = await governToolCall({
        session: allowAll,
        toolCall: { id: 'c1', name: 'fs_read', args: args as never },
        tool: {},
        options: {} as never,
        run: async (runArgs) => {
          ran.push(runArgs);
          return new ToolMessage({ content: 'ran', tool_call_id: 'c1' });
        },
      });
      expect(ran).toEqual([]);
      expect(ToolMessage.isInstance(result) && result.status).toBe('error');
    },
  );
});
