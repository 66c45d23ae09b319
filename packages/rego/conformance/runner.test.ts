import { describe, expect, it } from 'vitest';
import { canonical, compareRows } from './compare-results.ts';
import { readInputTerm } from './input-term.ts';
import { parseCaseFile } from './load-cases.ts';
import { findRegressions } from './passing-list.ts';
import { formatReport, type ReportedCase } from './report.ts';
import { runCase } from './run-case.ts';
import { parseTiers } from './tiers.ts';

const plain = { isSortBindings: false, isIgnoreGeneratedVars: false };

describe('compareRows', () => {
  it('compares numbers by value and big integers exactly', () => {
    expect(compareRows([{ x: 1n }], [{ x: 1 }], plain).isEqual).toBe(true);
    expect(compareRows([{ x: 1.0 }], [{ x: 1 }], plain).isEqual).toBe(true);
    expect(compareRows([{ x: 1e20 }], [{ x: 100000000000000000000n }], plain).isEqual).toBe(true);
    expect(compareRows([{ x: 9007199254740993n }], [{ x: 9007199254740992n }], plain).isEqual).toBe(
      false,
    );
  });

  it('compares rows as a set, ignoring key order', () => {
    const want = [
      { x: 1, y: { a: 1, b: 2 } },
      { x: 2, y: {} },
    ];
    const got = [
      { y: {}, x: 2 },
      { y: { b: 2, a: 1 }, x: 1 },
    ];
    expect(compareRows(want, got, plain).isEqual).toBe(true);
    expect(compareRows(want, got.slice(1), plain)).toMatchObject({
      isEqual: false,
      actual: '[{"x":1,"y":{"a":1,"b":2}}]',
    });
  });

  it('treats [] as undefined and distinguishes it from a row', () => {
    expect(compareRows([], [], plain).isEqual).toBe(true);
    expect(compareRows([], [{}], plain).isEqual).toBe(false);
  });

  it('sorts array bindings with sort_bindings and drops generated vars on request', () => {
    const options = { isSortBindings: true, isIgnoreGeneratedVars: true };
    expect(
      compareRows([{ x: [1, 2, 3] }], [{ x: [3, 1, 2], __localq0__: 1 }], options).isEqual,
    ).toBe(true);
    expect(compareRows([{ x: [1, 2, 3] }], [{ x: [3, 1, 2] }], plain).isEqual).toBe(false);
  });

  it('prints canonical text with sorted keys', () => {
    expect(canonical({ b: [1.5, null], a: 'x' })).toBe('{"a":"x","b":[1.5,null]}');
  });
});

describe('parseCaseFile', () => {
  it('reads OPA case fields with exact integers', () => {
    const text = [
      'cases:',
      '  - note: big',
      '    query: data.test.p = x',
      '    modules: ["package test\\np := 1"]',
      '    input: {n: 12345678901234567890, t: 2020-01-01}',
      '    strict_error: true',
      '    want_result: [{x: 1}]',
      '  - note: err',
      '    query: "x := 1"',
      '    want_error_code: eval_type_error',
      '    want_error: boom',
    ].join('\n');
    const [first, second] = parseCaseFile(text, 'v1/a/b.yaml');
    expect(first).toMatchObject({
      id: 'v1/a/b.yaml#0 big',
      input: { n: 12345678901234567890n, t: '2020-01-01' },
      isStrictError: true,
      wantResult: [{ x: 1n }],
    });
    expect(second).toMatchObject({
      id: 'v1/a/b.yaml#1 err',
      wantErrorCode: 'eval_type_error',
      wantError: 'boom',
    });
  });
});

describe('readInputTerm', () => {
  it('reads literal terms, keeping sets and non-string keys', () => {
    expect(readInputTerm('{"x": {"a", 1}, "y": [1, 2,], }')?.value).toEqual({
      x: new Set(['a', 1]),
      y: [1, 2],
    });
    expect(readInputTerm('{1: "a"}')?.value).toEqual(new Map([[1, 'a']]));
    expect(readInputTerm('set()')?.value).toEqual(new Set());
    expect(readInputTerm('{"x": data.y}')).toBeUndefined();
  });
});

describe('tiers and the passing list', () => {
  it('looks tiers up by file and note', () => {
    const lookup = parseTiers('file\ttier\tnote\nv1/a.yaml\ta\tsome note\n');
    expect(lookup('v1/a.yaml', 'some note')).toBe('a');
    expect(lookup('v1/a.yaml', 'other')).toBe('?');
  });

  it('reports only listed cases that ran and failed', () => {
    const outcomes = new Map([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
    expect(findRegressions(new Set(['a', 'b', 'missing']), outcomes)).toEqual(['b']);
  });

  it('ends the report with the summary line', () => {
    const base = { durationMs: 1, suite: 'opa', file: 'v1/x/y.yaml', tier: 'a' };
    const cases: ReportedCase[] = [
      { ...base, id: '1', isPass: true },
      { ...base, id: '2', isPass: false, reason: 'no' },
    ];
    const text = formatReport(cases);
    expect(text.split('\n').at(-1)).toBe('conformance: 1/2 cases pass');
    expect(text).toContain('opa v1/x');
  });
});

describe('runCase', () => {
  const testCase = parseCaseFile(
    'cases:\n  - note: n\n    query: data.test.p = x\n    modules: ["package test"]\n    want_result: [{x: 1}]\n',
    'f.yaml',
  )[0];

  it('passes when the rows match and reports a compile error as a failure', () => {
    if (!testCase) throw new Error('no case');
    const ok = runCase(testCase, {
      compile: () => ({ query: () => [{ x: 1 }] }),
      timeoutMs: 100,
    });
    expect(ok.isPass).toBe(true);
    const broken = runCase(testCase, {
      compile: () => {
        throw Object.assign(new Error('bad'), { code: 'rego_parse_error' });
      },
      timeoutMs: 100,
    });
    expect(broken).toMatchObject({ isPass: false, reason: 'compile error: rego_parse_error: bad' });
    const crashed = runCase(testCase, {
      compile: () => ({
        query: () => {
          throw new TypeError('x is undefined');
        },
      }),
      timeoutMs: 100,
      isEngineError: (error) => error instanceof Error && 'code' in error,
    });
    expect(crashed.reason).toBe(
      'error: internal error (not a RegoError): TypeError: x is undefined',
    );
  });
});
