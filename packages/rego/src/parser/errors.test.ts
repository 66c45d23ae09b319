import { describe, expect, it } from 'vitest';
import { RegoError, RegoErrors } from '../errors.js';
import { parseModule, parseQuery } from '../parse.js';

function failure(run: () => unknown): RegoError {
  try {
    run();
  } catch (error) {
    if (RegoError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

const moduleError = (body: string): RegoError =>
  failure(() => parseModule(`package test\n\n${body}`, 'test-0.rego'));

describe('parse errors', () => {
  it('requires `if` before a rule body, as OPA v1', () => {
    const error = moduleError('p {\n  true\n}');
    expect(error.code).toBe('rego_parse_error');
    expect(error.message).toBe('`if` keyword is required before rule body');
    expect(error.toString()).toBe(
      'test-0.rego:3: rego_parse_error: `if` keyword is required before rule body',
    );
    expect(moduleError('p = 1 { true }').message).toBe('`if` keyword is required before rule body');
    expect(moduleError('f(x) { true }').message).toBe(
      '`if` keyword is required before function body',
    );
  });

  it('requires `contains` for partial set rules, as OPA v1', () => {
    const error = moduleError('p[x] {\n  x := 1\n}');
    expect(error).toBeInstanceOf(RegoErrors);
    expect((error as RegoErrors).errors.map(String)).toEqual([
      'test-0.rego:3: rego_parse_error: `if` keyword is required before rule body',
      'test-0.rego:3: rego_parse_error: `contains` keyword is required for partial set rules',
    ]);
  });

  it('points at the offending token with a caret snippet', () => {
    const error = moduleError('p := 1 +');
    expect(error.message).toBe('unexpected eof token: expected term');
    const query = failure(() => parseQuery('x := [1, 2', { file: 'q' }));
    expect(query.message).toBe('unexpected eof token: expected , or ]');
    const bad = failure(() => parseQuery('x := (1 ]'));
    expect(bad.location).toMatchObject({ file: 'query', row: 1, col: 9, offset: 8 });
    expect(bad.details).toBe('x := (1 ]\n        ^');
  });

  it.each([
    ['x := "unterminated', 'non-terminated string'],
    ['x := "\\q"', 'illegal escape sequence'],
    ['x := 1 ~ 2', 'illegal token "~"'],
    ['x := 1 2', 'unexpected number token'],
    ['x := if', 'unexpected if keyword: expected term'],
    ['some 1', 'expected var in some declaration'],
    ['every x in xs', 'unexpected eof token: expected {'],
    ['x := $"{}"', 'empty template expression'],
    ['', 'found empty body'],
  ])('rejects %j', (query, message) => {
    const error = failure(() => parseQuery(query));
    expect(error.code).toBe('rego_parse_error');
    expect(error.message).toContain(message);
  });

  it('rejects an empty rule body', () => {
    expect(moduleError('p if {}').message).toBe('found empty body');
  });

  it('rejects modules without a package', () => {
    expect(failure(() => parseModule('p := 1', 'm.rego')).message).toBe(
      'unexpected ident token: expected package keyword',
    );
  });

  it('reports bad METADATA YAML as a parse error', () => {
    const error = failure(() =>
      parseModule('package p\n# METADATA\n# title: [unclosed\np := 1', 'm.rego'),
    );
    expect(error.code).toBe('rego_parse_error');
    expect(error.location?.row).toBe(2);
  });

  it('turns hostile nesting into a parse error, not a stack overflow', () => {
    for (const text of ['['.repeat(5000), '{'.repeat(5000), '('.repeat(5000), '-'.repeat(5000)]) {
      expect(failure(() => parseQuery(`x := ${text}`)).code).toBe('rego_parse_error');
    }
    expect(
      failure(() => parseQuery('not '.repeat(5000), { experimentalKeywords: true })).code,
    ).toBe('rego_parse_error');
  });
});
