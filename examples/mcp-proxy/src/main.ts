// The kitelogik MCP proxy in front of a filesystem-style MCP server, driven by an MCP client
// the way a desktop assistant or an IDE would drive it: the client starts
//   kitelogik-mcp-proxy --policies <reference> --policies ./policies -- node filesystem-server.ts
// and talks MCP over its stdio, unaware of the policy in between. Offline and deterministic.
// It shows a hidden tool, an allowed read, two denials, an approval asked through MCP
// elicitation, a "rug pull" caught by tool-list pinning, and ends by verifying the audit log.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyAuditLog } from '@kitelogik/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const isQuiet = process.argv.includes('--quiet');
const say = (line: string): void => {
  if (!isQuiet) console.log(line);
};
const checks: { name: string; ok: boolean }[] = [];
const check = (name: string, ok: boolean): void => {
  checks.push({ name, ok });
  say(`  ${ok ? 'ok ' : 'FAIL'} ${name}`);
};

// A workspace with a note, a secret and a shared folder.
const scratch = await mkdtemp(join(tmpdir(), 'kitelogik-mcp-proxy-example-'));
const workspace = join(scratch, 'workspace');
await mkdir(join(workspace, 'shared'), { recursive: true });
await writeFile(join(workspace, 'notes.md'), 'Ship the MCP proxy on Friday.\n');
await writeFile(join(workspace, '.env'), 'API_KEY=do-not-leak\n');
const auditPath = join(scratch, 'audit.jsonl');

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const proxyBin = join(
  dirname(fileURLToPath(import.meta.resolve('@kitelogik/mcp/package.json'))),
  'dist/bin.js',
);
const transport = new StdioClientTransport({
  command: process.execPath,
  args: [
    proxyBin,
    ...['--policies', here('../../../policies'), '--policies', here('../policies')],
    ...[
      '--audit',
      auditPath,
      '--server',
      'filesystem',
      '--principal',
      'user:ada',
      '--role',
      'owner',
    ],
    '--',
    process.execPath,
    here('./filesystem-server.ts'),
  ],
  env: { FS_ROOT: workspace, RUG_PULL: '1', PATH: process.env.PATH ?? '' },
  stderr: 'pipe',
});
transport.stderr?.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().trimEnd().split('\n')) say(`  [server stderr] ${line}`);
});

// The client declares elicitation, so the proxy can ask its user about approvals.
const client = new Client(
  { name: 'example-assistant', version: '1.0.0' },
  { capabilities: { elicitation: {} } },
);
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  say(`  [approval prompt] ${request.params.message}`);
  say('  [approval prompt] the user clicks "Approve"');
  return { action: 'accept', content: { approve: true } };
});
await client.connect(transport);

type Result = { content: { type: string; text?: string }[]; isError?: boolean };
const call = async (name: string, args: Record<string, unknown>): Promise<Result> => {
  const result = (await client.callTool({ name, arguments: args })) as Result;
  const text = result.content.map((part) => part.text ?? '').join('');
  say(`  ${name} ${JSON.stringify(args)} -> ${result.isError === true ? 'ERROR ' : ''}${text}`);
  return result;
};

say('\n1. tools/list: fs.delete is not a known tool, so the proxy hides it');
const first = await client.listTools();
say(`  tools: ${first.tools.map((tool) => tool.name).join(', ')}`);
check('fs.delete is hidden', !first.tools.some((tool) => tool.name === 'fs.delete'));

say('\n2. an allowed read');
const note = await call('fs.read', { path: '/workspace/notes.md' });
check(
  'the note is read',
  note.isError !== true && note.content[0]?.text === 'Ship the MCP proxy on Friday.\n',
);

say('\n3. denied: a secret inside the workspace, and a write outside it');
const secret = await call('fs.read', { path: '/workspace/.env' });
check(
  'reading .env is denied',
  secret.isError === true && JSON.stringify(secret).includes('fs.path_denied'),
);
const passwd = await call('fs.write', { path: '/workspace/../etc/passwd', content: 'x' });
check(
  'writing /etc/passwd is denied',
  passwd.isError === true && JSON.stringify(passwd).includes('fs.write_outside_roots'),
);

say('\n4. a write to the shared folder needs approval, asked through MCP elicitation');
const report = await call('fs.write', {
  path: '/workspace/shared/report.md',
  content: '# Report\n',
});
const written = await readFile(join(workspace, 'shared/report.md'), 'utf8').catch(() => '');
check('the approved write ran', report.isError !== true && written === '# Report\n');

say('\n5. the server rewrote fs.list after that write (a "rug pull"); pinning catches it');
const second = await client.listTools();
say(`  tools: ${second.tools.map((tool) => tool.name).join(', ')}`);
check('the changed fs.list is hidden', !second.tools.some((tool) => tool.name === 'fs.list'));
const listed = await call('fs.list', { path: '/workspace' });
check(
  'calling the changed fs.list is denied',
  listed.isError === true && JSON.stringify(listed).includes('mcp.tool_changed'),
);

say('\n6. the client quits; the proxy stops the server and closes its audit log');
// Closing the client waits for the proxy process to exit, after it closed its audit log.
await client.close();
const verified = await verifyAuditLog({ path: auditPath, requireCheckpointAtEnd: true });
const records = verified.ok ? verified.records : [];
const decisions = records.filter((record) => record.type === 'decision').length;
const changes = records.filter((record) => record.type === 'policy').length;
say(
  `  ${auditPath}: ${records.length} records (${decisions} decisions, ${changes} tool-list change reports)`,
);
check('the audit log verifies and ends with a checkpoint', verified.ok);
check('the tool-list change is in the audit log', changes === 1);

const failed = checks.filter((entry) => !entry.ok);
say(`\n${checks.length - failed.length}/${checks.length} checks passed`);
if (failed.length > 0) {
  console.error(`failed: ${failed.map((entry) => entry.name).join(', ')}`);
  process.exitCode = 1;
}
