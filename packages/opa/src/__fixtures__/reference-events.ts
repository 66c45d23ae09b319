// Contract events for the reference policies in /policies (with their data.json), chosen to
// cover allow, deny and require_approval across tools, files, shell and payments.

const unlimited = { used: 0, reserved: 0, limit: null, remaining: null };

function toolCall(options: {
  readonly name: string;
  readonly scopes: readonly string[];
  readonly args: Readonly<Record<string, unknown>>;
  readonly resources?: readonly unknown[];
}): Record<string, unknown> {
  return {
    version: 1,
    kind: 'tool.call',
    id: `evt_${options.name}`,
    time: '2026-11-25T10:00:00.000Z',
    framework: 'core',
    session: {
      id: 'sess_1',
      principal: { id: 'user-42', roles: ['support_agent'], tenant: 'acme', attributes: {} },
      data_labels: [],
      labels: {},
    },
    agent: { id: 'agt_1', name: 'worker', depth: 0, lineage: [], scopes: options.scopes },
    budget: {
      tokens: { used: 1200, reserved: 0, limit: 50000, remaining: 48800 },
      tool_calls: { used: 3, reserved: 1, limit: 50, remaining: 46 },
      cost_usd: unlimited,
      wall_ms: unlimited,
    },
    action: {
      call_id: 'call_1',
      tool: {
        name: options.name,
        source: 'native',
        server: null,
        tier: 'internal',
        annotations: {},
      },
      args: options.args,
      resources: options.resources ?? [],
    },
  };
}

/** The reference events, by a short name; the expected effect is what the policies decide. */
export const referenceEvents: readonly {
  readonly name: string;
  readonly effect: 'allow' | 'deny' | 'require_approval';
  readonly event: unknown;
}[] = [
  {
    name: 'read inside the workspace',
    effect: 'allow',
    event: toolCall({
      name: 'fs.read',
      scopes: ['tool:fs.read', 'fs:read:/workspace/**'],
      args: { path: '/workspace/notes.md' },
      resources: [{ type: 'file', path: '/workspace/notes.md', op: 'read' }],
    }),
  },
  {
    name: 'write to /etc/passwd',
    effect: 'deny',
    event: toolCall({
      name: 'fs.write',
      scopes: ['tool:fs.write', 'fs:write:/workspace/**'],
      args: { path: '/workspace/../etc/passwd' },
      resources: [{ type: 'file', path: '/etc/passwd', op: 'write' }],
    }),
  },
  {
    name: 'a tool denied for everyone',
    effect: 'deny',
    event: toolCall({ name: 'db.drop', scopes: ['tool:db.drop'], args: { table: 'users' } }),
  },
  {
    name: 'an unknown tool',
    effect: 'deny',
    event: toolCall({ name: 'mystery.tool', scopes: ['tool:*'], args: {} }),
  },
  {
    name: 'rm -rf through the shell',
    effect: 'deny',
    event: toolCall({
      name: 'shell.exec',
      scopes: ['tool:shell.exec'],
      args: { command: 'rm -rf /' },
      resources: [
        { type: 'command', argv: ['rm', '-rf', '/'], program: 'rm', shell_metacharacters: false },
      ],
    }),
  },
  {
    name: 'a refund over the approval threshold',
    effect: 'require_approval',
    event: toolCall({
      name: 'payments.refund',
      scopes: ['tool:payments.refund'],
      args: { amount: 300, currency: 'USD' },
    }),
  },
];
