import { describe, expect, it } from 'vitest';
import { ALLOW, ASK, DENY, testGovernor } from './__fixtures__/test-governor.js';

const codeOf = (outcome: {
  decision: { reasons: readonly { code: string }[] };
}): string | undefined => outcome.decision.reasons[0]?.code;

const call = (tool: string) =>
  ({ kind: 'tool.call', callId: 'c1', tool, args: { path: '/workspace/a.txt' } }) as const;

// The policy allows reading and denies deleting the same path.
const byTool = (input: unknown) =>
  (input as { action: { tool: { name: string } } }).action.tool.name === 'fs.read' ? ALLOW : DENY;

describe('governor: a call id replayed for another tool', () => {
  it('denies a reused call id whose tool differs, even with the same arguments', async () => {
    const t = testGovernor(byTool);
    expect((await t.session.decide(call('fs.read'))).decision.effect).toBe('allow');
    const replay = await t.session.decide(call('fs.delete'));
    expect(replay.decision.effect).toBe('deny');
    expect(codeOf(replay)).toBe('decision.args_mismatch');
  });

  it('denies a reused call id whose tool comes from another MCP server', async () => {
    const t = testGovernor(() => ALLOW);
    const from = (server: string) =>
      ({
        kind: 'tool.call',
        callId: 'c1',
        tool: { name: 'fs.read', source: 'mcp', server },
        args: { path: '/workspace/a.txt' },
      }) as const;
    expect((await t.session.decide(from('trusted'))).decision.effect).toBe('allow');
    const replay = await t.session.decide(from('evil'));
    expect(codeOf(replay)).toBe('decision.args_mismatch');
    expect((await t.session.decide(from('trusted'))).decision.effect).toBe('allow');
  });

  it('does not let an approval for one tool allow another tool with the same arguments', async () => {
    const t = testGovernor(() => ASK);
    const pending = await t.session.decide(call('fs.read'));
    await t.session.approve({
      eventId: pending.eventId,
      args: { path: '/workspace/a.txt' },
      approver: 'user:manager',
      approved: true,
    });
    const replay = await t.session.decide(call('fs.delete'));
    expect(replay.decision.effect).toBe('deny');
    expect((await t.session.decide(call('fs.read'))).decision.effect).toBe('allow');
  });
});
