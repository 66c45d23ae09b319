import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { McpProxy, McpProxyOptions } from '../proxy-options.js';
import { runMcpProxy } from '../run-mcp-proxy.js';
import { POLICIES } from './reference-governor.js';

/** The demo server, run as a real child process with node. */
export const DEMO_SERVER: string = fileURLToPath(new URL('./demo-server.ts', import.meta.url));

/** A proxy in front of the demo server, and an MCP client connected to it over streams. */
export interface ProxyHarness {
  readonly proxy: McpProxy;
  readonly client: Client;
  readonly auditPath: string;
  /** What the child wrote to stderr, passed through by the proxy. */
  stderr(): string;
  /** Ends the client's side of the stdio pair, as a client that quits does. */
  hangUp(): void;
}

/** Options for {@link startProxy}. */
export interface HarnessOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Declare elicitation and answer every elicitation with this. */
  readonly elicit?: 'approve' | 'decline';
  readonly proxy?: Partial<McpProxyOptions>;
}

/** Starts a proxy over the reference policies and connects a client to it. */
export async function startProxy(options: HarnessOptions = {}): Promise<ProxyHarness> {
  const auditPath = join(await mkdtemp(join(tmpdir(), 'kitelogik-mcp-')), 'audit.jsonl');
  const toProxy = new PassThrough();
  const fromProxy = new PassThrough();
  const stderr = new PassThrough();
  let errText = '';
  stderr.on('data', (chunk: Buffer) => {
    errText += chunk.toString();
  });
  const proxy = await runMcpProxy({
    command: process.execPath,
    args: [DEMO_SERVER],
    server: 'demo',
    policies: POLICIES,
    audit: auditPath,
    session: { principal: { id: 'user-1', roles: [] }, scopes: ['tool:*'] },
    stdin: toProxy,
    stdout: fromProxy,
    stderr,
    cwd: process.cwd(),
    ...(options.env === undefined ? {} : { env: options.env }),
    ...options.proxy,
  });
  const capabilities = options.elicit === undefined ? {} : { elicitation: {} };
  const client = new Client({ name: 'test-client', version: '1.0.0' }, { capabilities });
  if (options.elicit !== undefined) {
    const action = options.elicit === 'approve' ? 'accept' : 'decline';
    client.setRequestHandler(ElicitRequestSchema, async () =>
      action === 'accept' ? { action, content: { approve: true } } : { action },
    );
  }
  // A stdio "server" transport is line-delimited JSON over two streams: from the client's side
  // it is the mirror image of the proxy's.
  await client.connect(new StdioServerTransport(fromProxy, toProxy));
  return {
    proxy,
    client,
    auditPath,
    stderr: () => errText,
    hangUp: () => toProxy.end(),
  };
}
