import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SERVER } from './__fixtures__/proxy-harness.js';
import { POLICIES } from './__fixtures__/reference-governor.js';
import type { McpCallToolResult } from './mcp-types.js';

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url));
const HOOK = fileURLToPath(new URL('./__fixtures__/ts-resolve-hook.ts', import.meta.url));

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function exitOf(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the proxy did not exit within ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('the kitelogik-mcp-proxy bin (a real proxy process in front of a real server)', () => {
  it('governs calls over stdio, writes its audit log and pins, and exits 0 when the client leaves', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kitelogik-mcp-bin-'));
    const audit = join(dir, 'audit.jsonl');
    const pins = join(dir, 'pins.json');
    const child = spawn(
      process.execPath,
      [
        '--import',
        HOOK,
        BIN,
        '--policies',
        POLICIES,
        '--audit',
        audit,
        '--pins',
        pins,
        '--server',
        'demo',
        '--',
        process.execPath,
        DEMO_SERVER,
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = exitOf(child, 15_000);
    const client = new Client({ name: 'bin-test', version: '1.0.0' });
    if (child.stdout === null || child.stdin === null) throw new Error('no stdio');
    await client.connect(new StdioServerTransport(child.stdout, child.stdin));
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'fs.read',
      'fs.write',
      'payments.refund',
    ]);
    const denied = (await client.callTool({
      name: 'fs.write',
      arguments: { path: '/etc/passwd', content: 'x' },
    })) as McpCallToolResult;
    expect(denied.isError).toBe(true);
    child.stdin.end();
    await expect(exited).resolves.toBe(0);
    expect(stderr).toContain('demo server: ready');
    expect(await readFile(audit, 'utf8')).toContain('fs.write_outside_roots');
    expect(JSON.parse(await readFile(pins, 'utf8'))).toMatchObject({
      demo: { 'fs.read': expect.stringMatching(/^sha256:/) },
    });
  });

  it('exits 2 with usage when the command is missing', async () => {
    const child = spawn(process.execPath, ['--import', HOOK, BIN, '--policies', POLICIES], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await expect(exitOf(child, 10_000)).resolves.toBe(2);
    expect(stderr).toContain('Usage: kitelogik mcp-proxy');
  });

  it('exits 1 with a clear message when the server cannot be started', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kitelogik-mcp-bin-'));
    const child = spawn(
      process.execPath,
      [
        '--import',
        HOOK,
        BIN,
        '--policies',
        POLICIES,
        '--audit',
        join(dir, 'a.jsonl'),
        '--',
        join(dir, 'no-such-server'),
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await expect(exitOf(child, 10_000)).resolves.toBe(1);
    expect(stderr).toMatch(/kitelogik mcp-proxy: .*ENOENT/);
  });
});
