/**
 * Runs `cli-entry.js` under one command-line runtime (Node, Deno, Bun) and reads the one line
 * of JSON it prints. A crash, a timeout or unreadable output becomes a failed result that
 * carries the end of stderr.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { CheckResult } from './check-result.ts';

const here = import.meta.dirname;
const TIMEOUT_MS = 60_000;

/** How to start one runtime on the entry file. */
export interface CliRuntime {
  /** What to call it when it cannot say itself (it crashed). */
  readonly label: string;
  readonly binary: string;
  /** Arguments before the entry file (`run --no-prompt` for Deno, flags for Node). */
  readonly args: readonly string[];
  /** Appended to the runtime's own name in the report, e.g. how it was restricted. */
  readonly variant?: string;
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Runs the check under `runtime`, from the package folder so bare imports resolve. */
export function runCliRuntime(runtime: CliRuntime): CheckResult {
  const child = spawnSync(runtime.binary, [...runtime.args, join(here, 'cli-entry.js')], {
    cwd: dirname(here),
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  });
  const suffix = runtime.variant === undefined ? '' : ` (${runtime.variant})`;
  try {
    const result = JSON.parse(lastLine(child.stdout ?? '')) as CheckResult;
    return { ...result, runtime: `${result.runtime}${suffix}` };
  } catch {
    const why = child.error?.message ?? `exit code ${child.status}, signal ${child.signal}`;
    return {
      runtime: `${runtime.label}${suffix}`,
      isCodeGenerationBlocked: false,
      ok: false,
      checks: [],
      notes: [`no result: ${why}`, lastLine(child.stderr ?? '').slice(0, 500)],
    };
  }
}
