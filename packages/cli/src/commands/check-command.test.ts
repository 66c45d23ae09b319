import { describe, expect, it } from 'vitest';
import { POLICIES, runCli } from '../__fixtures__/run-cli.js';

describe('kitelogik check', () => {
  it('accepts modules that parse and compile', async () => {
    expect(await runCli(['check', 'policy'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('accepts the standard policy library', async () => {
    expect((await runCli(['check', POLICIES])).code).toBe(0);
  });

  it('reports a parse error with its location and a caret snippet', async () => {
    const { code, stderr } = await runCli(['check', 'broken']);
    expect(code).toBe(1);
    const [first] = stderr.split('\n');
    expect(first).toMatch(/^broken\/bad\.rego:\d+:\d+: rego_parse_error: /);
    expect(stderr).toContain('^');
  });

  it('fails on a path that does not exist', async () => {
    const { code, stderr } = await runCli(['check', 'nowhere']);
    expect(code).toBe(1);
    expect(stderr).toContain('nowhere: no such file or directory');
  });
});
