import { describe, expect, it } from 'vitest';
import { toJson, type Value } from '../value.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { register } from './uri.js';

const registry = new BuiltinRegistry();
register(registry);
const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

function call(name: string, arg: Value): Value | undefined {
  return registry.get(name)?.implementation([arg], context);
}

/** `uri.parse` as JSON (toEqual cannot see inside a RegoObject). */
function parse(text: string): unknown {
  const result = call('uri.parse', text);
  return result === undefined ? undefined : toJson(result);
}

describe('uri.parse (OPA uribuiltins 0001)', () => {
  it('parses a full URL', () => {
    expect(parse('https://example.com:8080/api?q=1#top')).toEqual({
      scheme: 'https',
      hostname: 'example.com',
      port: '8080',
      path: '/api',
      raw_path: '/api',
      raw_query: 'q=1',
      fragment: 'top',
    });
  });
  it('leaves out empty components', () => {
    expect(parse('https://example.com/path')).toEqual({
      scheme: 'https',
      hostname: 'example.com',
      path: '/path',
      raw_path: '/path',
    });
    expect(parse('https://example.com:443/path')).toEqual({
      scheme: 'https',
      hostname: 'example.com',
      port: '443',
      path: '/path',
      raw_path: '/path',
    });
    expect(parse('')).toEqual({});
    expect(parse('mailto:user@example.com')).toEqual({ scheme: 'mailto' });
  });
  it('unbrackets IPv6 hosts', () => {
    expect(parse('http://[::1]:8080/path')).toEqual({
      scheme: 'http',
      hostname: '::1',
      port: '8080',
      path: '/path',
      raw_path: '/path',
    });
  });
  it('keeps the raw path when decoding does not round-trip', () => {
    expect(parse('https://example.com/path%2Fwith%2Fslashes')).toEqual({
      scheme: 'https',
      hostname: 'example.com',
      path: '/path/with/slashes',
      raw_path: '/path%2Fwith%2Fslashes',
    });
  });
});

describe('uri.is_valid (OPA uribuiltins 0002, 0003)', () => {
  it('accepts valid URIs', () => {
    expect(call('uri.is_valid', 'https://example.com/path?q=1')).toBe(true);
    expect(call('uri.is_valid', 'http://foo]bar/')).toBe(true);
  });
  it('rejects an unclosed IPv6 literal, escaped ASCII in a host and bad userinfo', () => {
    expect(call('uri.is_valid', 'http://[invalid')).toBe(false);
    expect(call('uri.is_valid', 'http://exa%6dple.com/')).toBe(false);
    expect(call('uri.is_valid', 'http://a<b@example.com/')).toBe(false);
  });
});

describe('uri.parse edge cases (OPA uribuiltins 0003)', () => {
  it('errors with net/url wording', () => {
    expect(() => call('uri.parse', 'http://a<b@example.com/')).toThrow(
      'uri.parse: parse "http://a<b@example.com/": net/url: invalid userinfo',
    );
    expect(() => call('uri.parse', 'http://example.com:٣٤/')).toThrow(
      'uri.parse: parse "http://example.com:٣٤/": invalid port ":٣٤" after host',
    );
    expect(() => call('uri.parse', 'http://exa%6dple.com/')).toThrow(
      'uri.parse: parse "http://exa%6dple.com/": invalid URL escape "%6d"',
    );
    expect(() => call('uri.parse', 'http://a b.com/')).toThrow(
      'uri.parse: parse "http://a b.com/": invalid character " " in host name',
    );
    expect(() => call('uri.parse', '%zz')).toThrow(
      'uri.parse: parse "%zz": invalid URL escape "%zz"',
    );
    expect(() => call('uri.parse', ':x')).toThrow('uri.parse: parse ":x": missing protocol scheme');
  });
  it('allows a bare ] in a reg-name host', () => {
    expect(parse('http://foo]bar/')).toEqual({
      scheme: 'http',
      hostname: 'foo]bar',
      path: '/',
      raw_path: '/',
    });
  });
  it('collapses raw_path when the default path escaping gives the input back', () => {
    for (const [input, path] of [
      ['/a%21b', '/a!b'],
      ['/a%2Ab', '/a*b'],
      ['/a%28b%29', '/a(b)'],
    ] as const) {
      expect(parse(`https://example.com${input}`)).toEqual({
        scheme: 'https',
        hostname: 'example.com',
        path,
        raw_path: path,
      });
    }
  });
  it('decodes UTF-8 escapes and keeps lower-case escapes raw', () => {
    expect(parse('/caf%C3%A9')).toEqual({ path: '/café', raw_path: '/café' });
    expect(parse('/a%2ab')).toEqual({ path: '/a*b', raw_path: '/a%2ab' });
  });
  it('checks the operand type', () => {
    expect(() => call('uri.parse', 1)).toThrow(
      'uri.parse: operand 1 must be string but got number',
    );
  });
});
