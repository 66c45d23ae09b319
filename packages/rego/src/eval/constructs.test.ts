import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';

function query(source: string, text: string, input?: unknown) {
  const policy = compile({ modules: [{ path: 'test.rego', source }] });
  return policy.query(text, { input });
}

describe('expressions', () => {
  it('unifies composites binding both sides', () => {
    expect(query('package t', '[x, 1] = [2, y]')).toEqual([{ x: 2, y: 1 }]);
    expect(query('package t', '{"a": x, "b": 2} = {"a": 1, "b": y}')).toEqual([{ x: 1, y: 2 }]);
  });

  it('distinguishes false from undefined under not', () => {
    const source = 'package t\nf := false\np if not f\nq if not input.missing';
    expect(query(source, 'data.t.p = x')).toEqual([{ x: true }]);
    expect(query(source, 'data.t.q = x')).toEqual([{ x: true }]);
  });

  it('iterates arrays, sets and objects in sort order', () => {
    expect(query('package t', 'some k, v in {"b": 1, "a": 2}')).toEqual([
      { k: 'a', v: 2 },
      { k: 'b', v: 1 },
    ]);
    expect(query('package t', 'x := {3, 1, 2}[_]').map((r) => r.x)).toEqual([1, 2, 3]);
  });

  it('reorders expressions so inputs are bound first', () => {
    const source = 'package t\np contains y if {\n  y > 1\n  y = input.xs[_]\n}';
    expect(query(source, 'data.t.p = x', { xs: [1, 2, 3] })).toEqual([{ x: [2, 3] }]);
  });
});

describe('every', () => {
  const source = 'package t\np if every x in input.xs { x > 0 }';

  it('holds when the body holds for every member, and for an empty domain', () => {
    expect(query(source, 'data.t.p = x', { xs: [1, 2] })).toEqual([{ x: true }]);
    expect(query(source, 'data.t.p = x', { xs: [] })).toEqual([{ x: true }]);
  });

  it('fails for a failing member and is undefined for a missing domain', () => {
    expect(query(source, 'data.t.p = x', { xs: [1, -1] })).toEqual([]);
    expect(query(source, 'data.t.p = x', {})).toEqual([]);
  });
});

describe('comprehensions', () => {
  it('builds arrays, sets and objects', () => {
    const source =
      'package t\na := [x * 2 | some x in [1, 2]]\ns := {x | some x in [1, 1]}\no := {k: 1 | some k in ["a"]}';
    expect(query(source, 'x := [data.t.a, data.t.s, data.t.o]')).toEqual([
      { x: [[2, 4], [1], { a: 1 }] },
    ]);
  });

  it('keeps comprehension variables local', () => {
    const source = 'package t\np := x if {\n  y := {x | some x in [1, 2]}\n  x := count(y)\n}';
    expect(query(source, 'data.t.p = v')).toEqual([{ v: 2 }]);
  });
});

describe('template strings and print', () => {
  it('renders values like OPA, undefined as <undefined>', () => {
    const source = 'package t\np := $"{input.s} {input.n} {input.a} {input.missing}"';
    expect(query(source, 'data.t.p = x', { s: 'hi', n: 1, a: ['x'] })).toEqual([
      { x: 'hi 1 ["x"] <undefined>' },
    ]);
  });

  it('prints lines to the hook', () => {
    const lines: string[] = [];
    const policy = compile({
      modules: [{ path: 't.rego', source: 'package t\np if print("v:", input.v, input.none)' }],
    });
    policy.evaluate('data.t.p', { input: { v: { a: 1 } }, print: (l) => lines.push(l) });
    expect(lines).toEqual(['v: {"a": 1} <undefined>']);
  });
});

describe('print with several values', () => {
  it('prints one line per combination of operand values, as OPA', () => {
    const lines: string[] = [];
    const source = 'package t\np if print("x", input.xs[_])';
    const policy = compile({ modules: [{ path: 't.rego', source }] });
    policy.evaluate('data.t.p', { input: { xs: [2, 1] }, print: (l) => lines.push(l) });
    expect(lines).toEqual(['x 1', 'x 2']);
  });
});
