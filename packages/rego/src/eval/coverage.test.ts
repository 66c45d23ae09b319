import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import type { CoverageCollector } from './coverage.js';

/** The sorted rows of `test.rego` that evaluating `entrypoint` covers. */
function coveredRows(
  lines: readonly string[],
  entrypoint: string,
  options: { input?: unknown; policy?: ReturnType<typeof compile> } = {},
): number[] {
  const policy =
    options.policy ?? compile({ modules: [{ path: 'test.rego', source: lines.join('\n') }] });
  const rows = new Set<number>();
  const coverage: CoverageCollector = {
    hit(file, row) {
      if (file === 'test.rego') rows.add(row);
    },
  };
  policy.evaluate(entrypoint, { input: options.input, coverage });
  return [...rows].sort((a, b) => a - b);
}

describe('line coverage', () => {
  it('covers the head and every body row of a rule that holds', () => {
    const lines = ['package t', 'allow if {', '  x := input.n', '  x > 1', '}'];
    expect(coveredRows(lines, 'data.t.allow', { input: { n: 2 } })).toEqual([2, 3, 4]);
  });

  it('leaves the failing row, later rows and the head uncovered', () => {
    const lines = ['package t', 'allow if {', '  x := input.n', '  x > 1', '  x < 9', '}'];
    expect(coveredRows(lines, 'data.t.allow', { input: { n: 0 } })).toEqual([3]);
  });

  it('covers a default rule only when it gives the value', () => {
    const lines = ['package t', 'default allow := false', 'allow if input.admin'];
    expect(coveredRows(lines, 'data.t.allow', { input: {} })).toEqual([2]);
    expect(coveredRows(lines, 'data.t.allow', { input: { admin: true } })).toEqual([3]);
  });

  it('covers the else branch that produced the value, and the conditions tried before it', () => {
    const lines = [
      'package t',
      'size := "big" if {',
      '  input.n > 10',
      '} else := "mid" if {',
      '  input.n > 5',
      '} else := "small"',
    ];
    expect(coveredRows(lines, 'data.t.size', { input: { n: 7 } })).toEqual([4, 5]);
    expect(coveredRows(lines, 'data.t.size', { input: { n: 1 } })).toEqual([6]);
    expect(coveredRows(lines, 'data.t.size', { input: { n: 20 } })).toEqual([2, 3]);
  });

  it('covers the function rules that match and hold', () => {
    const lines = [
      'package t',
      'double(x) := y if {',
      '  y := x * 2',
      '}',
      'kind(x) := "neg" if x < 0',
      'kind(x) := "pos" if x > 0',
      'p := [double(input.n), kind(input.n)]',
    ];
    expect(coveredRows(lines, 'data.t.p', { input: { n: 3 } })).toEqual([2, 3, 6, 7]);
  });

  it('covers comprehension bodies and the rows their conditions hold on', () => {
    const lines = [
      'package t',
      'big := [x |',
      '  some x in input.xs',
      '  x > 10',
      ']',
      'none := {x | some x in input.xs; x > 100}',
    ];
    expect(coveredRows(lines, 'data.t.big', { input: { xs: [1, 20] } })).toEqual([2, 3, 4]);
    // The comprehension is defined (empty) although its condition never holds.
    expect(coveredRows(lines, 'data.t.none', { input: { xs: [1] } })).toEqual([6]);
  });

  it('covers partial set and object rules per rule that contributes', () => {
    const lines = [
      'package t',
      'deny contains "a" if input.a',
      'deny contains "b" if input.b',
      'obj[k] := 1 if some k in input.keys',
    ];
    expect(coveredRows(lines, 'data.t.deny', { input: { b: true } })).toEqual([3]);
    expect(coveredRows(lines, 'data.t.obj', { input: { keys: ['x'] } })).toEqual([4]);
  });

  it('reports every rule that holds despite early exit and rule indexing', () => {
    const lines = [
      'package t',
      'allow if input.tool == "read"',
      'allow if input.user == "admin"',
      'allow if input.tool == "write"',
    ];
    const input = { tool: 'read', user: 'admin' };
    expect(coveredRows(lines, 'data.t.allow', { input })).toEqual([2, 3]);
  });

  it('marks the lines of a pure rule whose value an earlier evaluation kept', () => {
    const lines = ['package t', 'limit := n if {', '  n := 3', '}', 'p := limit'];
    const policy = compile({ modules: [{ path: 'test.rego', source: lines.join('\n') }] });
    expect(policy.evaluate('data.t.p')).toBe(3);
    expect(coveredRows(lines, 'data.t.p', { policy })).toEqual([2, 3, 5]);
  });

  it('covers negations that hold and the expression a `with` modifies', () => {
    const lines = [
      'package t',
      'ok if not input.blocked',
      'mocked if ok with input as {"blocked": false}',
    ];
    expect(coveredRows(lines, 'data.t.mocked', { input: { blocked: true } })).toEqual([2, 3]);
  });
});
