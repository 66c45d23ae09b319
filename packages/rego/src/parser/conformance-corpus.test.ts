// biome-ignore lint/style/noRestrictedImports: tests read OPA's corpus from disk; they never ship.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: as above.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseModule, parseQuery } from '../parse.js';

/** OPA's conformance corpus, read in place (it never enters this repository). */
const CORPUS = join(import.meta.dirname, '../../../../../shared/opa-conformance');

interface CaseFile {
  readonly cases?: readonly {
    readonly note?: string;
    readonly query?: string;
    readonly modules?: readonly string[];
    readonly experimental_keywords?: boolean;
  }[];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') || name.endsWith('.yml') ? [path] : [];
  });
}

/** Our own cases in the same format. */
const OWN_CASES = join(import.meta.dirname, '../../conformance/cases');

function collectFailures(dir: string): string[] {
  const failures: string[] = [];
  for (const path of yamlFiles(dir)) {
    const doc = parse(readFileSync(path, 'utf8'), { intAsBigInt: true }) as CaseFile | null;
    for (const [index, testCase] of (doc?.cases ?? []).entries()) {
      const id = `${relative(dir, path)}#${index} ${testCase.note ?? ''}`;
      const experimentalKeywords = testCase.experimental_keywords === true;
      const run = (what: string, parseIt: () => unknown): void => {
        try {
          parseIt();
        } catch (error) {
          failures.push(`${id} ${what}: ${String(error)}`);
        }
      };
      for (const [i, source] of (testCase.modules ?? []).entries()) {
        run(`module ${i}`, () => parseModule(source, `test-${i}.rego`, { experimentalKeywords }));
      }
      if (testCase.query !== undefined) {
        run('query', () => parseQuery(testCase.query as string, { experimentalKeywords }));
      }
    }
  }
  return failures;
}

describe('the OPA conformance corpus', () => {
  // Skipped (reported as such) when the corpus folder is absent, e.g. outside this checkout.
  it.skipIf(!existsSync(CORPUS))(`parses every module and query (corpus: ${CORPUS})`, () => {
    expect(collectFailures(CORPUS)).toEqual([]);
  });
  it('parses every module and query of our own cases', () => {
    expect(collectFailures(OWN_CASES)).toEqual([]);
  });
});
