import { describe, expect, it } from 'vitest';
import { matchGlob } from './match-glob.js';

describe('matchGlob', () => {
  it.each([
    ['/workspace/**', '/workspace/a', true],
    ['/workspace/**', '/workspace/a/b/c.txt', true],
    ['/workspace/**', '/workspace', false],
    ['/workspace/**', '/workspacex/a', false],
    ['/workspace/*', '/workspace/a', true],
    ['/workspace/*', '/workspace/a/b', false],
    ['/workspace/*.txt', '/workspace/a.txt', true],
    ['/workspace/*.txt', '/workspace/a/b.txt', false],
    ['/workspace/?.txt', '/workspace/a.txt', true],
    ['/workspace/?.txt', '/workspace/ab.txt', false],
    ['/work*', '/workspace', true],
    ['**/.env', '/workspace/a/.env', true],
    ['**/.env', '/workspace/a/x.env', false],
    ['/a/**/b', '/a/x/y/b', true],
    ['/a/**/b', '/a/b', false],
  ])('path glob %s against %s is %s', (glob, subject, expected) => {
    expect(matchGlob(glob, subject, '/')).toBe(expected);
  });

  it.each([
    ['*.example.com', 'api.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'a.b.example.com', false],
    ['**.example.com', 'a.b.example.com', true],
    ['*.example.com', 'api.example.com.evil.com', false],
    ['api.example.com', 'api.example.com', true],
  ])('host glob %s against %s is %s', (glob, subject, expected) => {
    expect(matchGlob(glob, subject, '.')).toBe(expected);
  });

  it('stays fast on globs that make backtracking matchers explode', () => {
    const glob = `/${'*a'.repeat(40)}b`;
    const subject = `/${'a'.repeat(5000)}`;
    const start = performance.now();
    expect(matchGlob(glob, subject, '/')).toBe(false);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
