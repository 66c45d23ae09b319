/**
 * `tiers.tsv` of the OPA corpus: `file<TAB>tier<TAB>note` per case (a core language, b common
 * builtins, c exotic builtins). Cases not listed are tier `?`.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Looks up the tier of a case by file and note. */
export type TierLookup = (file: string, note: string) => string;

/** Reads a tiers file; a missing file yields `?` for every case. */
export function loadTiers(path: string): TierLookup {
  if (!existsSync(path)) return () => '?';
  return parseTiers(readFileSync(path, 'utf8'));
}

/** Parses tiers text (a header line, then `file\ttier\tnote` rows). */
export function parseTiers(text: string): TierLookup {
  const tiers = new Map<string, string>();
  for (const line of text.split('\n').slice(1)) {
    const [file, tier, ...note] = line.replace(/\r$/, '').split('\t');
    if (file && tier) tiers.set(`${file}\t${note.join('\t')}`, tier);
  }
  return (file, note) => tiers.get(`${file}\t${note}`) ?? '?';
}
