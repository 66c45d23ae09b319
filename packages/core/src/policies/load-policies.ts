import { stat } from 'node:fs/promises';
import type { PolicyBundle } from '../engine/policy-bundle.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { fetchPolicyBundle } from './fetch-policy-bundle.js';
import { loadPolicyBundle } from './load-policy-bundle.js';
import { loadPolicyDirectory } from './load-policy-directory.js';

/** Where policies come from: a built bundle, a directory, an OPA bundle file (`.tar.gz`) or its URL. */
export type PolicySource = PolicyBundle | string;

/**
 * Resolves a {@link PolicySource} into a {@link PolicyBundle}: a directory is loaded as OPA loads
 * one (`.rego` plus `data.json`/`data.yaml`, never `_test.rego`), a file or an `http(s)` URL as
 * an OPA bundle.
 *
 * @throws PolicyConfigError when the source cannot be read or holds no policy.
 */
export async function loadPolicies(source: PolicySource): Promise<PolicyBundle> {
  if (typeof source !== 'string') return source;
  if (/^https?:\/\//i.test(source)) return fetchPolicyBundle(source);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(source)).isDirectory();
  } catch (cause) {
    throw new PolicyConfigError({ message: `policy source ${source} does not exist`, cause });
  }
  return isDirectory ? loadPolicyDirectory(source) : loadPolicyBundle(source);
}
