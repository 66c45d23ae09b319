import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCoveredByAny, isScopeCovered } from './is-scope-covered.js';
import { matchGlob } from './match-glob.js';

describe('isScopeCovered', () => {
  it.each([
    ['tool:search', 'tool:search', true],
    ['tool:search', 'tool:*', true],
    ['tool:*', 'tool:search', false],
    ['fs:read:/x', '*:*', true],
    ['*:*', 'tool:*', false],
    ['tool:search', 'tool:fetch', false],
    ['fs:read:/x/**', 'fs:read', true],
    ['fs:read', 'fs:read:/x/**', false],
    ['fs:read:/workspace/a/**', 'fs:read:/workspace/**', true],
    ['fs:read:/workspace/*.txt', 'fs:read:/workspace/**', true],
    ['fs:read:/workspace/a/b', 'fs:read:/workspace/**', true],
    ['fs:read:/workspace/a/b', 'fs:read:/workspace/*', false],
    ['fs:read:/workspace/*', 'fs:read:/workspace/a/b', false],
    ['fs:read:/workspace', 'fs:read:/work*', true],
    ['fs:read:/workspace/**', 'fs:read:/workspace/*', false],
    ['fs:read:/workspace', 'fs:read:/workspace/**', false],
    ['fs:read:/workspace/**', 'fs:write:/workspace/**', false],
    ['fs:write:/workspace/**', 'fs:*:/workspace/**', true],
    ['net:fetch:api.example.com', 'net:fetch:*.example.com', true],
    ['net:fetch:a.b.example.com', 'net:fetch:*.example.com', false],
    ['net:fetch:*.b.example.com', 'net:fetch:**.example.com', true],
    ['net:fetch:**.example.com', 'net:fetch:*.example.com', false],
    ['fs:read:/a/?*', 'fs:read:/a/*?', true],
    ['*:read:/a/b.c', '*:read:/a/*', false],
    ['*:read:/a/b', '*:read:/a/*', true],
    ['nope', '*:*', false],
    ['tool:x', 'nope', false],
  ])('%s covered by %s is %s', (child, parent, expected) => {
    expect(isScopeCovered(child, parent)).toBe(expected);
  });

  it('accepts parsed scopes and lists of parents', () => {
    expect(
      isScopeCovered({ resource: 'tool', action: 'a' }, { resource: 'tool', action: '*' }),
    ).toBe(true);
    expect(isCoveredByAny('fs:read:/w/a', ['tool:*', 'fs:read:/w/**'])).toBe(true);
    expect(isCoveredByAny('fs:read:/v/a', ['tool:*', 'fs:read:/w/**'])).toBe(false);
    expect(isCoveredByAny('tool:a', [])).toBe(false);
  });
});

// A small alphabet makes coincidences (and therefore counter-examples) likely.
const piece = fc.constantFrom('a', 'b', '/', '*', '**', '?', '.');
const glob = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('')}`);
const pathChar = fc.constantFrom('a', 'b', '/', '.');
const separator = fc.constantFrom('/', '.');
const scope = fc
  .tuple(fc.constantFrom('fs', '*'), fc.constantFrom('read', '*'), fc.option(glob))
  .map(([r, a, q]) => (q === null ? `${r}:${a}` : `${r}:${a}:${q}`));

// Builds a concrete subject that `pattern` matches, by filling in each wildcard.
function instantiate(pattern: string, fillers: readonly string[], sep: string): string {
  let index = 0;
  const next = (): string => fillers[index++ % Math.max(fillers.length, 1)] ?? '';
  return pattern.replace(/\*\*|\*|\?/g, (token) => {
    const filler = next();
    if (token === '**') return filler;
    const inSegment = filler.split(sep).join('');
    return token === '*' ? inSegment : (inSegment[0] ?? 'a');
  });
}

describe('isScopeCovered properties', () => {
  it('is reflexive', () => {
    fc.assert(fc.property(scope, (s) => isScopeCovered(s, s)));
  });

  it('is transitive', () => {
    // Checking every triple of a small pool finds covering chains far more often than
    // drawing three unrelated scopes would.
    fc.assert(
      fc.property(fc.array(scope, { minLength: 3, maxLength: 8 }), (pool) => {
        for (const a of pool) {
          for (const b of pool) {
            if (!isScopeCovered(a, b)) continue;
            for (const c of pool) {
              if (isScopeCovered(b, c))
                expect([a, b, c, isScopeCovered(a, c)]).toEqual([a, b, c, true]);
            }
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is sound: every subject the child matches, the covering parent matches', () => {
    const fillers = fc.array(fc.string({ unit: pathChar, maxLength: 4 }), { maxLength: 6 });
    fc.assert(
      fc.property(glob, glob, fillers, separator, (child, parent, fill, sep) => {
        const subject = instantiate(child, fill, sep);
        expect(matchGlob(child, subject, sep)).toBe(true);
        const resource = sep === '.' ? 'net' : 'fs';
        if (isScopeCovered(`${resource}:x:${child}`, `${resource}:x:${parent}`)) {
          expect(matchGlob(parent, subject, sep)).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
  });

  it('is sound against random subjects too', () => {
    const subject = fc.string({ unit: pathChar, maxLength: 8 }).map((s) => `/${s}`);
    fc.assert(
      fc.property(glob, glob, subject, (child, parent, path) => {
        fc.pre(matchGlob(child, path, '/'));
        return (
          !isScopeCovered(`fs:read:${child}`, `fs:read:${parent}`) || matchGlob(parent, path, '/')
        );
      }),
      { numRuns: 20000 },
    );
  });
});
