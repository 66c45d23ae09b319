import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  createPolicyBundle,
  type PolicyBundle,
  type PolicyModule,
} from '../engine/policy-bundle.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { mergeData } from './merge-data.js';

/** Options for {@link loadPolicyDirectory}. */
export interface LoadPolicyDirectoryOptions {
  /** Load `_test.rego` files too (for `kitelogik test`); never for a serving policy. */
  readonly includeTests?: boolean;
  readonly revision?: string;
}

const dataFiles = new Set(['data.json', 'data.yaml', 'data.yml']);

/**
 * Loads a policy directory the way OPA does: every `.rego` file below it is a module (test files
 * only on request), and every `data.json` / `data.yaml` is merged into the base document at the
 * path of its folder (`a/b/data.json` lands under `data.a.b`). Hidden folders and
 * `node_modules` are skipped.
 *
 * @throws PolicyConfigError when the folder cannot be read, a data file does not parse, two data
 * files conflict, or no module is found.
 */
export async function loadPolicyDirectory(
  directory: string,
  options: LoadPolicyDirectoryOptions = {},
): Promise<PolicyBundle> {
  const modules: PolicyModule[] = [];
  let data: unknown = {};
  for (const file of await listFiles(directory)) {
    const path = relative(directory, file).split(sep).join('/');
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name.endsWith('.rego')) {
      if (name.endsWith('_test.rego') && options.includeTests !== true) continue;
      modules.push({ path, source: await readFile(file, 'utf8') });
    } else if (dataFiles.has(name)) {
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')).split('/') : [];
      data = mergeData(data, folder, parseDataFile(path, await readFile(file, 'utf8')));
    }
  }
  if (modules.length === 0) {
    throw new PolicyConfigError({ message: `no .rego policy modules found in ${directory}` });
  }
  return createPolicyBundle({
    modules,
    data,
    ...(options.revision === undefined ? {} : { revision: options.revision }),
  });
}

async function listFiles(directory: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (cause) {
    throw new PolicyConfigError({ message: `cannot read policy directory ${directory}`, cause });
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

function parseDataFile(path: string, text: string): unknown {
  try {
    return path.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { schema: 'core' });
  } catch (cause) {
    throw new PolicyConfigError({
      message: `data file ${path} does not parse: ${String(cause)}`,
      cause,
    });
  }
}
