import { describe, expect, it } from 'vitest';
import { fromJson, RegoObject, RegoSet, type Value } from '../value.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { formatTerm, formatValue, register } from './sprintf.js';

const registry = new BuiltinRegistry();
register(registry);
const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

function sprintf(format: string, args: Value[]): Value | undefined {
  return registry.get('sprintf')?.implementation([format, args], context);
}

describe('sprintf', () => {
  it('formats integers, hex and floats like Go', () => {
    expect(sprintf('hi %02d', [5])).toBe('hi 05');
    expect(sprintf('hi %02X.%02X', [127, 1])).toBe('hi 7F.01');
    expect(sprintf('hi %.2f', [4.5678])).toBe('hi 4.57');
    expect(sprintf('%x %#x %o %b %+d % d', [255, 255, 8, 5, 3, 3])).toBe('ff 0xff 10 101 +3  3');
    expect(sprintf('%5d|%-5d|%05d', [42, 42, -42])).toBe('   42|42   |-0042');
    expect(sprintf('%e %E %g %.3g', [1234.5678, 0.5, 1e-7, 1.0 / 3])).toBe(
      '1.234568e+03 5.000000E-01 1e-07 0.333',
    );
    expect(sprintf('%v %v %v', [3.14, 0.1 + 0.2, 1234567.5])).toBe(
      '3.14 0.30000000000000004 1.2345675e+06',
    );
  });
  it('keeps big integers exact', () => {
    expect(sprintf('%v', [18446744073709551618n])).toBe('18446744073709551618');
    expect(sprintf('%d', [-9223372036854775809n])).toBe('-9223372036854775809');
  });
  it('passes non-numeric, non-string values as their Rego text', () => {
    expect(sprintf('hi %s', [true])).toBe('hi true');
    expect(sprintf('hi %v', [['there', 5, 3.14]])).toBe('hi ["there", 5, 3.14]');
    expect(sprintf('%v', [new RegoSet([2, 1])])).toBe('{1, 2}');
    expect(sprintf('%v', [fromJson({ b: [null], a: 'x' })])).toBe('{"a": "x", "b": [null]}');
    expect(sprintf('%t', [true])).toBe('%!t(string=true)');
  });
  it('renders strings with %s, %q, %x and width/precision', () => {
    expect(sprintf('%s|%q|%x|%6.2s|%-4s|', ['a', 'a"b\n', 'hi', 'hello', 'ab'])).toBe(
      'a|"a\\"b\\n"|6869|    he|ab  |',
    );
  });
  it('reports wrong verbs, missing and extra operands as Go does', () => {
    expect(sprintf('%d', ['x'])).toBe('%!d(string=x)');
    expect(sprintf('%f', [3])).toBe('%!f(int=3)');
    expect(sprintf('%d %d', [1])).toBe('1 %!d(MISSING)');
    expect(sprintf('%d', [1, 'a'])).toBe('1%!(EXTRA string=a)');
    expect(sprintf('100%%', [])).toBe('100%');
  });
  it('rejects a non-array operand', () => {
    expect(() => sprintf('%d', 1 as unknown as Value[])).toThrow(
      'sprintf: operand 2 must be array but got number',
    );
  });
});

describe('formatValue', () => {
  it('prints top-level strings plainly and composites as Rego terms', () => {
    expect(formatValue('foo')).toBe('foo');
    expect(formatValue(null)).toBe('null');
    expect(formatValue(13.37)).toBe('13.37');
    expect(formatValue([42, 13.37, true, 'foo', null])).toBe('[42, 13.37, true, "foo", null]');
    expect(formatValue(new RegoSet())).toBe('set()');
    expect(formatValue(new RegoSet([42]))).toBe('{42}');
    expect(formatValue(new RegoObject())).toBe('{}');
    expect(formatValue(new RegoObject([['a', 'b']]))).toBe('{"a": "b"}');
    expect(formatTerm('tab\there')).toBe('"tab\\there"');
  });
});
