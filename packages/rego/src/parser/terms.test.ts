import { describe, expect, it } from 'vitest';
import { parseTerm } from '../parse.js';
import { printTerm } from './__fixtures__/print-ast.js';

const show = (text: string): string => printTerm(parseTerm(text));

describe('parseTerm', () => {
  it.each([
    ['1 + 2 * 3', 'plus(1, mul(2, 3))'],
    ['(1 + 2) * 3', 'mul(plus(1, 2), 3)'],
    ['1 - 2 - 3', 'minus(minus(1, 2), 3)'],
    ['a / b % c', 'rem(div(a, b), c)'],
    ['a | b & c', 'or(a, and(b, c))'],
    ['a & b + c', 'and(a, plus(b, c))'],
    ['a + b == c | d', 'equal(plus(a, b), or(c, d))'],
    ['a < b == c', 'equal(lt(a, b), c)'],
    ['x != y', 'neq(x, y)'],
    ['a <= b', 'lte(a, b)'],
    ['a >= b', 'gte(a, b)'],
    ['a > b', 'gt(a, b)'],
    ['x in xs', 'internal.member_2(x, xs)'],
    ['x == 1 in xs', 'internal.member_2(equal(x, 1), xs)'],
    ['x in xs in ys', 'internal.member_2(internal.member_2(x, xs), ys)'],
    ['(k, v in xs)', 'internal.member_3(k, v, xs)'],
    ['-1', '-1'],
    ['- 1', 'minus(0, 1)'],
    ['-x', 'minus(0, x)'],
    ['1 - -2', 'minus(1, -2)'],
  ])('parses %s with OPA precedence', (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it.each([
    ['input.tool.name', 'input.tool.name'],
    ['data.a["b c"][x][0]', 'data.a["b c"][x][0]'],
    ['a.b.c(x, 1)', 'a.b.c(x, 1)'],
    ['f(x).y[0]', 'f(x).y[0]'],
    ['[1, 2][_]', '[1, 2][$_0]'],
    ['input.in.every.some', 'input.in.every.some'],
    ['not.foo', 'not.foo'],
    ['contains("abc", "b")', 'contains("abc", "b")'],
    ['set()', 'set()'],
    ['{}', '{}'],
    ['{1, 2,}', '{1, 2}'],
    ['[1, 2,]', '[1, 2]'],
    ['{"a": 1, "b": [true, null],}', '{"a": 1, "b": [true, null]}'],
    ['[x | x := xs[_]]', '[x | assign(x, xs[$_0])]'],
    ['{x | some x in xs; x > 1}', '{x | some x in xs; gt(x, 1)}'],
    ['{k: v | some k, v in o}', '{k: v | some k, v in o}'],
    ['{x | x = 1\n y = 2}', '{x | eq(x, 1); eq(y, 2)}'],
  ])('parses %s', (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it.each([
    ['1.5', 1.5],
    ['1e3', 1000],
    ['2.5E-1', 0.25],
    ['9007199254740991', 9007199254740991],
    ['9007199254740993', 9007199254740993n],
    ['-9007199254740993', -9007199254740993n],
    ['"a\\n\\t\\"\\\\\\/"', 'a\n\t"\\/'],
    ['"\\u00e9\\ud83d\\ude00"', 'é😀'],
    ['`raw \\n`', 'raw \\n'],
  ])('reads the scalar %s', (text, value) => {
    expect(parseTerm(text)).toMatchObject({ type: 'scalar', value });
  });

  it('gives every wildcard a fresh generated name', () => {
    const term = parseTerm('[_, _]');
    expect(term).toMatchObject({
      type: 'array',
      items: [
        { type: 'var', name: '$_0', generated: true },
        { type: 'var', name: '$_1', generated: true },
      ],
    });
  });

  it('parses template strings into text and terms', () => {
    expect(show('$"hello {input.name}!"')).toBe('$"hello {input.name}!"');
    expect(show('$"\\{x} {{1}} {[y | y := 1]}"')).toBe('$"{x} {{1}} {[y | assign(y, 1)]}"');
    expect(show('$`a\n{x}`')).toBe('$"a\n{x}"');
    expect(show('$"{$"{a}"}"')).toBe('$"{$"{a}"}"');
    expect(show('$"{a with input as 1}"')).toBe('$"{[$_0 | assign($_0, a) with input as 1][0]}"');
  });

  it('records locations with file, row, column and offset', () => {
    const term = parseTerm('1 +\n  foo', { file: 'f.rego' });
    expect(term.type === 'call' && term.args[1]?.loc).toEqual({
      file: 'f.rego',
      row: 2,
      col: 3,
      offset: 6,
      text: 'foo',
    });
  });
});
