import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** A `.rego` file found on the command line: its absolute path and how to show it. */
export interface RegoFile {
  readonly absolute: string;
  readonly shown: string;
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && entry.name.endsWith('.rego')) files.push(full);
  }
  return files;
}

/**
 * Every `.rego` file under the given paths (test files included), sorted per directory;
 * hidden folders and `node_modules` are skipped.
 *
 * @throws Error naming a path that does not exist.
 */
export async function listRegoFiles(paths: readonly string[], cwd: string): Promise<RegoFile[]> {
  const files: RegoFile[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) throw new Error(`${path}: no such file or directory`);
    const found = info.isDirectory() ? await walk(absolute) : [absolute];
    for (const file of found) files.push({ absolute: file, shown: relative(cwd, file) || file });
  }
  return files;
}
