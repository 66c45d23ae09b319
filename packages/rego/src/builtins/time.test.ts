import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInteger, type Value } from '../value.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { register } from './time.js';

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

const e9 = 1_000_000_000n;
const rfc3339 = '2006-01-02T15:04:05Z07:00';

describe('time.now_ns', () => {
  it('returns the query time', () => {
    const context = { ...createContext(), nowNs: 1700000000123456789n };
    expect(call('time.now_ns', [], context)).toBe(1700000000123456789n);
    expect(call('time.now_ns', [], { ...context, nowNs: 5n })).toBe(5);
  });
});

describe('time.parse_ns and time.parse_rfc3339_ns', () => {
  it.each([
    [rfc3339, '2017-06-02T19:00:00-07:00', 1496455200000000000n],
    [rfc3339, '1677-09-21T00:12:43.145224192-00:00', -9223372036854775808n],
    [rfc3339, '2262-04-11T23:47:16.854775807-00:00', 9223372036854775807n],
    ["01/02 03:04:05PM '06 -0700", "06/02 07:00:00PM '17 -0700", 1496455200000000000n],
    ['02 Jan 06 15:04 -0700', '02 Jun 17 19:00 -0700', 1496455200000000000n],
    ['RFC822Z', '02 Jun 17 19:00 -0700', 1496455200000000000n],
    ['ANSIC', 'Thu Feb  4 21:00:57 2010', 1265317257000000000n],
    ['2006-01-02', '1970-01-01', 0],
  ])('parses with layout %j', (layout, value, want) => {
    expect(call('time.parse_ns', [layout, value])).toBe(want);
  });

  it('parses RFC 3339 timestamps', () => {
    expect(call('time.parse_rfc3339_ns', ['1970-01-01T00:00:00-00:00'])).toBe(0);
    expect(call('time.parse_rfc3339_ns', ['2017-06-02T19:00:00-07:00'])).toBe(1496455200000000000n);
  });

  it('refuses times outside the int64 nanosecond range', () => {
    expect(() => call('time.parse_ns', [rfc3339, '1677-09-21T00:12:43.145224191-00:00'])).toThrow(
      'time.parse_ns: time outside of valid range',
    );
    expect(() => call('time.parse_rfc3339_ns', ['2262-04-11T23:47:16.854775808-00:00'])).toThrow(
      'time outside of valid range',
    );
  });

  it.each([
    ['2021-02-30', 'parsing time "2021-02-30": day out of range'],
    ['2021-13-01', 'parsing time "2021-13-01": month out of range'],
    ['2021-01-01x', 'parsing time "2021-01-01x": extra text: "x"'],
    ['21-01-01', 'parsing time "21-01-01" as "2006-01-02": cannot parse "21-01-01" as "2006"'],
  ])('reports Go parse errors for %j', (value, message) => {
    expect(() => call('time.parse_ns', ['2006-01-02', value])).toThrow(message);
  });
});

describe('time.parse_duration_ns', () => {
  it.each([
    ['100ms', 100000000],
    ['1h30m', 5400000000000],
    ['-1.5s', -1500000000],
    ['1µs', 1000],
    ['0', 0],
  ])('parses %j', (text, want) => {
    expect(call('time.parse_duration_ns', [text])).toBe(want);
  });

  it('reports Go errors', () => {
    expect(() => call('time.parse_duration_ns', ['1'])).toThrow(
      'time: missing unit in duration "1"',
    );
    expect(() => call('time.parse_duration_ns', ['1x'])).toThrow(
      'time: unknown unit "x" in duration "1x"',
    );
    expect(() => call('time.parse_duration_ns', ['x'])).toThrow('time: invalid duration "x"');
  });
});

describe('time.date, time.clock and time.weekday', () => {
  it('reads the date in UTC or a zone', () => {
    expect(call('time.date', [1517814000n * e9])).toEqual([2018, 2, 5]);
    expect(call('time.date', [[1517832000n * e9, '']])).toEqual([2018, 2, 5]);
    expect(call('time.date', [1582977600n * e9])).toEqual([2020, 2, 29]);
  });

  it('reads the clock in UTC or a zone', () => {
    expect(call('time.clock', [1517832000n * e9])).toEqual([12, 0, 0]);
    expect(call('time.clock', [[1517832000n * e9, 'America/New_York']])).toEqual([7, 0, 0]);
    expect(call('time.clock', [[1517832000n * e9, 'Local']])).toHaveLength(3);
  });

  it.each([
    [1517832000000000000n, 'Monday'],
    [1517918400000000000n, 'Tuesday'],
    [1518264000000000000n, 'Saturday'],
    [1518350400000000000n, 'Sunday'],
  ])('names the weekday of %s', (ns, want) => {
    expect(call('time.weekday', [ns])).toBe(want);
  });

  it('refuses timestamps beyond int64 and malformed operands', () => {
    expect(() => call('time.date', [1582977600n * e9 * 1000n])).toThrow(
      'time.date: timestamp too big',
    );
    expect(() => call('time.weekday', [1.5])).toThrow('timestamp too big');
    expect(() => call('time.clock', [[0, 'Foo/Bar']])).toThrow('unknown time zone Foo/Bar');
    expect(() => call('time.date', ['x'])).toThrow(
      'time.date: operand 1 must be either number (ns) or [number (ns), string (tz)] but got string',
    );
  });
});

describe('time.add_date', () => {
  it('adds years, months and days', () => {
    expect(call('time.add_date', [1585852421593912000n, 3, 9, 12])).toBe(1705257221593912000n);
  });

  it('refuses results outside the valid range', () => {
    expect(() => call('time.add_date', [0, 2262, 1, 1])).toThrow('time outside of valid range');
    expect(() => call('time.add_date', [0, 1.5, 1, 1])).toThrow(
      'operand 2 must be integer number but got floating-point number',
    );
  });
});

describe('time.diff', () => {
  const day = (text: string) => call('time.parse_ns', ['2006-01-02', text]) as Value;
  const now = 1700000000000000000n;

  it('measures calendar differences', () => {
    expect(call('time.diff', [now + 61n * e9, now])).toEqual([0, 0, 0, 0, 1, 1]);
    expect(call('time.diff', [day('2020-02-02'), day('2020-03-01')])).toEqual([0, 0, 28, 0, 0, 0]);
    expect(call('time.diff', [day('2021-02-02'), day('2021-03-01')])).toEqual([0, 0, 27, 0, 0, 0]);
    expect(call('time.diff', [day('2004-02-29'), day('2005-03-01')])).toEqual([1, 0, 1, 0, 0, 0]);
  });

  it('compares instants across zones', () => {
    const a = [now + 60n * e9, 'UTC'];
    expect(call('time.diff', [a, [now, 'Asia/Shanghai']])).toEqual([0, 0, 0, 0, 1, 0]);
  });
});

describe('time.format', () => {
  const ns = 1670006453141828752n;

  it('formats RFC 3339 with nanoseconds by default', () => {
    expect(call('time.format', [ns])).toBe('2022-12-02T18:40:53.141828752Z');
    expect(call('time.format', [[ns, 'Asia/Kolkata']])).toBe('2022-12-03T00:10:53.141828752+05:30');
  });

  it('formats Go layouts and named layouts', () => {
    expect(call('time.format', [[ns, 'Asia/Kolkata', 'Mon Jan 02 15:04:05 -0700 2006']])).toBe(
      'Sat Dec 03 00:10:53 +0530 2022',
    );
    expect(call('time.format', [[ns, 'Asia/Kolkata', 'RFC1123Z']])).toBe(
      'Sat, 03 Dec 2022 00:10:53 +0530',
    );
    expect(call('time.format', [[ns, 'America/New_York', 'RFC1123']])).toBe(
      'Fri, 02 Dec 2022 13:40:53 EST',
    );
    expect(call('time.format', [[ns, 'UTC', 'Monday, January 2 2006 3:04:05.000 pm __2 _2']])).toBe(
      'Friday, December 2 2022 6:40:53.141 pm 336  2',
    );
  });

  it('refuses timestamps that are too big', () => {
    expect(() => call('time.format', [1582977600 * 10e12])).toThrow('timestamp too big');
  });
});

describe('time properties', () => {
  // Instants JS Date can represent, in whole milliseconds, within the int64 nanosecond range.
  const millis = fc.integer({ min: -9_223_372_036_854, max: 9_223_372_036_854 });

  it('reads dates, clocks and weekdays as JS Date does in UTC', () => {
    fc.assert(
      fc.property(millis, (ms) => {
        const date = new Date(ms);
        const ns = normalizeInteger(BigInt(ms) * 1_000_000n);
        expect(call('time.date', [ns])).toEqual([
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
        ]);
        expect(call('time.clock', [ns])).toEqual([
          date.getUTCHours(),
          date.getUTCMinutes(),
          date.getUTCSeconds(),
        ]);
        const weekday = date.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
        expect(call('time.weekday', [ns])).toBe(weekday);
      }),
    );
  });

  it('parses what it formats (RFC 3339 with nanoseconds)', () => {
    const nanos = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    fc.assert(
      fc.property(nanos, (ns) => {
        const text = call('time.format', [normalizeInteger(ns)]) as string;
        expect(BigInt(call('time.parse_rfc3339_ns', [text]) as number | bigint)).toBe(ns);
      }),
    );
  });
});
