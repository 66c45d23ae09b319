import type { Session } from '@kitelogik/core';
import { describe, expect, it } from 'vitest';
import { referenceSetup } from './__fixtures__/reference-governor.js';
import { governMcpTransport, type McpTransportLike } from './govern-mcp-transport.js';
import type { JsonRpcMessage } from './json-rpc.js';

const TOOLS = [
  { name: 'fs.read', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true } },
  { name: 'db.drop', inputSchema: { type: 'object' } },
  { name: 'notes.add', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true } },
];

/** A raw transport that records what reaches the server; tools/call answers wait for `answer`. */
function rawTransport() {
  const sent: unknown[] = [];
  const inner: McpTransportLike = {
    start: async () => undefined,
    close: async () => undefined,
    async send(message: JsonRpcMessage) {
      sent.push(message);
      if (message.method === 'tools/list') {
        queueMicrotask(() =>
          inner.onmessage?.({ jsonrpc: '2.0', id: message.id, result: { tools: TOOLS } }),
        );
      }
    },
  };
  const calls = () =>
    sent.filter((message) =>
      JSON.stringify(message).toLowerCase().replace(/\s/g, '').includes('tools/call'),
    );
  return { inner, sent, calls };
}

/** A custom session that allows everything: only the transport's own checks stand in the way. */
const allowAll = {
  id: 'allow-all',
  decide: async () => ({ eventId: 'e', decision: { effect: 'allow', reasons: [] } }),
  settle: async () => undefined,
} as unknown as Session;

async function governed(session?: Session) {
  const raw = rawTransport();
  const chosen = session ?? (await referenceSetup()).session;
  const transport = governMcpTransport(raw.inner, chosen, { server: 'raw' });
  const received: JsonRpcMessage[] = [];
  transport.onmessage = (message: JsonRpcMessage) => received.push(message);
  await transport.start();
  await transport.send({ jsonrpc: '2.0', id: 'l1', method: 'tools/list', params: {} });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { ...raw, transport, received };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('governMcpTransport on a raw transport', () => {
  it('never forwards a tools/call spelled with another case or padding', async () => {
    const t = await governed();
    for (const method of ['Tools/call', 'TOOLS/CALL', ' tools/call', 'tools/call ']) {
      await t.transport
        .send({ jsonrpc: '2.0', id: method, method, params: { name: 'db.drop' } })
        .catch(() => undefined);
    }
    await settle();
    expect(t.calls()).toEqual([]);
  });

  it('never forwards a batch that carries a tools/call', async () => {
    const t = await governed();
    const batch = [{ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'db.drop' } }];
    await t.transport.send(batch as never).catch(() => undefined);
    await settle();
    expect(t.calls()).toEqual([]);
  });

  it('never forwards a tools/call notification (no id)', async () => {
    const t = await governed();
    await t.transport
      .send({ jsonrpc: '2.0', method: 'tools/call', params: { name: 'db.drop', arguments: {} } })
      .catch(() => undefined);
    await settle();
    expect(t.calls()).toEqual([]);
  });

  it('never forwards arguments that are not an object', async () => {
    const t = await governed(allowAll);
    const fine = { name: 'notes.add', arguments: { text: 'x' } };
    await t.transport.send({ jsonrpc: '2.0', id: 'ok', method: 'tools/call', params: fine });
    expect(t.calls()).toHaveLength(1);
    t.sent.length = 0;
    const odd: unknown[] = ['{"text":"x"}', ['x'], 7, null];
    let id = 0;
    for (const args of odd) {
      await t.transport
        .send({
          jsonrpc: '2.0',
          id: ++id,
          method: 'tools/call',
          params: { name: 'notes.add', arguments: args } as never,
        })
        .catch(() => undefined);
    }
    await settle();
    expect(t.calls()).toEqual([]);
  });

  it('never forwards a tool name that is not a string', async () => {
    const t = await governed(allowAll);
    await t.transport
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: ['db.drop'] } })
      .catch(() => undefined);
    await settle();
    expect(t.calls()).toEqual([]);
  });

  it('refuses a request whose id is still in flight, so a list answer cannot pass unfiltered', async () => {
    const t = await governed();
    const read = { name: 'fs.read', arguments: { path: '/workspace/a' } };
    await t.transport.send({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: read });
    await t.transport
      .send({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'db.drop' } })
      .catch(() => undefined);
    await t.transport
      .send({ jsonrpc: '2.0', id: 5, method: 'tools/list', params: {} })
      .catch(() => undefined);
    await settle();
    expect(t.calls()).toHaveLength(1);
    expect(t.sent.filter((message) => (message as JsonRpcMessage).id === 5)).toHaveLength(1);
  });
});

describe('governMcpTransport ids', () => {
  it('refuses a second call that reuses the id of one still being decided', async () => {
    const t = await governed(allowAll);
    const results = await Promise.allSettled([
      t.transport.send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'a' } }),
      t.transport.send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'b' } }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect(t.calls()).toHaveLength(1);
  });
});

describe('governMcpTransport arguments', () => {
  it('sends the arguments it decided, even when the caller changes them meanwhile', async () => {
    const params = { name: 'fs.read', arguments: { path: '/ok' } };
    const session = {
      id: 'path-only',
      decide: async (action: { kind: string; args?: { path?: unknown } }) => {
        const isOk = action.kind !== 'tool.call' || action.args?.path === '/ok';
        if (action.kind === 'tool.call' && isOk) params.arguments.path = '/etc/passwd';
        return { eventId: 'e', decision: { effect: isOk ? 'allow' : 'deny', reasons: [] } };
      },
      settle: async () => undefined,
    } as unknown as Session;
    const t = await governed(session);
    await t.transport.send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params });
    expect(t.calls()).toMatchObject([{ params: { arguments: { path: '/ok' } } }]);
  });
});
