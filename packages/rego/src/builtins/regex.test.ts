import { describe, expect, it } from 'vitest';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './regex.js';

const { call, errorOf: failure } = builtinHarness([register]);

describe('regex.match and regex.is_valid', () => {
  it('matches unanchored, RE2 syntax', () => {
    expect(call('regex.match', '^$', '')).toBe(true);
    expect(call('regex.match', '', 'x')).toBe(true);
    expect(call('re_match', '^[a-z]+$', 'abc1')).toBe(false);
    expect(call('regex.is_valid', '.+')).toBe(true);
    expect(call('regex.is_valid', '++')).toBe(false);
    expect(call('regex.is_valid', 1)).toBe(false);
  });
  it('raises a builtin error for an invalid pattern', () => {
    expect(failure('regex.match', '$^[[[', 'something')).toEqual({
      code: 'eval_builtin_error',
      message: 'regex.match: error parsing regexp: missing closing ]: `[[[`',
    });
  });
});

describe('regex.find_n and regex.find_all_string_submatch_n', () => {
  it('finds up to n matches', () => {
    expect(call('regex.find_n', 'a.', 'paranormal', -1)).toEqual(['ar', 'an', 'al']);
    expect(call('regex.find_n', 'a.', 'paranormal', 2)).toEqual(['ar', 'an']);
    expect(call('regex.find_n', 'a.', 'paranormal', 0)).toEqual([]);
    expect(call('regex.find_n', '^a.', 'abacadaeaf', -1)).toEqual(['ab']);
    expect(call('regex.find_n', '.$', 'abacadaeaf', -1)).toEqual(['f']);
    expect(call('regex.find_n', '[abcdef]{2}', 'abacadaeaf', -1)).toEqual([
      'ab',
      'ac',
      'ad',
      'ae',
      'af',
    ]);
    expect(call('regex.find_n', 'a*', 'baaac', -1)).toEqual(['', 'aaa', '']);
  });
  it('returns submatches, unset groups as empty strings', () => {
    expect(call('regex.find_all_string_submatch_n', 'a(x*)b', '-', -1)).toEqual([]);
    expect(call('regex.find_all_string_submatch_n', 'a(x*)b', '-ab-axb-', -1)).toEqual([
      ['ab', ''],
      ['axb', 'x'],
    ]);
    expect(
      call('regex.find_all_string_submatch_n', '[^aouiye]([aouiye])([^aouiye])?', 'somestri', 1),
    ).toEqual([['som', 'o', 'm']]);
    expect(call('regex.find_all_string_submatch_n', 'a(b)?', 'a', -1)).toEqual([['a', '']]);
  });
});

describe('regex.replace and regex.split', () => {
  it('replaces every match with Go template expansion', () => {
    expect(call('regex.replace', 'foo', '^[a-z]', 'F')).toBe('Foo');
    expect(call('regex.replace', 'foo', '^[a-z]$', 'F')).toBe('foo');
    expect(call('regex.replace', 'foo', '[a-z]$', 'F')).toBe('foF');
    expect(call('regex.replace', 'foo barx', '[a-z]{2}', '_')).toBe('_o __');
    expect(call('regex.replace', 'ab-cd', '(\\w)(\\w)', '$2$' + '{1}')).toBe('ba-dc');
    expect(failure('regex.replace', 'foo', '[', '$1').code).toBe('eval_builtin_error');
  });
  it('splits like Go', () => {
    expect(call('regex.split', '^[a-z]+\\[[0-9]+\\]$', '')).toEqual(['']);
    expect(call('regex.split', '^[a-z]+', 'foobar baz')).toEqual(['', ' baz']);
    expect(call('regex.split', '[a-z]+$', 'foobar baz')).toEqual(['foobar ', '']);
    expect(call('regex.split', '^[a-z]+$', 'foobar baz')).toEqual(['foobar baz']);
    expect(call('regex.split', '^[a-z ]+$', 'foobar baz')).toEqual(['', '']);
    expect(call('regex.split', 'a', 'banana')).toEqual(['b', 'n', 'n', '']);
    expect(call('regex.split', 'z+', 'pizza')).toEqual(['pi', 'a']);
  });
});

describe('regex.template_match', () => {
  it('matches literal text with delimited regexes', () => {
    expect(call('regex.template_match', 'urn:foo:<.*>', 'urn:foo:bar:baz', '<', '>')).toBe(true);
    expect(call('regex.template_match', 'urn:foo:{.*}', 'urn:bar:baz', '{', '}')).toBe(false);
    expect(call('regex.template_match', 'a.{[0-9]+}', 'axb1', '{', '}')).toBe(false);
    expect(failure('regex.template_match', 'x', 'x', '<<', '>').message).toBe(
      'regex.template_match: start delimiter has to be exactly one character long but is 2 long',
    );
  });
});

describe('regex.globs_match', () => {
  it('decides whether two patterns intersect', () => {
    expect(call('regex.globs_match', 'a.a.[0-9]+z', '.b.b2359825792*594823z')).toBe(true);
    expect(call('regex.globs_match', '[a-z]+', '[0-9]*')).toBe(false);
    expect(call('regex.globs_match', 'b.*', 'bar')).toBe(true);
    expect(call('regex.globs_match', '[a-z]+\\[[0-9]+\\]', 'foo\\[1\\]')).toBe(true);
    expect(call('regex.globs_match', '[a-z]+\\[[0-9]+\\]', 'foo["bar"]')).toBe(false);
    expect(call('regex.globs_match', '[^a]', 'a')).toBe(false);
  });
  it('reports invalid patterns', () => {
    expect(failure('regex.globs_match', 'pqrs]', '[a-b]+')).toEqual({
      code: 'eval_builtin_error',
      message:
        "regex.globs_match: input:pqrs], pos:5, set-close ']' with no preceding '[': the input provided is invalid",
    });
  });
});
