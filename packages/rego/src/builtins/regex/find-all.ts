import type { RE2JS } from 're2js';

/** One match: UTF-16 offsets of the whole match and its groups (`undefined` when unset). */
export interface RegexMatch {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
}

/**
 * Go's `Regexp.FindAll*` iteration: at most `limit` matches (all when negative); an empty match
 * right after the previous match is skipped, and the scan advances one code point after an
 * empty match.
 */
export function findAll(regex: RE2JS, text: string, limit: number): RegexMatch[] {
  const matches: RegexMatch[] = [];
  if (limit === 0) return matches;
  const matcher = regex.matcher(text);
  const groupCount = regex.groupCount();
  let pos = 0;
  let previousEnd = -1;
  while (pos <= text.length && (limit < 0 || matches.length < limit)) {
    if (!matcher.find(pos)) break;
    const start = matcher.start();
    const end = matcher.end();
    const isAccepted = !(end === start && start === previousEnd);
    if (end === pos && start === pos) {
      const code = text.codePointAt(pos);
      pos += code === undefined ? 1 : code > 0xffff ? 2 : 1;
    } else {
      pos = end;
    }
    previousEnd = end;
    if (!isAccepted) continue;
    const groups: (string | undefined)[] = [];
    for (let g = 0; g <= groupCount; g++) groups.push(matcher.group(g) ?? undefined);
    matches.push({ start, end, groups });
  }
  return matches;
}

/** Go's `Regexp.Split(text, -1)`. */
export function splitAll(regex: RE2JS, pattern: string, text: string): string[] {
  if (pattern !== '' && text === '') return [''];
  const parts: string[] = [];
  let begin = 0;
  let end = 0;
  for (const match of findAll(regex, text, -1)) {
    end = match.start;
    if (match.end !== 0) parts.push(text.slice(begin, end));
    begin = match.end;
  }
  if (end !== text.length) parts.push(text.slice(begin));
  return parts;
}

/** Go's `Regexp.Expand` of a replacement template: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
export function expandReplacement(
  template: string,
  match: RegexMatch,
  names: Readonly<Record<string, number>>,
): string {
  return template.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_whole, dollar, braced, bare) => {
    if (dollar === '$') return '$';
    const name = (braced ?? bare) as string;
    const index = /^\d+$/.test(name) ? Number(name) : names[name];
    return index === undefined ? '' : (match.groups[index] ?? '');
  });
}
