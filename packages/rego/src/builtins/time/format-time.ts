import { monthNames, weekdayNames } from './civil.js';
import { type LayoutToken, nextChunk } from './go-layout.js';
import { type WallClock, wallClock, type ZonedTime } from './zoned-time.js';

const pad = (value: number, width: number): string => {
  const text = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${text}` : text;
};

function formatZone(code: string, offsetSeconds: number): string {
  const isIso = code.startsWith('Z');
  if (isIso && offsetSeconds === 0) return 'Z';
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const hours = pad(Math.floor(abs / 3600), 2);
  const minutes = pad(Math.floor((abs % 3600) / 60), 2);
  const seconds = pad(abs % 60, 2);
  const shape = code.slice(1);
  switch (shape) {
    case '07':
      return `${sign}${hours}`;
    case '0700':
      return `${sign}${hours}${minutes}`;
    case '07:00':
      return `${sign}${hours}:${minutes}`;
    case '070000':
      return `${sign}${hours}${minutes}${seconds}`;
    default:
      return `${sign}${hours}:${minutes}:${seconds}`;
  }
}

function formatFraction(token: LayoutToken, nanos: number): string {
  const isTrimmed = token.code === 'frac9';
  if (isTrimmed && (token.digits === 0 || nanos === 0)) return '';
  let digits = pad(nanos, 9).slice(0, Math.min(token.digits, 9));
  if (isTrimmed) digits = digits.replace(/0+$/, '');
  return digits === '' ? '' : `${token.separator}${digits}`;
}

function formatToken(token: LayoutToken, clock: WallClock): string {
  const hour12 = clock.hour % 12 === 0 ? 12 : clock.hour % 12;
  switch (token.code) {
    case '2006':
      return pad(clock.year, 4);
    case '06':
      return pad(Math.abs(clock.year) % 100, 2);
    case 'January':
      return monthNames[clock.month - 1] as string;
    case 'Jan':
      return (monthNames[clock.month - 1] as string).slice(0, 3);
    case '1':
      return String(clock.month);
    case '01':
      return pad(clock.month, 2);
    case 'Monday':
      return weekdayNames[clock.weekday] as string;
    case 'Mon':
      return (weekdayNames[clock.weekday] as string).slice(0, 3);
    case '2':
      return String(clock.day);
    case '_2':
      return String(clock.day).padStart(2, ' ');
    case '02':
      return pad(clock.day, 2);
    case '__2':
      return String(clock.yearDay).padStart(3, ' ');
    case '002':
      return pad(clock.yearDay, 3);
    case '15':
      return pad(clock.hour, 2);
    case '3':
      return String(hour12);
    case '03':
      return pad(hour12, 2);
    case '4':
      return String(clock.minute);
    case '04':
      return pad(clock.minute, 2);
    case '5':
      return String(clock.second);
    case '05':
      return pad(clock.second, 2);
    case 'PM':
      return clock.hour >= 12 ? 'PM' : 'AM';
    case 'pm':
      return clock.hour >= 12 ? 'pm' : 'am';
    case 'MST':
      return clock.abbreviation !== ''
        ? clock.abbreviation
        : formatZone('-0700', clock.offsetSeconds);
    case 'frac0':
    case 'frac9':
      return formatFraction(token, clock.nanos);
    default:
      return formatZone(token.code, clock.offsetSeconds);
  }
}

/** Go's `Time.Format`: renders `time` in its zone with a reference-time layout. */
export function formatTime(time: ZonedTime, layout: string): string {
  const clock = wallClock(time);
  let out = '';
  let rest = layout;
  while (rest !== '') {
    const chunk = nextChunk(rest);
    out += chunk.prefix;
    if (chunk.token === undefined) break;
    out += formatToken(chunk.token, clock);
    rest = chunk.rest;
  }
  return out;
}
