import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadPolicyDirectory } from '@kitelogik/core';
import { mergeDocuments } from './merge-documents.js';

/** A module to compile: its display path and source. */
export interface SourceModule {
  readonly path: string;
  readonly source: string;
}

/** Modules and base data loaded from the paths given on the command line. */
export interface LoadedPolicies {
  readonly modules: readonly SourceModule[];
  readonly data: unknown;
}

/** Options for {@link loadPolicies}. */
export interface LoadPoliciesOptions {
  /** Load `_test.rego` files from directories too (`kitelogik test`). */
  readonly includeTests: boolean;
  readonly cwd: string;
}

/**
 * Loads every path as OPA's `-d` does: a directory through core's `loadPolicyDirectory`
 * (`.rego` modules plus `data.json`/`data.yaml` at their folder's path), a `.rego` file as a
 * module, a `.json` file as data merged at the root. Module paths are shown relative to `cwd`.
 *
 * @throws Error (a PolicyConfigError from core, or a read/JSON error) naming the path.
 */
export async function loadPolicies(
  paths: readonly string[],
  options: LoadPoliciesOptions,
): Promise<LoadedPolicies> {
  const modules: SourceModule[] = [];
  let data: unknown = {};
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    const shown = relative(options.cwd, absolute) || '.';
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) throw new Error(`${path}: no such file or directory`);
    if (info.isDirectory()) {
      const bundle = await loadPolicyDirectory(absolute, { includeTests: options.includeTests });
      for (const module of bundle.modules) {
        modules.push({ path: join(shown, module.path), source: module.source });
      }
      data = mergeDocuments(data, bundle.data, path);
    } else if (absolute.endsWith('.rego')) {
      modules.push({ path: shown, source: await readFile(absolute, 'utf8') });
    } else if (absolute.endsWith('.json')) {
      data = mergeDocuments(data, parseJson(await readFile(absolute, 'utf8'), path), path);
    } else {
      throw new Error(`${path}: not a directory, .rego or .json file`);
    }
  }
  return { modules, data };
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
