import { describe, expect, it } from 'vitest';
import { POLICIES, runCli } from '../__fixtures__/run-cli.js';

describe('kitelogik bench', () => {
  it('times the reference decision and prints the percentiles and heap per op', async () => {
    const { code, stdout } = await runCli([
      'bench',
      '-d',
      POLICIES,
      '-i',
      'fs-write-event.json',
      '--count',
      '200',
      'data.kitelogik.main.decision',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('result      defined\n');
    expect(stdout).toContain('samples     200\n');
    for (const row of ['median', 'p90', 'p99'])
      expect(stdout).toMatch(new RegExp(`${row} +\\d+ ns/op`));
    expect(stdout).toMatch(/heap\/op +\d+ B\/op \(approximate\)/);
  });

  it('prints JSON with ordered percentiles', async () => {
    const { stdout } = await runCli(['bench', '-f', 'json', '-n', '100', 'x := [1, 2, 3][_]']);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ query: 'x := [1, 2, 3][_]', defined: true, samples: 100 });
    expect(result.median_ns).toBeLessThanOrEqual(result.p90_ns);
    expect(result.p90_ns).toBeLessThanOrEqual(result.p99_ns);
  });

  it('exits 2 on a bad --count', async () => {
    expect((await runCli(['bench', '--count', '0', 'true'])).code).toBe(2);
  });
});
