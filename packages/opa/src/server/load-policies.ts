import { readFile, stat } from 'node:fs/promises';
import { loadPolicyDirectory, type PolicyBundle, PolicyConfigError } from '@kitelogik/core';
import { readRegoBundle } from '../bundle/read-rego-bundle.js';

/**
 * Loads what `--policies` names: a policy directory (through core's `loadPolicyDirectory`) or an
 * OPA bundle file (`.tar.gz` of `.rego` files and `data.json`).
 *
 * @throws PolicyConfigError when the path cannot be read or holds no valid policy.
 */
export async function loadPolicies(path: string): Promise<PolicyBundle> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (cause) {
    throw new PolicyConfigError({ message: `cannot read policies at ${path}`, cause });
  }
  if (isDirectory) return loadPolicyDirectory(path);
  return readRegoBundle(new Uint8Array(await readFile(path)));
}
