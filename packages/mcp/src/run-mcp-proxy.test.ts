import { verifyAuditLog } from '@kitelogik/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type HarnessOptions,
  type ProxyHarness,
  startProxy,
} from './__fixtures__/proxy-harness.js';
import type { McpCallToolResult } from './mcp-types.js';

const text = (result: unknown): string =>
  (result as McpCallToolResult).content.map((part) => String(part.text)).join('');

const running: ProxyHarness[] = [];

async function start(options: HarnessOptions = {}): Promise<ProxyHarness> {
  const harness = await startProxy(options);
  running.push(harness);
  return harness;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no result within ${ms} ms`)), ms),
    ),
  ]);
}

afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((harness) => harness.proxy.close()));
});

describe('runMcpProxy with a real child-process server', () => {
  it('relays allowed calls, refuses denied ones, and hides tools denied outright', async () => {
    const t = await start();
    const { tools } = await t.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'fs.read',
      'fs.write',
      'payments.refund',
    ]);
    const allowed = await t.client.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/a' },
    });
    expect(text(allowed)).toBe('contents of /workspace/a');
    const denied = await t.client.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/.env' },
    });
    expect(denied).toMatchObject({ isError: true });
    expect(text(denied)).toContain('fs.path_denied');
    expect(t.client.getServerVersion()).toEqual({ name: 'demo', version: '1.0.0' });
  });

  it('asks the person at the client through elicitation for an approval', async () => {
    const approving = await start({ elicit: 'approve' });
    const approved = await approving.client.callTool({
      name: 'payments.refund',
      arguments: { amount: 900 },
    });
    expect(text(approved)).toBe('refunded 900');

    const declining = await start({ elicit: 'decline' });
    const refused = await declining.client.callTool({
      name: 'payments.refund',
      arguments: { amount: 900 },
    });
    expect(refused).toMatchObject({ isError: true });
  });

  it('refuses an approval call when the client cannot be asked', async () => {
    const t = await start();
    const result = await t.client.callTool({ name: 'payments.refund', arguments: { amount: 900 } });
    expect(result).toMatchObject({ isError: true });
    expect(text(result)).toContain('payments');
  });

  it('denies a tool whose definition changed until it is re-approved', async () => {
    const t = await start({ env: { DEMO_RUG_PULL: '1' } });
    await t.client.listTools();
    const wrote = await t.client.callTool({
      name: 'fs.write',
      arguments: { path: '/workspace/a', content: 'x' },
    });
    expect(text(wrote)).toBe('wrote /workspace/a');
    const { tools } = await t.client.listTools();
    expect(tools.map((tool) => tool.name)).not.toContain('fs.read');
    const denied = await t.client.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/a' },
    });
    expect(text(denied)).toContain('mcp.tool_changed');
    expect(t.proxy.pins.approve('demo', 'fs.read')).toBe(true);
    const allowed = await t.client.callTool({
      name: 'fs.read',
      arguments: { path: '/workspace/a' },
    });
    expect(text(allowed)).toBe('contents of /workspace/a');
  });

  it('answers with a clear error when the server crashes, and ends without hanging', async () => {
    const t = await start({ env: { DEMO_CRASH_ON: 'fs.read' } });
    const call = t.client.callTool({ name: 'fs.read', arguments: { path: '/workspace/a' } });
    await expect(within(call, 5000)).rejects.toThrow(/MCP server "demo" exited/);
    await expect(within(t.proxy.done, 5000)).resolves.toMatchObject({ reason: 'server_exited' });
  });

  it('passes the child stderr through, stops the child when the client hangs up, and leaves a valid audit log', async () => {
    const t = await start();
    await t.client.callTool({ name: 'fs.read', arguments: { path: '/workspace/a' } });
    t.hangUp();
    await expect(within(t.proxy.done, 8000)).resolves.toEqual({ reason: 'client_closed' });
    expect(t.stderr()).toContain('demo server: ready');
    const verified = await verifyAuditLog({ path: t.auditPath, requireCheckpointAtEnd: true });
    expect(verified.ok).toBe(true);
    const decisions = verified.ok
      ? verified.records.filter((record) => record.type === 'decision')
      : [];
    expect(
      decisions.some((record) => (record.event as { framework?: string }).framework === 'mcp'),
    ).toBe(true);
  });
});
