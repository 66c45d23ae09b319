import { describe, expect, it } from 'vitest';
import { runCli } from '../__fixtures__/run-cli.js';

describe('kitelogik eval', () => {
  it('prints the value of a data reference in OPA’s result shape', async () => {
    const { code, stdout } = await runCli(['eval', '-d', 'policy', 'data.example.admins']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      result: [
        {
          expressions: [
            { value: ['alice'], text: 'data.example.admins', location: { row: 1, col: 1 } },
          ],
        },
      ],
    });
  });

  it('reads the input document and skips test files', async () => {
    const { stdout } = await runCli([
      'eval',
      '-d',
      'policy',
      '-i',
      'input-alice.json',
      '--format',
      'pretty',
      'data.example',
    ]);
    expect(JSON.parse(stdout)).toEqual({
      admins: ['alice'],
      allow: true,
      greeting: 'hello alice',
    });
  });

  it('prints the bindings of a query with variables', async () => {
    const { stdout } = await runCli(['eval', '-d', 'policy', 'x := data.example.admins[i]']);
    expect(JSON.parse(stdout).result).toEqual([
      {
        expressions: [
          { value: true, text: 'x := data.example.admins[i]', location: { row: 1, col: 1 } },
        ],
        bindings: { i: 0, x: 'alice' },
      },
    ]);
  });

  it('prints {} for an undefined query, and fails on it with --fail', async () => {
    expect((await runCli(['eval', '-d', 'policy', 'data.example.nothing'])).stdout).toBe('{}\n');
    expect((await runCli(['eval', '--fail', '-d', 'policy', 'data.example.nothing'])).code).toBe(1);
  });

  it('treats a false comparison as undefined', async () => {
    const { stdout } = await runCli(['eval', '-f', 'pretty', '1 > 2']);
    expect(stdout).toBe('undefined\n');
  });

  it('reports a parse error of the query as file:row:col: code: message', async () => {
    const { code, stderr } = await runCli(['eval', 'x := ']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^query:1:\d+: rego_parse_error: /);
  });

  it('exits 2 without a query', async () => {
    expect((await runCli(['eval', '-d', 'policy'])).code).toBe(2);
  });
});

describe('kitelogik eval data loading', () => {
  it('merges data from several paths and reports a conflict', async () => {
    const merged = await runCli([
      'eval',
      '-d',
      'policy',
      '-d',
      'extra.json',
      '-f',
      'pretty',
      'data.extra',
    ]);
    expect(merged.stdout).toBe('"value"\n');
    const conflict = await runCli(['eval', '-d', 'extra.json', '-d', 'extra.json', 'data']);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toBe('extra.json: data files conflict at data.extra\n');
  });
});
