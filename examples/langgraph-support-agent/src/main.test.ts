import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('the support agent demo, offline', () => {
  it('shows allow, deny, approval, a narrowed sub-agent and a budget stop, then verifies its log', async () => {
    const { OPENAI_API_KEY: _ignored, ...rest } = process.env;
    const env = { ...rest, NO_COLOR: '1' };
    const { stdout } = await run(process.execPath, [MAIN], { env, timeout: 60_000 });
    expect(stdout).toContain('-> ALLOW (tool.allowed)');
    expect(stdout).toContain('-> DENY (fs.out_of_scope, fs.write_outside_roots)');
    expect(stdout).toContain('-> ASK A HUMAN (payments.refund_needs_approval)');
    expect(stdout).toContain('human   user:maria approved the call');
    expect(stdout).toMatch(
      /billing@1 {2}tool\.call {4}payments\.refund .*\n {10}-> DENY \(tool\.out_of_scope\)/,
    );
    expect(stdout).toContain('Run stopped by policy: budget.exhausted');
    expect(stdout).toContain(
      'Tools that actually ran: crm_get_customer(C-42), payments_refund(O-7, 300), crm_get_customer(C-42)',
    );
    expect(stdout).toMatch(/OK: \d+ records verified, MACs checked/);
  }, 90_000);
});
