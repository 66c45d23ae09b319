function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeAt(base: unknown, value: unknown, where: string): unknown {
  if (!isPlainObject(base) || !isPlainObject(value)) {
    throw new Error(`conflicting data at ${where === '' ? 'data' : `data.${where}`}`);
  }
  const merged: Record<string, unknown> = { ...base };
  for (const [key, child] of Object.entries(value)) {
    const path = where === '' ? key : `${where}.${key}`;
    merged[key] = key in merged ? mergeAt(merged[key], child, path) : child;
  }
  return merged;
}

/**
 * Merges a bundle's data file into the base document at the path of its folder, as OPA does:
 * `a/b/data.json` lands under `data.a.b`; objects merge key by key, anything else that meets an
 * existing value is a conflict.
 *
 * @throws Error naming the conflicting path.
 */
export function mergeData(base: unknown, folder: readonly string[], value: unknown): unknown {
  let nested = value;
  for (let i = folder.length - 1; i >= 0; i--) nested = { [folder[i] ?? '']: nested };
  return mergeAt(base, nested, '');
}
