/**
 * Bundles the check for hosts that cannot resolve `node_modules` (a browser, an edge-like
 * `node:vm` context) with rolldown, the bundler tsdown already brings. It resolves packages
 * with browser conditions, as edge and browser bundlers do, so `yaml` contributes its browser
 * build.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The bundled files, in `dir`, each named after its entry. */
export interface CheckBundle {
  readonly dir: string;
  /** ESM entries for the page and the module worker (they share a chunk). */
  readonly page: string;
  readonly worker: string;
  /** One classic script (IIFE) for the `node:vm` context. */
  readonly edge: string;
}

interface Rolldown {
  rolldown(options: Record<string, unknown>): Promise<{
    write(options: Record<string, unknown>): Promise<unknown>;
    close(): Promise<void>;
  }>;
}

const here = import.meta.dirname;

/** Loads the rolldown that tsdown depends on (it is not a direct dependency of this package). */
async function loadRolldown(): Promise<Rolldown> {
  const tsdown = import.meta.resolve('tsdown');
  const path = createRequire(tsdown).resolve('rolldown');
  return (await import(pathToFileURL(path).href)) as Rolldown;
}

async function build(
  rolldown: Rolldown,
  input: Record<string, string>,
  output: Record<string, unknown>,
): Promise<void> {
  const bundle = await rolldown.rolldown({ input, platform: 'browser', logLevel: 'warn' });
  try {
    await bundle.write({ entryFileNames: '[name].js', ...output });
  } finally {
    await bundle.close();
  }
}

/** Bundles the browser page, its worker and the edge script into `dir`. */
export async function bundleCheck(dir: string): Promise<CheckBundle> {
  const rolldown = await loadRolldown();
  await build(
    rolldown,
    {
      'browser-page': join(here, 'browser-page.js'),
      'browser-worker': join(here, 'browser-worker.js'),
    },
    { dir, format: 'esm' },
  );
  await build(rolldown, { 'edge-entry': join(here, 'edge-entry.js') }, { dir, format: 'iife' });
  return {
    dir,
    page: join(dir, 'browser-page.js'),
    worker: join(dir, 'browser-worker.js'),
    edge: join(dir, 'edge-entry.js'),
  };
}
