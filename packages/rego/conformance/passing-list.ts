/**
 * `opa.passing`: the case ids that must pass, one per line, sorted. It only ever grows:
 * `--update` adds newly passing cases and never removes any; `--check` fails on regressions.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Reads the list (a missing file is empty); blank lines and `#` comments are ignored. */
export function readPassingList(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.replace(/\r$/, ''))
      .filter((line) => line.trim() !== '' && !line.startsWith('#')),
  );
}

/** The listed ids that ran and did not pass. */
export function findRegressions(
  listed: ReadonlySet<string>,
  outcomes: ReadonlyMap<string, boolean>,
): string[] {
  return [...listed].filter((id) => outcomes.get(id) === false).sort();
}

/** Adds every passing id to the list; returns how many were new. */
export function updatePassingList(path: string, outcomes: ReadonlyMap<string, boolean>): number {
  const listed = readPassingList(path);
  const before = listed.size;
  for (const [id, isPass] of outcomes) if (isPass) listed.add(id);
  const sorted = [...listed].sort();
  writeFileSync(path, sorted.length === 0 ? '' : `${sorted.join('\n')}\n`);
  return listed.size - before;
}
