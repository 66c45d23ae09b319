import { join } from 'node:path';
import { run } from '../run.js';

/** The fixtures folder and the repository's policy library, for tests. */
export const FIXTURES: string = import.meta.dirname;
export const POLICIES: string = join(import.meta.dirname, '../../../../policies');

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `kitelogik <argv>` in-process with `cwd` (default: the fixtures folder) and `env`. */
export async function runCli(
  argv: readonly string[],
  cwd: string = FIXTURES,
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}
