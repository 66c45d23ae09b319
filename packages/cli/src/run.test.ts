import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './__fixtures__/run-cli.js';
import { run } from './run.js';

describe('kitelogik', () => {
  it('lists the commands and exit codes on --help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of [
      'eval',
      'decide',
      'test',
      'check',
      'fmt',
      'bench',
      'audit',
      'serve',
      'mcp-proxy',
    ]) {
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

  it('exits 2 when serve or mcp-proxy lack what they need', async () => {
    const serve = await runCli(['serve']);
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain('serve needs --policies');
    expect((await runCli(['mcp-proxy', '--policies', FIXTURES])).code).toBe(2);
  });

  it('exits 2 on an unknown flag, naming the command', async () => {
    const { code, stderr } = await runCli(['eval', '--nope', 'data']);
    expect(code).toBe(2);
    expect(stderr).toContain("kitelogik eval: Unknown option '--nope'");
  });

  it.each(['eval', 'decide', 'test', 'check', 'fmt', 'bench', 'audit', 'serve', 'mcp-proxy'])(
    'prints help with exit codes for %s',
    async (name) => {
      const { code, stdout } = await runCli([name, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: kitelogik /);
      expect(stdout).toContain('Exit codes:');
    },
  );
});

describe('colours', () => {
  const runWith = async (options: { isTty: boolean; env: Record<string, string> }) => {
    let stdout = '';
    await run(['test', '--run', 'allowed', 'policy'], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => undefined,
      cwd: FIXTURES,
      ...options,
    });
    return stdout;
  };

  it('are used only when stdout is a terminal and NO_COLOR is unset', async () => {
    expect(await runWith({ isTty: true, env: {} })).toContain('\u001b[32mPASS: 1/1\u001b[39m');
    expect(await runWith({ isTty: false, env: {} })).toBe('PASS: 1/1\n');
    expect(await runWith({ isTty: true, env: { NO_COLOR: '1' } })).toBe('PASS: 1/1\n');
  });
});
