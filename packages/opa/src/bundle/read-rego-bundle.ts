import { createPolicyBundle, type PolicyBundle, PolicyConfigError } from '@kitelogik/core';
import { mergeData } from './merge-data.js';
import { readBundleFiles } from './read-bundle-files.js';

const decoder = new TextDecoder();

function readRevision(files: ReadonlyMap<string, Uint8Array>): string | undefined {
  const bytes = files.get('.manifest');
  if (bytes === undefined) return undefined;
  try {
    const manifest = JSON.parse(decoder.decode(bytes)) as { revision?: unknown };
    return typeof manifest.revision === 'string' && manifest.revision !== ''
      ? manifest.revision
      : undefined;
  } catch (cause) {
    throw new PolicyConfigError({ message: 'bundle file .manifest is not valid JSON', cause });
  }
}

/**
 * Reads an OPA source bundle (`opa build` without `-t wasm`, or any `.tar.gz` of a policy tree):
 * every `.rego` file except `_test.rego` is a module and every `data.json` is merged at its
 * folder's path, exactly like a policy directory.
 *
 * @throws PolicyConfigError when the archive cannot be read, data conflicts or no module is found.
 */
export function readRegoBundle(archive: Uint8Array): PolicyBundle {
  let data: unknown = {};
  const modules: { path: string; source: string }[] = [];
  try {
    const files = readBundleFiles(archive);
    for (const [path, bytes] of files) {
      if (path.endsWith('.rego') && !path.endsWith('_test.rego')) {
        modules.push({ path, source: decoder.decode(bytes) });
      } else if (path === 'data.json' || path.endsWith('/data.json')) {
        data = mergeData(data, path.split('/').slice(0, -1), JSON.parse(decoder.decode(bytes)));
      }
    }
    if (modules.length === 0) throw new Error('no .rego policy modules in the bundle');
    const revision = readRevision(files);
    return createPolicyBundle({ modules, data, ...(revision === undefined ? {} : { revision }) });
  } catch (cause) {
    if (PolicyConfigError.isInstance(cause)) throw cause;
    throw new PolicyConfigError({
      message: `cannot read the policy bundle: ${String(cause)}`,
      cause,
    });
  }
}
