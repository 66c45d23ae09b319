import { canonicalJson } from '../canonical/canonical-json.js';
import { sha256Hex } from '../canonical/digest.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';

/** One policy module: its path (for error locations) and its source text. */
export interface PolicyModule {
  readonly path: string;
  readonly source: string;
}

/**
 * A set of policy modules plus data, identified by a digest of their canonical content.
 * Engines prepare bundles; the digest goes into every audit record.
 */
export interface PolicyBundle {
  readonly modules: readonly PolicyModule[];
  readonly data: unknown;
  /** `sha256:` + hex SHA-256 over the canonical JSON of modules (sorted by path) and data. */
  readonly digest: string;
  readonly revision?: string;
}

/** What {@link createPolicyBundle} needs; `data` defaults to `{}`. */
export interface PolicyBundleOptions {
  readonly modules: readonly PolicyModule[];
  readonly data?: unknown;
  readonly revision?: string;
}

/**
 * Builds a {@link PolicyBundle}, computing its digest over canonical content: modules sorted by
 * path (so listing order does not matter) and data serialised canonically. The revision is a
 * label and is not part of the digest.
 *
 * @throws PolicyConfigError on duplicate module paths or data that is not canonical JSON.
 */
export function createPolicyBundle(options: PolicyBundleOptions): PolicyBundle {
  const modules = [...options.modules].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  for (let i = 1; i < modules.length; i++) {
    if (modules[i]?.path === modules[i - 1]?.path) {
      throw new PolicyConfigError({
        message: `duplicate policy module path "${modules[i]?.path}"`,
      });
    }
  }
  const data = options.data ?? {};
  let content: string;
  try {
    content = canonicalJson({
      modules: modules.map(({ path, source }) => ({ path, source })),
      data,
    });
  } catch (cause) {
    throw new PolicyConfigError({ message: 'policy data is not serialisable as JSON', cause });
  }
  const digest = `sha256:${sha256Hex(content)}`;
  const bundle = { modules, data, digest };
  return options.revision === undefined ? bundle : { ...bundle, revision: options.revision };
}
