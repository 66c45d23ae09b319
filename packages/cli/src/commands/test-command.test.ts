import { describe, expect, it } from 'vitest';
import { POLICIES, runCli } from '../__fixtures__/run-cli.js';

describe('kitelogik test', () => {
  it('passes on the standard policy library', async () => {
    const { code, stdout } = await runCli(['test', POLICIES]);
    expect(stdout).toMatch(/^PASS: (\d+)\/\1\n$/);
    expect(code).toBe(0);
  });

  it('lists failures with their location, errors with their message, and the counts', async () => {
    const { code, stdout } = await runCli(['test', 'policy']);
    expect(code).toBe(1);
    expect(stdout).toContain('policy/example_test.rego:\n');
    expect(stdout).toMatch(
      /data\.example_test\.test_wrong_expectation: FAIL \(.+\)\n {2}policy\/example_test\.rego:12\n/,
    );
    expect(stdout).toMatch(
      /data\.example_test\.test_conflict_error: ERROR \(.+\)\n {2}.*eval_conflict_error/,
    );
    expect(stdout).not.toContain('test_admin_allowed');
    expect(stdout).toContain('PASS: 2/5\nFAIL: 1/5\nERROR: 1/5\nSKIPPED: 1/5\n');
  });

  it('lists every test with -v', async () => {
    const { stdout } = await runCli(['test', '-v', 'policy']);
    expect(stdout).toMatch(/data\.example_test\.test_admin_allowed: PASS \(\d/);
    expect(stdout).toMatch(/data\.example_test\.test_guest_denied: PASS \(\d/);
    expect(stdout).toContain('data.example_test.todo_test_later: SKIPPED\n');
  });

  it('runs only the tests matching --run', async () => {
    const { code, stdout } = await runCli(['test', 'policy', '--run', 'allowed|denied$']);
    expect(code).toBe(0);
    expect(stdout).toBe('PASS: 2/2\n');
  });

  it('reports static rule coverage with the uncovered rules', async () => {
    const { stdout } = await runCli(['test', 'policy', '--run', 'allowed', '--coverage']);
    expect(stdout).toContain('Rule coverage (static');
    expect(stdout).toContain(': 1/3 (33.3%)');
    expect(stdout).toContain('not covered: data.example.greeting (policy/example.rego:9)');
    expect(stdout).toContain('not covered: data.example.unused_helper (policy/example.rego:11)');
  });

  it('exits 2 on a bad --timeout', async () => {
    expect((await runCli(['test', 'policy', '--timeout', 'soon'])).code).toBe(2);
  });
});
