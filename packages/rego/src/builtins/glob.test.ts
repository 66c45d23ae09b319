import { describe, expect, it } from 'vitest';
import type { Value } from '../value.js';
import { register } from './glob.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';

const registry = new BuiltinRegistry();
register(registry);
const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

function match(pattern: string, delimiters: Value, text: string): Value | undefined {
  return registry.get('glob.match')?.implementation([pattern, delimiters, text], context);
}

describe('glob.match', () => {
  it('honours delimiters', () => {
    expect(match('*.github.com', ['.'], 'api.github.com')).toBe(true);
    expect(match('*:github:com', [':'], 'api:github:com')).toBe(true);
    expect(match('*.github.com', ['.'], 'api.not-github.com')).toBe(false);
    expect(match('*', ['.'], 'foo.bar')).toBe(false);
    expect(match('**', ['.'], 'foo.bar')).toBe(true);
  });
  it('defaults to "." for an empty array and uses none for null', () => {
    expect(match('*', [], 'foo.bar')).toBe(false);
    expect(match('*', null, 'foo.bar')).toBe(true);
    expect(match('foo*', null, 'foo.bar')).toBe(true);
  });
  it('supports lists, ranges, single wildcards and alternatives', () => {
    expect(match('[abc]at', [], 'cat')).toBe(true);
    expect(match('[abc]at', [], 'fat')).toBe(false);
    expect(match('[!abc]at', [], 'fat')).toBe(true);
    expect(match('[a-c]at', [], 'bat')).toBe(true);
    expect(match('[!a-c]at', [], 'bat')).toBe(false);
    expect(match('?at', [], 'fat')).toBe(true);
    expect(match('?at', [], 'at')).toBe(false);
    expect(match('?at', ['f'], 'fat')).toBe(false);
    expect(match('{cat,bat,[fr]at}', [], 'fat')).toBe(true);
    expect(match('{cat,bat,[fr]at}', [], 'at')).toBe(false);
    expect(match('a\\*b', [], 'a*b')).toBe(true);
    expect(match('a\\*b', [], 'axb')).toBe(false);
  });
  it('rejects bad delimiters', () => {
    expect(() => match('*', 'x', 'y')).toThrow(
      'glob.match: operand 2 must be one of {array, null} but got string',
    );
  });
});

describe('glob.quote_meta', () => {
  it('escapes glob metacharacters', () => {
    const quote = registry.get('glob.quote_meta');
    expect(quote?.implementation(['*.github.com'], context)).toBe('\\*.github.com');
    expect(quote?.implementation(['[a]{b}?'], context)).toBe('\\[a\\]\\{b\\}\\?');
  });
});
