import { type GlobToken, tokenizeGlob } from './glob-token.js';

/**
 * True when every subject `child` matches is also matched by `parent` (glob language
 * inclusion, same dialect as {@link matchGlob}).
 *
 * The check is sound but deliberately incomplete: it walks both globs together and only
 * answers true when each child token is absorbed by a parent token that matches at least
 * as much (`**` absorbs anything, `*` absorbs non-separator characters, `?` and `*`; `?`
 * absorbs one non-separator character). When it cannot prove inclusion it answers false.
 * @internal
 */
export function globCovers(child: string, parent: string, separator: string): boolean {
  if (child === parent) return true;
  const c = tokenizeGlob(child);
  const p = tokenizeGlob(parent);
  const memo = new Map<number, boolean>();
  const covers = (i: number, j: number): boolean => {
    const key = i * (p.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = step(c[i], p[j], separator, {
      both: () => covers(i + 1, j + 1),
      childOnly: () => covers(i + 1, j),
      parentOnly: () => covers(i, j + 1),
    });
    memo.set(key, result);
    return result;
  };
  return covers(0, 0);
}

interface Moves {
  both(): boolean;
  childOnly(): boolean;
  parentOnly(): boolean;
}

function step(
  child: GlobToken | undefined,
  parent: GlobToken | undefined,
  separator: string,
  moves: Moves,
): boolean {
  if (parent === undefined) return child === undefined;
  if (parent.kind === 'globstar') {
    return moves.parentOnly() || (child !== undefined && moves.childOnly());
  }
  if (parent.kind === 'star') {
    return moves.parentOnly() || (isWithinSegment(child, separator) && moves.childOnly());
  }
  if (child === undefined) return false;
  if (parent.kind === 'one') {
    const isOneChar =
      child.kind === 'one' || (child.kind === 'literal' && child.char !== separator);
    return isOneChar && moves.both();
  }
  return child.kind === 'literal' && child.char === parent.char && moves.both();
}

// A child token whose every match is a run of non-separator characters.
function isWithinSegment(token: GlobToken | undefined, separator: string): boolean {
  if (token === undefined || token.kind === 'globstar') return false;
  return token.kind !== 'literal' || token.char !== separator;
}
