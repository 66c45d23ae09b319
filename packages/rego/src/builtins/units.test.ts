import { describe, expect, it } from 'vitest';
import type { Value } from '../value.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { register } from './units.js';

const registry = new BuiltinRegistry();
register(registry);

function createContext(random: () => number = () => 0.5): BuiltinContext {
  return { nowNs: 0n, queryCache: new Map(), print: () => {}, strict: true, random };
}

function call(name: string, args: Value[], context = createContext()): Value | undefined {
  const builtin = registry.get(name);
  if (!builtin) throw new Error(`no builtin ${name}`);
  return builtin.implementation(args, context);
}

const parse = (text: string) => call('units.parse', [text]);
const parseBytes = (text: string) => call('units.parse_bytes', [text]);

describe('units.parse', () => {
  it.each([
    ['"100TI"', 109951162777600],
    ['0', 0],
    ['0.0', 0],
    ['.0', 0],
    ['12345', 12345],
    ['10K', 10000],
    ['10k', 10000],
    ['10Ki', 10240],
    ['200M', 200000000],
    ['300Gi', 322122547200],
    ['1.1K', 1100],
    ['1.1Ki', 1126.4],
    ['100ki', 102400],
    ['100mi', 104857600],
    ['100Ti', 109951162777600],
    ['100p', 100000000000000000n],
    ['100pi', 112589990684262400n],
    ['10e', 10000000000000000000n],
    ['10E', 10000000000000000000n],
    ['10Ei', 11529215046068469760n],
    ['1e10', 10000000000],
    ['3.2E4', 32000],
    ['2.5e3K', 2500000],
    ['5e1Gi', 53687091200],
    ['1e-2', 0.01],
    ['7.8E-1', 0.78],
    ['-3.5E2m', -0.35],
    ['500m', 0.5],
    ['0.0005K', 0.5],
    ['0.0000005M', 0.5],
    ['5E', 5000000000000000000n],
  ] as const)('parses %s as %s', (text, want) => {
    expect(parse(text)).toBe(want);
  });

  it('tells milli from mega and keeps integers integral', () => {
    expect(parse('100m')).toBe(0.1);
    expect(parse('1G')).toBe(1000000000);
    expect(Number.isInteger(parse('1G'))).toBe(true);
  });

  it.each([
    ['', 'units.parse: units.parse: no amount provided'],
    ['G', 'units.parse: no amount provided'],
    ['foo', 'units.parse: no amount provided'],
    ['0.0.0', 'units.parse: could not parse amount to a number'],
    ['.5.2', 'units.parse: could not parse amount to a number'],
    ['100 k', 'units.parse: spaces not allowed in resource strings'],
    [' 327Mi ', 'units.parse: spaces not allowed in resource strings'],
    ['10e10000000Ei', 'units.parse: exponent too large'],
    ['10Kb', 'units.parse: unit Kb not recognized'],
  ])('rejects %j', (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});

describe('units.parse_bytes', () => {
  it.each([
    ['"100TIB"', 109951162777600],
    ['0', 0],
    ['.0', 0],
    ['12345', 12345],
    ['10KB', 10000],
    ['10KIB', 10240],
    ['10kb', 10000],
    ['10Kib', 10240],
    ['200mb', 200000000],
    ['300GiB', 322122547200],
    ['1.1KB', 1100],
    ['1.1KiB', 1126],
    ['.5KB', 500],
    ['100m', 100000000],
    ['100mi', 104857600],
    ['100pib', 112589990684262400n],
    ['10eib', 11529215046068469760n],
    ['1e3KB', 1000000],
    ['3.2E2MiB', 335544320],
    ['1e-2KB', 10],
    ['6.4E1GB', 64000000000],
    ['128Gi', 137438953472],
  ] as const)('parses %s as %s', (text, want) => {
    expect(parseBytes(text)).toBe(want);
  });

  it('orders units as OPA does', () => {
    expect(parseBytes('3MiB') as number).toBeGreaterThan(parseBytes('3MB') as number);
    expect(parseBytes('1024')).toBe(parseBytes('1KiB'));
    expect(parseBytes('4.1Mi') as number).toBeGreaterThan(parseBytes('4Mi') as number);
  });

  it.each([
    ['', 'units.parse_bytes: units.parse_bytes: no byte amount provided'],
    ['GB', 'units.parse_bytes: no byte amount provided'],
    ['0.0.0', 'units.parse_bytes: could not parse byte amount to a number'],
    ['100 kb', 'units.parse_bytes: spaces not allowed in resource strings'],
    ['10e10000000EiB', 'units.parse_bytes: exponent too large'],
    ['10xb', 'units.parse_bytes: byte unit xb not recognized'],
  ])('rejects %j', (text, message) => {
    expect(() => parseBytes(text)).toThrow(message);
  });
});
