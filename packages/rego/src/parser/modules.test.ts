import { describe, expect, it } from 'vitest';
import { parseModule, parseQuery } from '../parse.js';
import { printBody, printModule } from './__fixtures__/print-ast.js';

const rules = (source: string, experimentalKeywords = false): string =>
  printModule(parseModule(`package test\n${source}`, 't.rego', { experimentalKeywords }))
    .split('\n')
    .slice(1)
    .join('\n');

describe('parseModule', () => {
  it('reads the package path, including quoted segments', () => {
    expect(parseModule('package a.b["c d"].e', 't.rego').package).toEqual(['a', 'b', 'c d', 'e']);
    expect(parseModule('package foo.in.not', 't.rego').package).toEqual(['foo', 'in', 'not']);
  });

  it('reads imports with aliases', () => {
    const source = [
      'package p',
      'import rego.v1',
      'import future.keywords',
      'import future.keywords.in',
      'import data.x.y as z',
      'import input.tool',
    ].join('\n');
    expect(printModule(parseModule(source, 't.rego'))).toBe(
      [
        'package p',
        'import rego.v1',
        'import future.keywords',
        'import future.keywords.in',
        'import data.x.y as z',
        'import input.tool',
      ].join('\n'),
    );
  });

  it.each([
    ['p := 1', 'p := 1'],
    ['p = 1', 'p = 1'],
    ['p if { true }', 'p if { true }'],
    ['p if input.x == 1', 'p if { equal(input.x, 1) }'],
    ['p := v if { v := 2 }', 'p := v if { assign(v, 2) }'],
    ['p contains x if { some x in xs }', 'p contains x if { some x in xs }'],
    ['p contains "a"', 'p contains "a"'],
    ['p[k] := v if { k := 1; v := 2 }', 'p[k] := v if { assign(k, 1); assign(v, 2) }'],
    ['a.b.c := 1', 'a.b.c := 1'],
    [
      'a.b[x].c contains y if { x := 1; y := 2 }',
      'a.b[x].c contains y if { assign(x, 1); assign(y, 2) }',
    ],
    ['default p := false', 'default p := false'],
    ['default f(_) := 1', 'default f($_0) := 1'],
    ['f(x) := y if y := x + 1', 'f(x) := y if { assign(y, plus(x, 1)) }'],
    ['f(x) if x > 1', 'f(x) if { gt(x, 1) }'],
    ['f([a, b], {"k": c}) := a', 'f([a, b], {"k": c}) := a'],
    ['in.foo := 1', 'in.foo := 1'],
    ['not.foo(x) := x', 'not.foo(x) := x'],
    [
      'p := 1 if { false } else := 2 if { true } else := 3',
      'p := 1 if { false } else := 2 if { true } else := 3',
    ],
    ['p := 1 if false else = 2 { true }', 'p := 1 if { false } else := 2 if { true }'],
    ['p if false else { true }', 'p if { false } else if { true }'],
    ['p if {\n  x := 1\n  x > 0; x < 2\n}', 'p if { assign(x, 1); gt(x, 0); lt(x, 2) }'],
  ])('parses the rule %j', (source, expected) => {
    expect(rules(source)).toBe(expected);
  });

  it.each([
    ['some x, y', 'some x, y'],
    ['some x in xs', 'some x in xs'],
    ['some k, v in xs', 'some k, v in xs'],
    ['every x in xs { x > 1 }', 'every x in xs { gt(x, 1) }'],
    ['every k, v in xs { k < v }', 'every k, v in xs { lt(k, v) }'],
    ['not x', 'not x'],
    ['not every x in xs { x }', 'not every x in xs { x }'],
    ['x with input as 1 with data.a.b as {}', 'x with input as 1 with data.a.b as {}'],
    ['f(1) with f as g', 'f(1) with f as g'],
    ['k, v in xs', 'internal.member_3(k, v, xs)'],
    ['x in xs', 'internal.member_2(x, xs)'],
    ['x = y', 'eq(x, y)'],
    ['x := [1][_]', 'assign(x, [1][$_0])'],
    ['data.test.p = x; y := 2', 'eq(data.test.p, x); assign(y, 2)'],
    ['a\nb', 'a; b'],
  ])('parses the query %j', (query, expected) => {
    expect(printBody(parseQuery(query))).toBe(expected);
  });

  it('parses `not { body }` after `import future.keywords.not`', () => {
    const source = 'import future.keywords.not\np if { not { x := 1; x == 2 } }';
    expect(rules(source).split('\n').at(-1)).toBe(
      'p if { not and({ assign(x, 1); equal(x, 2) }) }',
    );
    expect(() => rules('p if { not { x := 1; x == 2 } }')).toThrow(/rego_parse_error|unexpected/);
  });

  it('parses the experimental `and` / `or` keywords with `not` > `and` > `or`', () => {
    expect(rules('p if { not a or b and c }', true)).toBe(
      'p if { or({ not a }, { and({ b }, { c }) }) }',
    );
    expect(rules('p if { (a or b) and c }', true)).toBe(
      'p if { and({ or({ a }, { b }) }, { c }) }',
    );
    expect(rules('p if { { x := 1; x > 0 } or y }', true)).toBe(
      'p if { or({ assign(x, 1); gt(x, 0) }, { y }) }',
    );
    expect(rules('p if { not { a and b } }', true)).toBe('p if { not and({ and({ a }, { b }) }) }');
    expect(rules('p := 1 if a and b', true)).toBe('p := 1 if { and({ a }, { b }) }');
    // Without the option, `and` is an ordinary name.
    expect(() => rules('p if { a and b }')).toThrow(/unexpected ident token/);
  });

  it('attaches METADATA annotations', () => {
    const source = [
      '# METADATA',
      '# title: The package',
      'package p',
      '',
      '# METADATA',
      '# title: Rule p',
      '# custom:',
      '#   severity: high',
      'p := 1',
    ].join('\n');
    const module = parseModule(source, 't.rego');
    expect(module.annotations.map((a) => [a.scope, a.title])).toEqual([
      ['package', 'The package'],
      ['rule', 'Rule p'],
    ]);
    expect(module.rules[0]?.annotations).toMatchObject({ custom: { severity: 'high' } });
  });
});
