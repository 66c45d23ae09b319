/**
 * Comparison of query results as OPA's harness does: rows of bindings compared as a set, values
 * compared after JSON conversion, numbers by value (`1` equals `1.0`), big integers exactly.
 */

/** How a case wants its rows compared. */
export interface CompareOptions {
  /** Sort each binding's array value before comparing (set-valued results). */
  readonly isSortBindings: boolean;
  /** Drop generated bindings (`__localq*`, `$...`). */
  readonly isIgnoreGeneratedVars: boolean;
}

function canonicalNumber(value: number | bigint): string {
  if (typeof value === 'bigint') return value.toString();
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

/** A canonical text of a JSON-like value: sorted keys, numbers by value. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return canonicalNumber(value);
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return String(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
    }
    default:
      return `<${typeof value}>`;
  }
}

function isGenerated(name: string): boolean {
  return name.startsWith('__localq') || name.startsWith('$');
}

/** The canonical, sorted, de-duplicated texts of a list of rows. */
export function normalizeRows(
  rows: readonly Record<string, unknown>[],
  options: CompareOptions,
): string[] {
  const texts = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) {
      if (options.isIgnoreGeneratedVars && isGenerated(name)) continue;
      out[name] =
        options.isSortBindings && Array.isArray(value)
          ? [...value].sort((a, b) => compareText(canonical(a), canonical(b)))
          : value;
    }
    return canonical(out);
  });
  return [...new Set(texts)].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The outcome of comparing expected and actual rows. */
export interface Comparison {
  readonly isEqual: boolean;
  readonly expected: string;
  readonly actual: string;
}

/** Compares expected rows (from YAML) with the engine's rows. */
export function compareRows(
  expected: readonly Record<string, unknown>[],
  actual: readonly Record<string, unknown>[],
  options: CompareOptions,
): Comparison {
  const want = normalizeRows(expected, options);
  const got = normalizeRows(actual, options);
  const isEqual = want.length === got.length && want.every((row, i) => row === got[i]);
  return { isEqual, expected: `[${want.join(',')}]`, actual: `[${got.join(',')}]` };
}
