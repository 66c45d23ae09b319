import { createPolicyBundle, loadPolicyDirectory, type PolicyBundle } from '@kitelogik/core';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Objects merge key by key; anything else in the overlay replaces what was there.
function overlay(base: unknown, top: unknown): unknown {
  if (!isRecord(base) || !isRecord(top)) return top;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(top)) {
    Object.defineProperty(out, key, {
      value: Object.hasOwn(base, key) ? overlay(base[key], value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Loads one or more policy directories into one bundle: every directory's modules (paths
 * prefixed with the directory's position, so two `main.rego` files do not clash), and their
 * data, each later directory overlaying the earlier ones (so an application's folder can add a
 * package and change the reference library's `data.kitelogik.config`).
 *
 * @throws PolicyConfigError when a directory cannot be loaded.
 */
export async function loadPolicies(directories: readonly string[]): Promise<PolicyBundle> {
  const bundles = await Promise.all(directories.map((directory) => loadPolicyDirectory(directory)));
  if (bundles.length === 1 && bundles[0] !== undefined) return bundles[0];
  return createPolicyBundle({
    modules: bundles.flatMap((bundle, index) =>
      bundle.modules.map((module) => ({ ...module, path: `${index}/${module.path}` })),
    ),
    data: bundles.reduce<unknown>((data, bundle) => overlay(data, bundle.data), {}),
  });
}
