import { describe, expect, it } from 'vitest';
import { runCli } from './__fixtures__/run-cli.js';

describe('kitelogik', () => {
  it('lists the commands and exit codes on --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of ['eval', 'decide', 'test', 'check', 'fmt', 'bench', 'audit']) {
      expect(stdout).toContain(`  ${name}`);
    }
    expect(stdout).toContain('2  usage error');
  });

  it('exits 2 on a missing or unknown command', async () => {
    expect((await runCli([])).code).toBe(2);
    const unknown = await runCli(['evaluate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "evaluate"');
  });

  it('exits 2 on an unknown flag, naming the command', async () => {
    const { code, stderr } = await runCli(['eval', '--nope', 'data']);
    expect(code).toBe(2);
    expect(stderr).toContain("kitelogik eval: Unknown option '--nope'");
  });

  it.each(['eval', 'decide', 'test', 'check', 'fmt', 'bench', 'audit'])(
    'prints help with exit codes for %s',
    async (name) => {
      const { code, stdout } = await runCli([name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: kitelogik /);
      expect(stdout).toContain('Exit codes:');
    },
  );
});
