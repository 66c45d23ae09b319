import type { ToolCallEvent } from '../governance-event.js';

const unlimited = { used: 0, reserved: 0, limit: null, remaining: null };

/** A valid `tool.call` event, as in the contract document. */
export function toolCallEvent(): ToolCallEvent {
  return {
    version: 1,
    kind: 'tool.call',
    id: 'evt_1',
    time: '2026-11-25T10:00:00.000Z',
    framework: 'langgraph',
    session: {
      id: 'sess_1',
      principal: { id: 'user-42', roles: ['support_agent'], tenant: 'acme', attributes: {} },
      data_labels: ['pii'],
      labels: {},
    },
    agent: {
      id: 'agt_1',
      name: 'researcher',
      depth: 0,
      lineage: [],
      scopes: ['tool:search'],
    },
    budget: {
      tokens: { used: 1200, reserved: 0, limit: 50000, remaining: 48800 },
      tool_calls: { used: 3, reserved: 1, limit: 50, remaining: 46 },
      cost_usd: unlimited,
      wall_ms: unlimited,
    },
    action: {
      call_id: 'call_abc',
      tool: {
        name: 'fs.write',
        source: 'native',
        server: null,
        tier: 'internal',
        annotations: { destructive: true },
      },
      args: { path: '/etc/passwd' },
      resources: [{ type: 'file', path: '/etc/passwd', op: 'write' }],
    },
  };
}
