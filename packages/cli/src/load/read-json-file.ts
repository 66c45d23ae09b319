import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Reads and parses a JSON file (`-i input.json`, `--event`).
 *
 * @throws Error naming the file when it cannot be read or parsed.
 */
export async function readJsonFile(path: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch {
    throw new Error(`${path}: cannot read file`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
