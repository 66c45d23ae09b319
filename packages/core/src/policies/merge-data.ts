import { PolicyConfigError } from '../errors/policy-config-error.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges `value` into `base` at `path`, recursively for objects, as OPA merges data files; two
 * files setting the same non-object path is a conflict, never a silent overwrite.
 *
 * @throws PolicyConfigError on a conflict.
 */
export function mergeData(base: unknown, path: readonly string[], value: unknown): unknown {
  // Wrapped in its folder path and merged from the top, so a conflict names the full path and a
  // non-object on the way (`a: 5` under `a/b/data.json`) is a conflict, not overwritten.
  let wrapped = value;
  for (let i = path.length - 1; i >= 0; i--) {
    // A computed key defines an own property, even for `__proto__`.
    wrapped = { [path[i] as string]: wrapped };
  }
  return mergeValues(base, wrapped, []);
}

function mergeValues(base: unknown, value: unknown, at: readonly string[]): unknown {
  if (isRecord(base) && Object.keys(base).length === 0) return value;
  if (!isRecord(base) || !isRecord(value)) {
    throw new PolicyConfigError({ message: `data files conflict at data.${at.join('.')}` });
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, child] of Object.entries(value)) {
    const merged = Object.hasOwn(base, key) ? mergeValues(base[key], child, [...at, key]) : child;
    // defineProperty, not assignment: a `__proto__` key from JSON must stay data.
    Object.defineProperty(out, key, {
      value: merged,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
