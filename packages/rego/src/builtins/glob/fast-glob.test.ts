import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../value.js';
import { register } from '../glob.js';
import { type BuiltinContext, BuiltinRegistry } from '../registry.js';
import { fastGlobMatcher } from './fast-glob.js';
import { globToRegex } from './glob-to-regex.js';

/** What the RE2 translation says, the reference the fast matcher must agree with. */
function viaRegex(glob: string, delimiters: readonly string[], text: string): boolean {
  const source = globToRegex(glob, delimiters);
  if (source instanceof Error) throw source;
  return RE2JS.compile(source).test(text);
}

function viaFast(glob: string, delimiters: readonly string[], text: string): boolean | undefined {
  return fastGlobMatcher(glob, delimiters.join(''))?.(text);
}

describe('fastGlobMatcher', () => {
  it('matches the usual path and host globs', () => {
    const cases: [string, string[], string, boolean][] = [
      ['/workspace/**', ['/'], '/workspace/notes.md', true],
      ['/workspace/**', ['/'], '/workspace', false],
      ['/workspace/**', ['/'], '/workspace/', true],
      ['**/.env', ['/'], '/a/b/.env', true],
      ['**/.env', ['/'], '/a/b/.envx', false],
      ['**/.env.*', ['/'], '/a/.env.local', true],
      ['**/.env.*', ['/'], '/a/.env.x/y', false],
      ['**/*.pem', ['/'], '/keys/server.pem', true],
      ['**/*.pem', ['/'], '/keys/x.pem/y', false],
      ['**/.ssh/**', ['/'], '/home/u/.ssh/id_rsa', true],
      ['*.example.org', ['.'], 'api.example.org', true],
      ['*.example.org', ['.'], 'a.b.example.org', false],
      ['*', [], 'anything.at/all', true],
      ['a*b*c', ['/'], 'aXbYc', true],
      ['a*b*c', ['/'], 'aX/bYc', false],
      ['exact', ['/'], 'exact', true],
      ['exact', ['/'], 'exactly', false],
      ['a**a', [], 'a', false],
      ['a***b', ['/'], 'a/x/yb', true],
      ['a***b', ['/'], 'a/x/y/b', true],
    ];
    for (const [glob, delimiters, text, expected] of cases) {
      expect([glob, text, viaFast(glob, delimiters, text)]).toEqual([glob, text, expected]);
      expect(viaRegex(glob, delimiters, text)).toBe(expected);
    }
  });

  it('leaves ?, character lists, alternatives and escapes to RE2', () => {
    for (const glob of ['a?c', '[ab]c', '{a,b}', 'a\\*', 'a]']) {
      expect(fastGlobMatcher(glob, '/')).toBeUndefined();
    }
  });

  it('agrees with the RE2 translation on random globs and texts', () => {
    const glob = fc.stringMatching(/^[ab/.*]{0,10}$/);
    const text = fc.stringMatching(/^[ab/.\n😀]{0,12}$/u);
    const delimiters = fc.constantFrom<string[]>([], ['/'], ['.'], ['/', '.']);
    fc.assert(
      fc.property(glob, delimiters, text, (g, d, t) => {
        // An empty delimiter list reaches the matcher as the default ['.'] from glob.match.
        expect(viaFast(g, d, t)).toBe(viaRegex(g, d, t));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('glob.match compiled-glob cache', () => {
  const registry = new BuiltinRegistry();
  register(registry);
  const context: BuiltinContext = {
    nowNs: 0n,
    queryCache: new Map(),
    print: () => {},
    strict: true,
    random: () => 0,
  };
  const match = (pattern: string, delimiters: Value, text: string): Value | undefined =>
    registry.get('glob.match')?.implementation([pattern, delimiters, text], context);

  it('keeps globs with different delimiters apart', () => {
    // Once keyed as pattern + "-" + delimiters, where "x-" without delimiters and "x" with "-"
    // shared a key.
    expect(match('x-*', null, 'x-a-b')).toBe(true);
    expect(match('x-*', ['-'], 'x-a-b')).toBe(false);
    expect(match('x-*', null, 'x-a-b')).toBe(true);
    expect(match('*', [], 'a.b')).toBe(false);
    expect(match('*', ['/'], 'a.b')).toBe(true);
  });

  it('checks a delimiter list built at run time, and reuses equal lists', () => {
    expect(() => match('*', ['ab'], 'x')).toThrow('must be array of runes');
    const lists = [['/'], ['/'], ['/']];
    for (const list of lists) expect(match('a/*', list, 'a/b/c')).toBe(false);
    for (const list of lists) expect(match('a/**', list, 'a/b/c')).toBe(true);
  });
});
