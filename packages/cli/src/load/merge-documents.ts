function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, value: unknown, at: readonly string[]): unknown {
  if (isRecord(base) && Object.keys(base).length === 0) return value;
  if (isRecord(value) && Object.keys(value).length === 0) return base;
  if (!isRecord(base) || !isRecord(value)) {
    throw new Error(`data conflicts with an earlier path at ${['data', ...at].join('.')}`);
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, child] of Object.entries(value)) {
    const merged = Object.hasOwn(base, key) ? merge(base[key], child, [...at, key]) : child;
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

/**
 * Deep-merges two data documents from different command-line paths; two paths setting the
 * same non-object value is a conflict (as in OPA), never a silent overwrite.
 *
 * @throws Error naming `source` and the conflicting path.
 */
export function mergeDocuments(base: unknown, value: unknown, source: string): unknown {
  try {
    return merge(base, value, []);
  } catch (error) {
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
