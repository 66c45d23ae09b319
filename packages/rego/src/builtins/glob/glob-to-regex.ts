import { RE2JS } from 're2js';

/**
 * Translates a glob in gobwas/glob syntax (OPA's `glob.match`) into an anchored RE2 pattern:
 * `*` is any run of non-delimiters, `**` any run at all, `?` one non-delimiter, `[abc]`,
 * `[!a-z]` character lists, `{a,b}` alternatives and `\` escapes. Matching then runs in
 * linear time. Returns an error message for a malformed glob.
 */
export function globToRegex(glob: string, delimiters: readonly string[]): string | Error {
  const chars = Array.from(glob);
  const nonDelimiter =
    delimiters.length === 0 ? '.' : `[^${delimiters.map(escapeClassChar).join('')}]`;
  let i = 0;

  function sequence(inBraces: boolean): string | Error {
    let out = '';
    while (i < chars.length) {
      const c = chars[i] as string;
      if (inBraces && (c === ',' || c === '}')) return out;
      i++;
      if (c === '*') {
        if (chars[i] === '*') {
          i++;
          out += '.*';
        } else {
          out += `${nonDelimiter}*`;
        }
      } else if (c === '?') {
        out += nonDelimiter;
      } else if (c === '[') {
        const list = characterList();
        if (list instanceof Error) return list;
        out += list;
      } else if (c === '{') {
        const alternatives: string[] = [];
        for (;;) {
          const alternative = sequence(true);
          if (alternative instanceof Error) return alternative;
          alternatives.push(alternative);
          const close = chars[i++];
          if (close === '}') break;
          if (close !== ',') return new Error('unexpected end of input: unclosed {');
        }
        out += `(?:${alternatives.join('|')})`;
      } else if (c === '\\') {
        const escaped = chars[i++];
        if (escaped === undefined) return new Error('unexpected end of input after escape');
        out += RE2JS.quote(escaped);
      } else {
        out += RE2JS.quote(c);
      }
    }
    return out;
  }

  function characterList(): string | Error {
    const isNegated = chars[i] === '!';
    if (isNegated) i++;
    let body = '';
    while (i < chars.length && chars[i] !== ']') {
      const lo = chars[i++] as string;
      if (chars[i] === '-' && i + 1 < chars.length && chars[i + 1] !== ']') {
        const hi = chars[i + 1] as string;
        if (hi < lo) return new Error(`invalid range ${lo}-${hi}`);
        body += `${escapeClassChar(lo)}-${escapeClassChar(hi)}`;
        i += 2;
      } else {
        body += escapeClassChar(lo);
      }
    }
    if (chars[i] !== ']') return new Error('unexpected end of input: unclosed [');
    i++;
    if (body === '') return new Error('empty character list');
    return `[${isNegated ? '^' : ''}${body}]`;
  }

  const pattern = sequence(false);
  if (pattern instanceof Error) return pattern;
  return `(?s)^${pattern}$`;
}

function escapeClassChar(char: string): string {
  return /[\\\]^[-]/.test(char) ? `\\${char}` : char;
}

const specials = new Set(['*', '?', '\\', '[', ']', '{', '}']);

/** gobwas/glob's `QuoteMeta`: escapes the glob metacharacters `*?\[]{}`. */
export function quoteGlobMeta(text: string): string {
  let out = '';
  for (const char of text) out += specials.has(char) ? `\\${char}` : char;
  return out;
}
