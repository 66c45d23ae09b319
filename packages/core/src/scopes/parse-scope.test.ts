import { describe, expect, it } from 'vitest';
import { parseScope, tryParseScope } from './parse-scope.js';
import { formatScope } from './scope.js';
import { ScopeSyntaxError } from './scope-syntax-error.js';

describe('parseScope', () => {
  it.each([
    ['tool:search', { resource: 'tool', action: 'search' }],
    ['tool:*', { resource: 'tool', action: '*' }],
    ['*:*', { resource: '*', action: '*' }],
    ['tool:getWeather', { resource: 'tool', action: 'getWeather' }],
    ['fs:read:/workspace/**', { resource: 'fs', action: 'read', qualifier: '/workspace/**' }],
    ['net:fetch:*.example.com', { resource: 'net', action: 'fetch', qualifier: '*.example.com' }],
    [
      'url:fetch:https://a.com:8443/x',
      { resource: 'url', action: 'fetch', qualifier: 'https://a.com:8443/x' },
    ],
  ])('parses %s', (text, scope) => {
    expect(parseScope(text)).toEqual(scope);
    expect(formatScope(parseScope(text))).toBe(text);
  });

  it.each([
    '',
    'tool',
    'tool:',
    ':search',
    'Tool:search',
    'to ol:search',
    'tool:sea[rc]h',
    'fs*:read',
    'fs:read:',
    'fs:read:/a b',
    'fs:read:/a\u0000',
    'fs:read:/a/[ab]',
    'fs:read:/a/{b,c}',
    'fs:read:..\\etc',
  ])('rejects %j with a ScopeSyntaxError', (text) => {
    expect(() => parseScope(text)).toThrow(ScopeSyntaxError);
    expect(tryParseScope(text)).toBeUndefined();
  });

  it('gives the error a stable code and a cross-copy marker', () => {
    try {
      parseScope('nope');
      expect.unreachable();
    } catch (error) {
      expect(ScopeSyntaxError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'scope_syntax', text: 'nope' });
    }
    expect(ScopeSyntaxError.isInstance(new Error('x'))).toBe(false);
  });

  it('returns undefined for non-string input to tryParseScope', () => {
    expect(tryParseScope(42 as unknown as string)).toBeUndefined();
  });
});
