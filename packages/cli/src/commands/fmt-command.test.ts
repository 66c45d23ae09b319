import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, POLICIES, runCli } from '../__fixtures__/run-cli.js';

describe('kitelogik fmt', () => {
  it('prints the canonical form, keeping every comment', async () => {
    const expected = await readFile(join(FIXTURES, 'fmt/messy.expected.rego'), 'utf8');
    const { code, stdout } = await runCli(['fmt', 'fmt/messy.rego']);
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  });

  it('lists unformatted files with --check and exits 1', async () => {
    const { code, stdout } = await runCli(['fmt', '--check', 'fmt']);
    expect(code).toBe(1);
    expect(stdout).toBe('fmt/messy.rego\n');
  });

  it('finds the standard policy library formatted', async () => {
    expect(await runCli(['fmt', '--check', POLICIES])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints a unified diff with --diff', async () => {
    const { code, stdout } = await runCli(['fmt', '--diff', 'fmt/messy.rego']);
    expect(code).toBe(1);
    expect(stdout).toContain('--- fmt/messy.rego\n+++ fmt/messy.rego (formatted)\n@@ ');
    expect(stdout).toContain('-limit   :=   3 # trailing\n');
    expect(stdout).toContain('+limit := 3 # trailing\n');
  });

  it('rewrites files with --write, after which --check passes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kitelogik-fmt-'));
    await cp(join(FIXTURES, 'fmt/messy.rego'), join(dir, 'messy.rego'));
    expect((await runCli(['fmt', '--write', '.'], dir)).stdout).toBe('messy.rego\n');
    expect(await readFile(join(dir, 'messy.rego'), 'utf8')).toBe(
      await readFile(join(FIXTURES, 'fmt/messy.expected.rego'), 'utf8'),
    );
    expect((await runCli(['fmt', '--check', '.'], dir)).code).toBe(0);
  });

  it('reports a module that does not parse and exits 1', async () => {
    const { code, stderr } = await runCli(['fmt', '--check', 'broken']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^broken\/bad\.rego:\d+:\d+: rego_parse_error/);
  });

  it('exits 2 when two modes are given', async () => {
    expect((await runCli(['fmt', '--check', '--write', 'fmt'])).code).toBe(2);
  });
});
