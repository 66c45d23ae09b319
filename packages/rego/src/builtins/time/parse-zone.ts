import { BadElement, type Cursor, number2, OutOfRange } from './parse-cursor.js';

/** A time zone abbreviation such as `MST`, `ChST` or `GMT+3` (Go's `parseTimeZone`); its length. */
export function zoneAbbreviationLength(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) {
    const match = /^GMT([+-]\d{1,2})?/.exec(value);
    return match?.[0].length ?? 3;
  }
  if (value[0] === '+' || value[0] === '-') {
    return /^[+-]\d\d(\d\d)?/.exec(value)?.[0].length ?? 0;
  }
  let n = 0;
  while (n < value.length && (value[n] as string) >= 'A' && (value[n] as string) <= 'Z') n++;
  if (n === 3 || n === 5) return n;
  if (n === 4 && (value[3] === 'T' || value.startsWith('WITA'))) return 4;
  return 0;
}

/** Parses a numeric zone offset for the layout token `code` (`-07:00`, `Z0700`, …). */
export function parseOffset(cursor: Cursor, code: string): number {
  const { value } = cursor;
  const shape = code.slice(1);
  let sign: string;
  let hh: string;
  let mm = '00';
  let ss = '00';
  let length: number;
  if (shape === '07:00') {
    if (value.length < 6 || value[3] !== ':') throw new BadElement();
    [sign, hh, mm, length] = [value[0] as string, value.slice(1, 3), value.slice(4, 6), 6];
  } else if (shape === '07') {
    if (value.length < 3) throw new BadElement();
    [sign, hh, length] = [value[0] as string, value.slice(1, 3), 3];
  } else if (shape === '07:00:00') {
    if (value.length < 9 || value[3] !== ':' || value[6] !== ':') throw new BadElement();
    [sign, hh, mm, ss, length] = [
      value[0] as string,
      value.slice(1, 3),
      value.slice(4, 6),
      value.slice(7, 9),
      9,
    ];
  } else if (shape === '070000') {
    if (value.length < 7) throw new BadElement();
    [sign, hh, mm, ss, length] = [
      value[0] as string,
      value.slice(1, 3),
      value.slice(3, 5),
      value.slice(5, 7),
      7,
    ];
  } else {
    if (value.length < 5) throw new BadElement();
    [sign, hh, mm, length] = [value[0] as string, value.slice(1, 3), value.slice(3, 5), 5];
  }
  const [h, m, s] = [hh, mm, ss].map((part) => number2({ value: part }, true)) as [
    number,
    number,
    number,
  ];
  if (h > 24 || m > 60 || s > 60) throw new OutOfRange('time zone offset');
  if (sign !== '+' && sign !== '-') throw new BadElement();
  cursor.value = value.slice(length);
  const offset = (h * 60 + m) * 60 + s;
  return sign === '-' ? -offset : offset;
}
