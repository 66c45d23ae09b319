import { daysIn, monthNames, weekdayNames } from './civil.js';
import { type LayoutToken, nextChunk } from './go-layout.js';
import {
  BadElement,
  type Cursor,
  isDigit,
  isSeparator,
  lookupName,
  nanoseconds,
  number2,
  number3,
  OutOfRange,
} from './parse-cursor.js';
import { parseOffset, zoneAbbreviationLength } from './parse-zone.js';
import { utc, type Zone } from './zone.js';
import { fromWallClock, type ZonedTime } from './zoned-time.js';

/** The result of parsing: the time, or Go's `parsing time …` message. */
export type ParseTimeResult =
  | { readonly ok: true; readonly time: ZonedTime }
  | { readonly ok: false; readonly error: string };

const quote = (text: string): string => JSON.stringify(text);

interface Fields {
  year: number;
  month: number;
  day: number;
  yearDay: number;
  hour: number;
  minute: number;
  second: number;
  nanos: number;
  isPm: boolean;
  isAm: boolean;
  isUtc: boolean;
  zoneOffset: number | undefined;
  zoneName: string;
}

function parseElement(token: LayoutToken, cursor: Cursor, fields: Fields, rest: string): void {
  const range = (n: number, low: number, high: number, what: string): number => {
    if (n < low || n > high) throw new OutOfRange(what);
    return n;
  };
  switch (token.code) {
    case '2006': {
      const text = cursor.value.slice(0, 4);
      if (!/^\d{4}$/.test(text)) throw new BadElement();
      fields.year = Number(text);
      cursor.value = cursor.value.slice(4);
      return;
    }
    case '06': {
      const text = cursor.value.slice(0, 2);
      if (!/^\d\d$/.test(text)) throw new BadElement();
      const year = Number(text);
      fields.year = year >= 69 ? 1900 + year : 2000 + year;
      cursor.value = cursor.value.slice(2);
      return;
    }
    case 'January':
      fields.month = lookupName(cursor, monthNames) + 1;
      return;
    case 'Jan':
      fields.month =
        lookupName(
          cursor,
          monthNames.map((m) => m.slice(0, 3)),
        ) + 1;
      return;
    case '1':
    case '01':
      fields.month = range(number2(cursor, token.code === '01'), 1, 12, 'month');
      return;
    case 'Monday':
      lookupName(cursor, weekdayNames);
      return;
    case 'Mon':
      lookupName(
        cursor,
        weekdayNames.map((d) => d.slice(0, 3)),
      );
      return;
    case '_2':
      if (cursor.value[0] === ' ') cursor.value = cursor.value.slice(1);
      fields.day = number2(cursor, false);
      return;
    case '2':
    case '02':
      fields.day = number2(cursor, token.code === '02');
      return;
    case '__2':
      if (cursor.value.startsWith('  ')) cursor.value = cursor.value.slice(2);
      else if (cursor.value[0] === ' ') cursor.value = cursor.value.slice(1);
      fields.yearDay = range(number3(cursor, false), 1, 366, 'day-of-year');
      return;
    case '002':
      fields.yearDay = range(number3(cursor, true), 1, 366, 'day-of-year');
      return;
    case '15':
      fields.hour = range(number2(cursor, false), 0, 23, 'hour');
      return;
    case '3':
    case '03':
      fields.hour = range(number2(cursor, token.code === '03'), 0, 12, 'hour');
      return;
    case '4':
    case '04':
      fields.minute = range(number2(cursor, token.code === '04'), 0, 59, 'minute');
      return;
    case '5':
    case '05':
      fields.second = range(number2(cursor, token.code === '05'), 0, 59, 'second');
      parseUnannouncedFraction(cursor, fields, rest);
      return;
    case 'PM':
    case 'pm': {
      const text = cursor.value.slice(0, 2);
      const [pm, am] = token.code === 'PM' ? ['PM', 'AM'] : ['pm', 'am'];
      if (text === pm) fields.isPm = true;
      else if (text === am) fields.isAm = true;
      else throw new BadElement();
      cursor.value = cursor.value.slice(2);
      return;
    }
    case 'MST': {
      if (cursor.value.startsWith('UTC')) {
        fields.isUtc = true;
        cursor.value = cursor.value.slice(3);
        return;
      }
      const length = zoneAbbreviationLength(cursor.value);
      if (length === 0) throw new BadElement();
      fields.zoneName = cursor.value.slice(0, length);
      cursor.value = cursor.value.slice(length);
      return;
    }
    case 'frac0': {
      const width = 1 + token.digits;
      if (cursor.value.length < width) throw new BadElement();
      fields.nanos = nanoseconds(cursor.value, width);
      cursor.value = cursor.value.slice(width);
      return;
    }
    case 'frac9': {
      const { value } = cursor;
      if (value.length < 2 || !isSeparator(value[0]) || !isDigit(value, 1)) return;
      let i = 1;
      while (isDigit(value, i)) i++;
      fields.nanos = nanoseconds(value, i);
      cursor.value = value.slice(i);
      return;
    }
    default:
      if (token.code.startsWith('Z') && cursor.value[0] === 'Z') {
        fields.isUtc = true;
        cursor.value = cursor.value.slice(1);
        return;
      }
      fields.zoneOffset = parseOffset(cursor, token.code);
  }
}

/** Go accepts fractional seconds after `05` even when the layout has no fraction element. */
function parseUnannouncedFraction(cursor: Cursor, fields: Fields, rest: string): void {
  const { value } = cursor;
  if (value.length < 2 || !isSeparator(value[0]) || !isDigit(value, 1)) return;
  const next = nextChunk(rest).token?.code;
  if (next === 'frac0' || next === 'frac9') return;
  let n = 2;
  while (isDigit(value, n)) n++;
  fields.nanos = nanoseconds(value, n);
  cursor.value = value.slice(n);
}

function resolveDate(fields: Fields): void {
  if (fields.yearDay >= 0) {
    let month = 1;
    let day = fields.yearDay;
    while (month < 12 && day > daysIn(month, fields.year)) {
      day -= daysIn(month, fields.year);
      month++;
    }
    fields.month = month;
    fields.day = day;
  }
  if (fields.month < 0) fields.month = 1;
  if (fields.day < 0) fields.day = 1;
}

function zoneFor(fields: Fields): { zone: Zone; offset: number } {
  if (fields.isUtc) return { zone: utc, offset: 0 };
  if (fields.zoneOffset !== undefined) {
    const offset = fields.zoneOffset;
    const name = offset === 0 ? 'UTC' : '';
    return {
      zone: { name, offsetAt: () => ({ offsetSeconds: offset, abbreviation: name }) },
      offset,
    };
  }
  if (fields.zoneName !== '') {
    // An abbreviation with no known offset: Go fabricates a zone at that name, offset 0 (GMT±h aside).
    const gmt = /^GMT([+-]\d+)$/.exec(fields.zoneName);
    const offset = gmt ? Number(gmt[1]) * 3600 : 0;
    const name = fields.zoneName;
    return {
      zone: { name, offsetAt: () => ({ offsetSeconds: offset, abbreviation: name }) },
      offset,
    };
  }
  return { zone: utc, offset: 0 };
}

/**
 * Go's `time.Parse`: reads `value` with a reference-time `layout`. Without zone information the
 * time is UTC; an unknown zone abbreviation counts as offset 0, as Go does outside its local zone.
 */
export function parseTime(layout: string, value: string): ParseTimeResult {
  const fields: Fields = {
    year: 0,
    month: -1,
    day: -1,
    yearDay: -1,
    hour: 0,
    minute: 0,
    second: 0,
    nanos: 0,
    isPm: false,
    isAm: false,
    isUtc: false,
    zoneOffset: undefined,
    zoneName: '',
  };
  const cursor: Cursor = { value };
  const prefix = `parsing time ${quote(value)}`;
  let rest = layout;
  for (;;) {
    const chunk = nextChunk(rest);
    if (!cursor.value.startsWith(chunk.prefix)) {
      return {
        ok: false,
        error: `${prefix} as ${quote(layout)}: cannot parse ${quote(cursor.value)} as ${quote(chunk.prefix)}`,
      };
    }
    cursor.value = cursor.value.slice(chunk.prefix.length);
    if (chunk.token === undefined) break;
    rest = chunk.rest;
    const before = cursor.value;
    try {
      parseElement(chunk.token, cursor, fields, rest);
    } catch (error) {
      if (error instanceof OutOfRange)
        return { ok: false, error: `${prefix}: ${error.message} out of range` };
      if (error instanceof BadElement) {
        return {
          ok: false,
          error: `${prefix} as ${quote(layout)}: cannot parse ${quote(before)} as ${quote(chunk.token.text)}`,
        };
      }
      throw error;
    }
  }
  if (cursor.value !== '')
    return { ok: false, error: `${prefix}: extra text: ${quote(cursor.value)}` };
  if (fields.isPm && fields.hour < 12) fields.hour += 12;
  else if (fields.isAm && fields.hour === 12) fields.hour = 0;
  resolveDate(fields);
  if (fields.day < 1 || fields.day > daysIn(fields.month, fields.year)) {
    return { ok: false, error: `${prefix}: day out of range` };
  }
  const { zone, offset } = zoneFor(fields);
  const wall = fromWallClock({ ...fields, nanos: fields.nanos }, utc);
  return { ok: true, time: { ...wall, unixSeconds: wall.unixSeconds - offset, zone } };
}
