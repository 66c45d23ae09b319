/**
 * A small scanner over Rego source that finds what the parser drops: comments (with whether
 * code precedes them on their line) and the matching close of every bracket. The formatter
 * uses both to put comments back where they were.
 */

/** A `#` comment found in the source. */
export interface SourceComment {
  /** The text after `#`, verbatim. */
  readonly text: string;
  readonly offset: number;
  readonly row: number;
  /** Code precedes the comment on its line (`x := 1 # note`). */
  readonly isTrailing: boolean;
}

/** What {@link scanSource} finds. */
export interface SourceScan {
  /** Comments in source order. */
  readonly comments: readonly SourceComment[];
  /** The offset of the bracket closing the innermost bracket that encloses `offset`. */
  closeOf(offset: number): number | undefined;
  /** The offset of the last code character before `offset` (whitespace and comments skipped), or -1. */
  prevCode(offset: number): number;
  /** The 1-based row of an offset. */
  rowOf(offset: number): number;
  /** The offset where a 1-based row starts. */
  lineStart(row: number): number;
  /** The scanned source text. */
  readonly source: string;
}

const OPEN = new Set(['{', '[', '(']);
const CLOSE = new Set(['}', ']', ')']);

/** Scans a source text for comments and bracket pairs; unbalanced input is tolerated. */
export function scanSource(source: string): SourceScan {
  const comments: SourceComment[] = [];
  const pairs: { open: number; close: number }[] = [];
  const stack: number[] = [];
  let row = 1;
  let lineStart = 0;
  let i = 0;
  /** Skips a string whose opening quote is at `i`; templates re-enter code for `{...}`. */
  const skipString = (quote: string, isTemplate: boolean): void => {
    i++;
    while (i < source.length && source[i] !== quote) {
      const c = source[i];
      if (c === '\\' && quote === '"') i++;
      else if (c === '\n') {
        row++;
        lineStart = i + 1;
      } else if (isTemplate && c === '{') {
        i++;
        scanCode('}');
        continue;
      }
      i++;
    }
    i++;
  };
  /** Scans code until the unmatched `terminator` (or the end); leaves `i` after it. */
  const scanCode = (terminator: string | undefined): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i] as string;
      if (c === terminator && depth === 0) {
        i++;
        return;
      }
      if (c === '\n') {
        row++;
        lineStart = i + 1;
        i++;
      } else if (c === '#') {
        const end = source.indexOf('\n', i);
        const stop = end === -1 ? source.length : end;
        const before = source.slice(lineStart, i);
        const text = source.slice(i + 1, stop).replace(/\r$/, '');
        comments.push({ text, offset: i, row, isTrailing: before.trim() !== '' });
        i = stop;
      } else if (c === '"' || c === '`') {
        skipString(c, false);
      } else if (c === '$' && (source[i + 1] === '"' || source[i + 1] === '`')) {
        i++;
        skipString(source[i] as string, true);
      } else if (OPEN.has(c)) {
        stack.push(i);
        depth++;
        i++;
      } else if (CLOSE.has(c)) {
        const open = stack.pop();
        if (open !== undefined) pairs.push({ open, close: i });
        depth--;
        i++;
      } else {
        i++;
      }
    }
  };
  scanCode(undefined);
  pairs.sort((a, b) => a.open - b.open);
  const lineStarts = [0];
  for (let k = 0; k < source.length; k++) if (source[k] === '\n') lineStarts.push(k + 1);
  const commentAt = (offset: number): SourceComment | undefined =>
    comments.find((c) => c.offset <= offset && offset <= c.offset + c.text.length);
  return {
    source,
    lineStart: (row) => lineStarts[row - 1] ?? source.length,
    prevCode(offset) {
      let k = offset - 1;
      while (k >= 0) {
        if (/\s/.test(source[k] as string)) {
          k--;
          continue;
        }
        const comment = commentAt(k);
        if (comment === undefined) return k;
        k = comment.offset - 1;
      }
      return -1;
    },
    rowOf(offset) {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] as number) <= offset) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    },
    comments,
    closeOf(offset) {
      let best: { open: number; close: number } | undefined;
      for (const pair of pairs) {
        if (pair.open >= offset) break;
        if (pair.close > offset) best = pair;
      }
      return best?.close;
    },
  };
}
