import type { ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { scriptedModel } from './__fixtures__/model-steps.js';
import { decisionLines, referenceSetup } from './__fixtures__/reference-setup.js';
import { RUN_MODES, runGoverned, toolOutputs } from './__fixtures__/run-modes.js';

// Proofs on the embedded Rego engine with the reference policies (/policies).

const ask = (): ModelMessage[] => [{ role: 'user', content: 'research kites, then tidy up' }];

function approvalRequest(content: readonly { type: string }[]) {
  const part = content.find(
    (p) =>
      p.type === 'tool-approval-request' && (p as { isAutomatic?: boolean }).isAutomatic !== true,
  );
  return part as
    | { approvalId: string; reason?: string; toolCall: { toolCallId: string } }
    | undefined;
}

function answer(approvalId: string, approved: boolean): ModelMessage {
  return { role: 'tool', content: [{ type: 'tool-approval-response', approvalId, approved }] };
}

describe.each(RUN_MODES)('tool calls under the reference policies (%s)', (mode) => {
  it('runs allowed calls and answers denied ones with execution-denied and the reasons', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([
      { calls: [{ id: 'c1', tool: 'searchWeb', input: { query: 'kites' } }] },
      { calls: [{ id: 'c2', tool: 'dropTable', input: { table: 'users' } }] },
      {
        calls: [
          { id: 'c3', tool: 'writeFile', input: { path: '/etc/passwd', content: 'x' } },
          { id: 'c4', tool: 'writeFile', input: { path: '/workspace/notes.md', content: 'x' } },
        ],
      },
      { text: 'done' },
    ]);
    const result = await runGoverned({ mode, model, governance, tools, messages: ask() });
    expect(result.text).toBe('done');
    expect(ran).toEqual(['search.web kites', 'fs.write /workspace/notes.md']);
    const outputs = toolOutputs(result.responseMessages);
    expect(outputs[0]).toBe('c1: text 3 results for kites');
    expect(outputs[1]).toMatch(/^c2: execution-denied denied by policy: .*\(tool\.denied\)/);
    expect(outputs[2]).toMatch(
      /^c3: execution-denied denied by policy: .*\(fs\.write_outside_roots\)/,
    );
    expect(outputs[3]).toBe('c4: text written');
    expect(decisionLines(audit).filter((line) => line.startsWith('tool.call'))).toEqual([
      'tool.call search.web allow tool.allowed',
      'tool.call db.drop deny tool.denied,tool.out_of_scope',
      'tool.call fs.write deny fs.out_of_scope,fs.write_outside_roots',
      'tool.call fs.write allow tool.allowed',
    ]);
  });

  it('governs dynamic (MCP) tools as mcp tools, by their arguments', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([
      {
        calls: [
          { id: 'f1', tool: 'searchDocs', input: { query: 'kite lines' } },
          {
            id: 'f2',
            tool: 'fetchPage',
            input: { url: 'http://169.254.169.254/latest/meta-data' },
          },
        ],
      },
      { text: 'fetched' },
    ]);
    const result = await runGoverned({ mode, model, governance, tools, messages: ask() });
    expect(ran).toEqual(['search.web (mcp) kite lines']);
    expect(toolOutputs(result.responseMessages)[1]).toContain('net.private_address');
    const sources = audit.records.flatMap((record) =>
      record.type === 'decision' && (record.event as { kind: string }).kind === 'tool.call'
        ? [(record.event as { action: { tool: { source: string } } }).action.tool.source]
        : [],
    );
    expect(sources).toEqual(['mcp', 'mcp']);
  });

  it('asks for approval, records the answer bound to the arguments, runs the call once', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([
      { calls: [{ id: 'r1', tool: 'refund', input: { amount: 300 } }] },
      { text: 'refund sent' },
    ]);
    const messages = ask();
    const paused = await runGoverned({ mode, model, governance, tools, messages });
    const request = approvalRequest(paused.content);
    expect(request?.reason).toContain('payments.refund_needs_approval');
    expect(ran).toEqual([]);
    messages.push(...paused.responseMessages, answer(request?.approvalId ?? '', true));
    const resumed = await runGoverned({ mode, model, governance, tools, messages });
    expect(resumed.text).toBe('refund sent');
    expect(ran).toEqual(['payments.refund 300']);
    // One decision for r1 (reused on continuation), one approval record bound to it.
    expect(decisionLines(audit).filter((line) => line.includes('payments.refund'))).toEqual([
      'tool.call payments.refund require_approval payments.refund_needs_approval',
    ]);
    const approvals = audit.records.filter((record) => record.type === 'approval');
    expect(approvals).toHaveLength(1);
    expect(approvals[0]).toMatchObject({ call_id: 'r1', grant: { decision: 'approved' } });
  });

  it('never runs a rejected call; the deny is audited and the model told why', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([
      { calls: [{ id: 'r1', tool: 'refund', input: { amount: 300 } }] },
      { text: 'no refund' },
    ]);
    const messages = ask();
    const paused = await runGoverned({ mode, model, governance, tools, messages });
    messages.push(
      ...paused.responseMessages,
      answer(approvalRequest(paused.content)?.approvalId ?? '', false),
    );
    await runGoverned({ mode, model, governance, tools, messages });
    expect(ran).toEqual([]);
    expect(decisionLines(audit).filter((line) => line.includes('payments.refund'))).toEqual([
      'tool.call payments.refund require_approval payments.refund_needs_approval',
      'tool.call payments.refund deny approval.rejected',
    ]);
    const seen = mode === 'streamText' ? model.doStreamCalls : model.doGenerateCalls;
    const told = JSON.stringify(seen.at(-1)?.prompt);
    expect(told).toContain('approval.rejected');
  });

  it('denies an approved call whose arguments were changed after the request', async () => {
    const { governance, tools, ran, audit } = await referenceSetup();
    const model = scriptedModel([
      { calls: [{ id: 'r1', tool: 'refund', input: { amount: 300 } }] },
      { text: 'no refund' },
    ]);
    const messages = ask();
    const paused = await runGoverned({ mode, model, governance, tools, messages });
    const tampered = JSON.parse(
      JSON.stringify(paused.responseMessages).replace('"amount":300', '"amount":3000'),
    ) as ModelMessage[];
    messages.push(...tampered, answer(approvalRequest(paused.content)?.approvalId ?? '', true));
    await runGoverned({ mode, model, governance, tools, messages });
    expect(ran).toEqual([]);
    const calls = decisionLines(audit).filter((line) => line.startsWith('tool.call'));
    expect(calls.at(-1)).toBe('tool.call payments.refund deny approval.args_mismatch');
  });
});
