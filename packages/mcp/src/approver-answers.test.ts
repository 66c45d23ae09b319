import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { describe, expect, it } from 'vitest';
import { createDemoServer } from './__fixtures__/demo-server.js';
import { referenceSetup } from './__fixtures__/reference-governor.js';
import { governMcpClient } from './govern-mcp-client.js';
import type { McpApprover } from './governance-options.js';

async function callRefundWith(approver: McpApprover) {
  const setup = await referenceSetup();
  const demo = createDemoServer();
  const client = new Client({ name: 'test', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await demo.server.connect(serverSide);
  await client.connect(clientSide);
  const governed = governMcpClient(client, setup.session, { server: 'demo', approver });
  const result = await governed
    .callTool({ name: 'payments.refund', arguments: { amount: 900 } })
    .catch((error: unknown) => ({ thrown: String(error) }));
  return { result, demo, setup };
}

describe('approver answers that are not a clear yes', () => {
  it.each([
    ['nothing', undefined],
    ['a truthy string', { approved: 'no', approver: 'user:m' }],
    ['no approver name', { approved: true }],
  ])('answers %s with a tool error and releases nothing to the server', async (_name, verdict) => {
    const { result, demo } = await callRefundWith(async () => verdict as never);
    expect(result).toMatchObject({ isError: true });
    expect(demo.executions.get('payments.refund')).toBeUndefined();
  });
});
