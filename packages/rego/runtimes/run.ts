/**
 * The runtime smoke check: `node runtimes/run.ts [--prefix DIR]` runs `check.js` against the
 * built package (`dist/index.js`) in every runtime it finds (the host Node, Node 22, Bun, Deno,
 * an edge-like `node:vm` context, and a Chromium page and Web Worker under a CSP without
 * `'unsafe-eval'`), prints PASS or FAIL with each runtime's version, and skips, with a message,
 * any runtime that is not installed. It exits non-zero when a runtime fails. See README.md for
 * how to install the runtimes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleCheck } from './bundle-check.ts';
import type { CheckResult } from './check-result.ts';
import { DEFAULT_PREFIX, type FoundBinary, findRuntimes } from './find-runtimes.ts';
import { runBrowser } from './run-browser.ts';
import { type CliRuntime, runCliRuntime } from './run-cli-runtime.ts';
import { runEdgeVm } from './run-edge-vm.ts';

const here = import.meta.dirname;
const DIST = join(dirname(here), 'dist', 'index.js');
/** V8's switch for what edge runtimes enforce: `eval` and `new Function` throw. */
const NO_EVAL = '--disallow-code-generation-from-strings';
/** The two variables the `yaml` package's Node build reads on every parse (see README.md). */
const YAML_ENV = 'LOG_TOKENS,LOG_STREAM';

type Outcome =
  | { readonly kind: 'ran'; readonly result: CheckResult }
  | { readonly kind: 'skipped'; readonly line: string };

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function describe(result: CheckResult): string[] {
  const passed = result.checks.filter((c) => c.ok).length;
  const evalNote = result.isCodeGenerationBlocked ? 'eval blocked' : 'eval allowed';
  const lines = [
    `${result.ok ? 'PASS' : 'FAIL'}  ${result.runtime}: ${passed}/${result.checks.length} checks, ${evalNote}`,
  ];
  for (const check of result.checks.filter((c) => !c.ok)) {
    lines.push(`        ${check.name}: got ${check.got}, want ${check.want}`);
  }
  for (const note of result.notes ?? []) lines.push(`        ${note}`);
  return lines;
}

function cliOutcomes(
  found: FoundBinary,
  runtimes: (path: string) => CliRuntime[],
  name: string,
): Outcome[] {
  if (found.kind === 'missing') return [{ kind: 'skipped', line: `SKIP  ${name}: ${found.hint}` }];
  return runtimes(found.path).map((runtime) => ({ kind: 'ran', result: runCliRuntime(runtime) }));
}

function failure(runtime: string, error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'ran',
    result: { runtime, isCodeGenerationBlocked: false, ok: false, checks: [], notes: [message] },
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { prefix: { type: 'string' } } });
  const prefix = values.prefix ?? process.env.KL_RUNTIMES_PREFIX ?? DEFAULT_PREFIX;
  if (!existsSync(DIST)) {
    out(`runtimes: ${DIST} is missing; build first (pnpm --filter @kitelogik/rego build)`);
    return 1;
  }
  const found = findRuntimes(prefix);
  const outcomes: Outcome[] = [];
  const record = (list: Outcome[]): void => {
    for (const outcome of list) {
      outcomes.push(outcome);
      for (const line of outcome.kind === 'ran' ? describe(outcome.result) : [outcome.line])
        out(line);
    }
  };

  const nodeRuntime = (binary: string): CliRuntime[] => [
    { label: 'node', binary, args: [NO_EVAL], variant: 'eval disabled' },
  ];
  record(cliOutcomes({ kind: 'found', path: process.execPath }, nodeRuntime, 'node'));
  record(cliOutcomes(found.node22, nodeRuntime, 'node 22'));
  record(cliOutcomes(found.bun, (binary) => [{ label: 'bun', binary, args: ['run'] }], 'bun'));
  record(
    cliOutcomes(
      found.deno,
      (binary) => [
        {
          label: 'deno',
          binary,
          args: ['run', '--no-prompt', '--no-lock', `--v8-flags=${NO_EVAL}`],
          variant: 'no permissions, eval disabled',
        },
        {
          label: 'deno',
          binary,
          args: [
            'run',
            '--no-prompt',
            '--no-lock',
            `--v8-flags=${NO_EVAL}`,
            `--allow-env=${YAML_ENV}`,
          ],
          variant: `--allow-env=${YAML_ENV}, eval disabled`,
        },
      ],
      'deno',
    ),
  );

  const bundleDir = mkdtempSync(join(tmpdir(), 'kl-rego-runtimes-'));
  try {
    const bundle = await bundleCheck(bundleDir);
    try {
      record([{ kind: 'ran', result: runEdgeVm(bundle.edge) }]);
    } catch (error) {
      record([failure('node:vm edge proxy', error)]);
    }
    if (found.chromium.kind === 'missing') {
      record([{ kind: 'skipped', line: `SKIP  chromium: ${found.chromium.hint}` }]);
    } else {
      try {
        record(
          (await runBrowser(found.chromium.path, bundle)).map((result) => ({
            kind: 'ran',
            result,
          })),
        );
      } catch (error) {
        record([failure('chromium', error)]);
      }
    }
  } catch (error) {
    record([failure('bundle (rolldown)', error)]);
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }

  const ran = outcomes.flatMap((o) => (o.kind === 'ran' ? [o.result] : []));
  const passed = ran.filter((r) => r.ok).length;
  const skipped = outcomes.length - ran.length;
  out(`runtimes: ${passed}/${ran.length} pass, ${skipped} skipped`);
  return passed === ran.length ? 0 : 1;
}

process.exitCode = await main();
