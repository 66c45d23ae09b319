/**
 * Loading OPA-format conformance YAML files (recursively) into {@link ConformanceCase}s.
 * Integers are read exactly (`intAsBigInt`) and timestamp-looking scalars stay strings (YAML 1.2).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** One case of an OPA-format file, with its identity. */
export interface ConformanceCase {
  /** `file#index note`, unique across a run. */
  readonly id: string;
  /** The file, relative to the suite's base folder, with `/` separators. */
  readonly file: string;
  readonly index: number;
  readonly note: string;
  readonly query: string;
  readonly modules: readonly string[];
  readonly data?: unknown;
  readonly input?: unknown;
  readonly inputTerm?: string;
  readonly wantResult?: readonly Record<string, unknown>[];
  readonly wantErrorCode?: string;
  readonly wantError?: string;
  readonly isStrictError: boolean;
  readonly isSortBindings: boolean;
  readonly isExperimentalKeywords: boolean;
  readonly isIgnoreGeneratedVars: boolean;
}

/** Every `.yaml`/`.yml` file under `dir`, sorted. */
export function findCaseFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findCaseFiles(path));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(path);
  }
  return out;
}

type RawCase = Record<string, unknown>;

/** Parses the text of one case file; `file` is its name relative to the suite base. */
export function parseCaseFile(text: string, file: string): ConformanceCase[] {
  const doc = parse(text, { intAsBigInt: true }) as { cases?: unknown } | null;
  const cases = Array.isArray(doc?.cases) ? (doc.cases as RawCase[]) : [];
  return cases.map((raw, index) => toCase(raw, { file, index }));
}

function toCase(raw: RawCase, at: { file: string; index: number }): ConformanceCase {
  const note = typeof raw.note === 'string' ? raw.note : '';
  const modules = Array.isArray(raw.modules) ? raw.modules.map(String) : [];
  let result: ConformanceCase = {
    id: `${at.file}#${at.index} ${note}`,
    file: at.file,
    index: at.index,
    note,
    query: typeof raw.query === 'string' ? raw.query : '',
    modules,
    isStrictError: raw.strict_error === true,
    isSortBindings: raw.sort_bindings === true,
    isExperimentalKeywords: raw.experimental_keywords === true,
    isIgnoreGeneratedVars: raw.ignore_generated_vars === true,
  };
  if (raw.data !== undefined && raw.data !== null) result = { ...result, data: raw.data };
  if ('input' in raw) result = { ...result, input: raw.input };
  if (typeof raw.input_term === 'string') result = { ...result, inputTerm: raw.input_term };
  if (Array.isArray(raw.want_result)) {
    result = { ...result, wantResult: raw.want_result as Record<string, unknown>[] };
  }
  if (typeof raw.want_error_code === 'string') {
    result = { ...result, wantErrorCode: raw.want_error_code };
  }
  if (typeof raw.want_error === 'string') result = { ...result, wantError: raw.want_error };
  return result;
}

/** Loads every case under `dir`; ids are relative to `base` (default `dir`). */
export function loadCases(dir: string, base: string = dir): ConformanceCase[] {
  return findCaseFiles(dir).flatMap((path) => {
    const file = relative(base, path).split(sep).join('/');
    return parseCaseFile(readFileSync(path, 'utf8'), file);
  });
}
