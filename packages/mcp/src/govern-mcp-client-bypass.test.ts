import type { Session } from '@kitelogik/core';
import { describe, expect, it } from 'vitest';
import { governMcpClient, type McpClientLike } from './govern-mcp-client.js';

/** A custom session that allows a call only when its arguments say `{ path: "/ok" }`. */
function pathSession(onDecided: () => void = () => undefined): Session {
  return {
    id: 'path-only',
    decide: async (action: { args?: { path?: unknown } }) => {
      const effect = action.args?.path === '/ok' ? 'allow' : 'deny';
      if (effect === 'allow') onDecided();
      return { eventId: 'e', decision: { effect, reasons: [] } };
    },
    settle: async () => undefined,
  } as unknown as Session;
}

/** A client that records what it was asked to run. */
function recordingClient() {
  const ran: unknown[] = [];
  const client = {
    async callTool(params: unknown) {
      ran.push(structuredClone(params));
      return { content: [] };
    },
    async listTools() {
      return { tools: [{ name: 'fs.read' }] };
    },
    async request(request: unknown) {
      ran.push(structuredClone(request));
      return { content: [] };
    },
  };
  return { client: client as McpClientLike & typeof client, ran };
}

describe('governMcpClient bypasses', () => {
  it('runs the arguments it decided, even when the caller changes them meanwhile', async () => {
    const { client, ran } = recordingClient();
    const args = { path: '/ok' };
    const session = pathSession(() => {
      args.path = '/etc/passwd';
    });
    const governed = governMcpClient(client, session, { server: 's' });
    await governed.callTool({ name: 'fs.read', arguments: args });
    expect(ran).toEqual([{ name: 'fs.read', arguments: { path: '/ok' } }]);
  });

  it('never runs arguments that are not an object', async () => {
    const { client, ran } = recordingClient();
    const governed = governMcpClient(client, pathSession(), { server: 's' });
    const odd = Object.assign(['/etc/passwd'], { path: '/ok' });
    const refused = await governed.callTool({ name: 'fs.read', arguments: odd as never });
    expect(refused).toMatchObject({ isError: true });
    expect(ran).toEqual([]);
  });

  it('refuses a tools/call sent through the raw request method', async () => {
    const { client, ran } = recordingClient();
    const governed = governMcpClient(client, pathSession(), { server: 's' });
    for (const method of ['tools/call', 'Tools/Call']) {
      await expect(
        governed.request({ method, params: { name: 'fs.read', arguments: { path: '/x' } } }),
      ).rejects.toThrow(/tools\/call/);
    }
    expect(ran).toEqual([]);
  });
});
