import type { Module } from '@kitelogik/rego';
import { sortImports } from './format-module.js';

// `assign` too: the formatter writes every rule value with `:=`, which means the same as `=`.
const SKIPPED = new Set(['loc', 'packageLoc', 'assign']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!SKIPPED.has(key)) out[key] = strip(child);
  }
  return out;
}

/**
 * A module's AST without source locations, imports in sorted order: two modules that print
 * the same under `kitelogik fmt` compare equal on this. Used to prove a format kept the meaning.
 */
export function stripLocations(module: Module): unknown {
  return strip({ ...module, imports: sortImports(module.imports) });
}
