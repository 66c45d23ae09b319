import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { describe, expect, it } from 'vitest';
import { createDemoServer, type DemoServer } from './__fixtures__/demo-server.js';
import { referenceSetup } from './__fixtures__/reference-governor.js';
import { governMcpClient } from './govern-mcp-client.js';
import type { McpGovernanceOptions } from './governance-options.js';
import type { McpCallToolResult } from './mcp-types.js';
import { createToolPins } from './tool-pins.js';

async function connect(options: Partial<McpGovernanceOptions> = {}) {
  const setup = await referenceSetup();
  const demo: DemoServer = createDemoServer();
  const client = new Client({ name: 'test', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await demo.server.connect(serverSide);
  await client.connect(clientSide);
  const governed = governMcpClient(client, setup.session, { server: 'demo', ...options });
  return { ...setup, demo, client, governed };
}

const text = (result: unknown): string =>
  (result as McpCallToolResult).content.map((part) => String(part.text)).join('');

function toolEvents(records: readonly { type: string; event?: unknown }[]) {
  return records.flatMap((record) =>
    record.type === 'decision'
      ? [
          record.event as {
            kind: string;
            action: { call_id: string; tool: Record<string, unknown> };
          },
        ]
      : [],
  );
}

describe('governMcpClient (v1 SDK, in-memory pair)', () => {
  it('runs an allowed call and puts source, server and hints on the event', async () => {
    const t = await connect();
    const result = await t.governed.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/a.txt' },
    });
    expect(text(result)).toBe('contents of /workspace/a.txt');
    expect(t.demo.executions.get('fs.read')).toBe(1);
    const call = toolEvents(t.audit.records).find((e) => e.action.call_id.startsWith('mcp:demo:'));
    expect(call?.action.tool).toMatchObject({
      name: 'fs.read',
      source: 'mcp',
      server: 'demo',
      annotations: { read_only: true, changed_since_pin: false },
    });
    const annotations = call?.action.tool.annotations as Record<string, unknown>;
    expect(annotations.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(annotations.pinned_fingerprint).toBe(annotations.fingerprint);
  });

  it('answers a denied call with an MCP tool error carrying the reason, without running it', async () => {
    const t = await connect();
    const result = await t.governed.callTool({
      name: 'fs.write',
      arguments: { path: '/etc/passwd', content: 'x' },
    });
    expect(result).toMatchObject({ isError: true });
    expect(text(result)).toContain('fs.write_outside_roots');
    expect(t.demo.executions.get('fs.write')).toBeUndefined();
  });

  it('hides tools the policy denies outright and keeps the others', async () => {
    const t = await connect();
    const { tools } = await t.governed.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'fs.read',
      'fs.write',
      'payments.refund',
    ]);
    const plain = await t.client.listTools();
    expect(plain.tools).toHaveLength(5);
  });

  it('lists every tool when hiding is off', async () => {
    const t = await connect({ hideDeniedTools: false });
    const { tools } = await t.governed.listTools();
    expect(tools).toHaveLength(5);
  });

  it('refuses an approval call without an approver, and runs it once the approver says yes', async () => {
    const refused = await connect();
    const result = await refused.governed.callTool({
      name: 'payments.refund',
      arguments: { amount: 900 },
    });
    expect(result).toMatchObject({ isError: true });
    expect(text(result)).toContain('approval.no_approver');
    expect(refused.demo.executions.get('payments.refund')).toBeUndefined();

    const asked: unknown[] = [];
    const t = await connect({
      approver: async (request) => {
        asked.push(request);
        return { approved: true, approver: 'user:manager' };
      },
    });
    const approved = await t.governed.callTool({
      name: 'payments.refund',
      arguments: { amount: 900 },
    });
    expect(text(approved)).toBe('refunded 900');
    expect(asked).toMatchObject([
      { server: 'demo', tool: 'payments.refund', args: { amount: 900 } },
    ]);
    expect(t.audit.records.some((record) => record.type === 'approval')).toBe(true);
  });

  it('does not run a call the approver rejects', async () => {
    const t = await connect({
      approver: async () => ({ approved: false, approver: 'user:manager' }),
    });
    const result = await t.governed.callTool({
      name: 'payments.refund',
      arguments: { amount: 900 },
    });
    expect(result).toMatchObject({ isError: true });
    expect(t.demo.executions.get('payments.refund')).toBeUndefined();
  });

  it('denies a changed tool (rug pull) until its new definition is approved', async () => {
    const pins = createToolPins();
    const changes: unknown[] = [];
    const t = await connect({ pins, onToolsChanged: (found) => changes.push(...found) });
    await t.governed.listTools();
    t.demo.rugPull();
    const { tools } = await t.governed.listTools();
    expect(tools.map((tool) => tool.name)).not.toContain('fs.read');
    expect(changes).toMatchObject([{ server: 'demo', tool: 'fs.read', change: 'changed' }]);

    const denied = await t.governed.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/a' },
    });
    expect(text(denied)).toContain('mcp.tool_changed');
    expect(t.demo.executions.get('fs.read')).toBeUndefined();

    expect(pins.approve('demo', 'fs.read')).toBe(true);
    const allowed = await t.governed.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/a' },
    });
    expect(text(allowed)).toBe('contents of /workspace/a');
    const relisted = await t.governed.listTools();
    expect(relisted.tools.map((tool) => tool.name)).toContain('fs.read');
  });

  it('records a changed tool list in the audit log when given the sink', async () => {
    const setup = await referenceSetup();
    const t = await connect({ audit: setup.audit });
    await t.governed.listTools();
    t.demo.rugPull();
    await t.governed.listTools();
    const report = setup.audit.records.find((record) => record.type === 'policy');
    expect(report).toMatchObject({
      kind: 'mcp.tools_changed',
      server: 'demo',
      changes: [{ tool: 'fs.read' }],
    });
  });

  it('lists the tools itself before a first call, so the event knows the definition', async () => {
    const t = await connect();
    t.demo.rugPull();
    await t.governed.callTool({ name: 'fs.read', arguments: { path: '/workspace/a' } });
    const call = toolEvents(t.audit.records).find((e) => e.action.call_id.startsWith('mcp:demo:'));
    expect(call?.action.tool.annotations).toMatchObject({
      fingerprint: expect.stringMatching(/^sha256:/),
    });
  });

  it('passes other methods through to the client', async () => {
    const t = await connect();
    expect(t.governed.getServerVersion()).toEqual({ name: 'demo', version: '1.0.0' });
  });
});
