import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from 'langchain';
import { describe, expect, it } from 'vitest';
import { createHarness, type RunState } from './__fixtures__/harness.js';
import { referenceGovernor } from './__fixtures__/reference-governor.js';
import { supportTools } from './__fixtures__/support-tools.js';

const SCOPES = [
  'tool:crm.get_customer',
  'tool:payments.refund',
  'tool:fs.write',
  'tool:fs.read',
  'fs:write:/workspace/**',
  'fs:read:/workspace/**',
];

function results(
  state: RunState,
): Record<string, { content: string; status?: string | undefined }> {
  const out: Record<string, { content: string; status?: string | undefined }> = {};
  for (const message of state.messages.filter(ToolMessage.isInstance)) {
    out[message.tool_call_id] = { content: String(message.content), status: message.status };
  }
  return out;
}

function model(calls: { id: string; name: string; args: Record<string, unknown> }[]) {
  return fakeModel()
    .respondWithTools(calls)
    .respond(new AIMessage('done'))
    .respond(new AIMessage('done'));
}

describe('tool calls under the reference policies', () => {
  it('never executes a denied fs.write and tells the model why', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const args = { path: '/workspace/../etc/passwd', content: 'x' };
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'w1', name: 'fs_write', args }]),
    });
    const state = await agent.invoke();
    expect(tools.count('fs_write')).toBe(0);
    expect(results(state).w1?.status).toBe('error');
    expect(results(state).w1?.content).toContain('fs.write_outside_roots');
    expect(state.messages.at(-1)?.content).toBe('done');
  });

  it('runs an allowed write inside the workspace', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([
        { id: 'w1', name: 'fs_write', args: { path: '/workspace/a.txt', content: 'x' } },
      ]),
    });
    const state = await agent.invoke();
    expect(tools.count('fs_write')).toBe(1);
    expect(results(state).w1).toEqual({ content: 'wrote /workspace/a.txt', status: 'success' });
  });

  it('executes an approved refund exactly once after resume', async () => {
    const { governor, audit } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'r1', name: 'payments_refund', args: { amount: 300 } }]),
    });
    const paused = await agent.invoke();
    expect(paused.__interrupt__?.[0]?.value).toMatchObject({
      type: 'kitelogik.approval',
      kind: 'tool.call',
      callId: 'r1',
      name: 'payments_refund',
      args: { amount: 300 },
      approvers: ['role:manager'],
      reasons: [expect.objectContaining({ code: 'payments.refund_needs_approval' })],
    });
    expect(tools.count('payments_refund')).toBe(0);
    const done = await agent.resume({ decision: 'approve', approver: 'user:maria' });
    expect(tools.count('payments_refund')).toBe(1);
    expect(results(done).r1).toEqual({ content: 'refunded 300', status: 'success' });
    const approvals = audit.records.filter((record) => record.type === 'approval');
    expect(approvals).toHaveLength(1);
    // The tool node replayed on resume: its decision was reused, not written again.
    const refundDecisions = audit.records.filter(
      (record) =>
        record.type === 'decision' &&
        (record.event as { action?: { call_id?: string } }).action?.call_id === 'r1',
    );
    expect(refundDecisions).toMatchObject([{ decision: { effect: 'require_approval' } }]);
    const settled = audit.records.filter(
      (record) => record.type === 'budget' && record.call_id === 'r1',
    );
    expect(settled).toMatchObject([{ status: 'committed' }]);
    expect(approvals[0]).toMatchObject({ grant: { decision: 'approved', approver: 'user:maria' } });
  });

  it('never executes a rejected refund', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'r1', name: 'payments_refund', args: { amount: 300 } }]),
    });
    await agent.invoke();
    const done = await agent.resume({ decision: 'reject', comment: 'not eligible' });
    expect(tools.count('payments_refund')).toBe(0);
    expect(results(done).r1?.status).toBe('error');
    expect(results(done).r1?.content).toContain('approval.rejected');
  });

  it('decides an edited call again: an edit over the deny limit never runs', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'r1', name: 'payments_refund', args: { amount: 300 } }]),
    });
    await agent.invoke();
    const done = await agent.resume({ decision: 'edit', args: { amount: 9000 } });
    expect(tools.count('payments_refund')).toBe(0);
    expect(results(done).r1?.content).toContain('payments.refund_over_limit');
  });

  it('runs an edit that the policy allows outright with the edited arguments', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'r1', name: 'payments_refund', args: { amount: 300 } }]),
    });
    await agent.invoke();
    const done = await agent.resume({ decision: 'edit', args: { amount: 150 } });
    expect(tools.count('payments_refund')).toBe(1);
    expect(results(done).r1?.content).toBe('refunded 150');
  });

  it('treats a malformed resume value as a rejection', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'r1', name: 'payments_refund', args: { amount: 300 } }]),
    });
    await agent.invoke();
    const done = await agent.resume('yes please');
    expect(tools.count('payments_refund')).toBe(0);
    expect(results(done).r1?.content).toContain('approval.rejected');
  });

  it('decides parallel calls one by one and gives each exactly one result', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([
        { id: 'p1', name: 'crm_get_customer', args: { id: 'C-7' } },
        { id: 'p2', name: 'fs_write', args: { path: '/etc/hosts', content: 'x' } },
        { id: 'p3', name: 'payments_refund', args: { amount: 250 } },
      ]),
    });
    const paused = await agent.invoke();
    expect(paused.__interrupt__).toHaveLength(1);
    const done = await agent.resume({ decision: 'approve' });
    const byId = results(done);
    expect(Object.keys(byId).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(done.messages.filter(ToolMessage.isInstance)).toHaveLength(3);
    expect(byId.p1?.status).toBe('success');
    expect(byId.p2?.status).toBe('error');
    expect(byId.p3?.content).toBe('refunded 250');
    expect([tools.count('crm_get_customer'), tools.count('fs_write')]).toEqual([1, 0]);
  });

  it('lets a tool exception reach the model as an error result, as without the middleware', async () => {
    const { governor } = await referenceGovernor();
    const tools = supportTools();
    const agent = createHarness({
      governor,
      tools: tools.tools,
      scopes: SCOPES,
      model: model([{ id: 'f1', name: 'fs_read', args: { path: '/workspace/missing.txt' } }]),
    });
    const state = await agent.invoke();
    expect(results(state).f1).toEqual({
      content: 'Error: no such file /workspace/missing.txt\n Please fix your mistakes.',
      status: 'error',
    });
    expect(state.messages.at(-1)?.content).toBe('done');
  });
});
