import { civilFromDays, daysFromCivil, weekdayOf } from './civil.js';
import type { Zone } from './zone.js';

/** An instant (whole seconds plus nanoseconds since the epoch) seen in a zone, like Go's `time.Time`. */
export interface ZonedTime {
  readonly unixSeconds: number;
  /** 0 ≤ nanos < 1e9. */
  readonly nanos: number;
  readonly zone: Zone;
}

/** The wall-clock reading of a {@link ZonedTime}. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanos: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** 1-based day of the year. */
  readonly yearDay: number;
  readonly offsetSeconds: number;
  readonly abbreviation: string;
}

/** The date-and-time fields Go's `time.Date` takes; any may overflow and is carried. */
export interface WallFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanos: number;
}

const BILLION = 1_000_000_000n;
const MIN_NANOS = -(2n ** 63n);
const MAX_NANOS = 2n ** 63n - 1n;
/** Beyond this many seconds from the epoch, `Intl` cannot resolve zones (and int64 ns overflow). */
const ZONE_LIMIT_SECONDS = 8.64e12;

/** The instant `ns` nanoseconds after the epoch, in `zone`. */
export function fromUnixNanos(ns: bigint, zone: Zone): ZonedTime {
  let seconds = ns / BILLION;
  let nanos = ns - seconds * BILLION;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += BILLION;
  }
  return { unixSeconds: Number(seconds), nanos: Number(nanos), zone };
}

/** Nanoseconds since the epoch, or undefined outside int64 (Go's "time outside of valid range"). */
export function toUnixNanos(time: ZonedTime): bigint | undefined {
  if (!Number.isSafeInteger(time.unixSeconds)) return undefined;
  const ns = BigInt(time.unixSeconds) * BILLION + BigInt(time.nanos);
  return ns < MIN_NANOS || ns > MAX_NANOS ? undefined : ns;
}

function offsetAt(
  zone: Zone,
  unixSeconds: number,
): { offsetSeconds: number; abbreviation: string } {
  if (Math.abs(unixSeconds) > ZONE_LIMIT_SECONDS)
    return { offsetSeconds: 0, abbreviation: zone.name };
  return zone.offsetAt(unixSeconds);
}

/** Reads the wall clock of `time` in its zone. */
export function wallClock(time: ZonedTime): WallClock {
  const { offsetSeconds, abbreviation } = offsetAt(time.zone, time.unixSeconds);
  const local = time.unixSeconds + offsetSeconds;
  const days = Math.floor(local / 86400);
  const secondOfDay = local - days * 86400;
  const date = civilFromDays(days);
  return {
    ...date,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    nanos: time.nanos,
    weekday: weekdayOf(days),
    yearDay: days - daysFromCivil(date.year, 1, 1) + 1,
    offsetSeconds,
    abbreviation,
  };
}

/**
 * Go's `time.Date`: the instant whose wall clock in `zone` reads `fields`, carrying overflowing
 * fields. Near a transition the offset in force at the resulting instant wins.
 */
export function fromWallClock(fields: WallFields, zone: Zone): ZonedTime {
  const extraSeconds = Math.floor(fields.nanos / 1e9);
  const nanos = fields.nanos - extraSeconds * 1e9;
  const days = daysFromCivil(fields.year, fields.month, fields.day);
  const local =
    days * 86400 + fields.hour * 3600 + fields.minute * 60 + fields.second + extraSeconds;
  const guess = offsetAt(zone, local).offsetSeconds;
  let unixSeconds = local - guess;
  const actual = offsetAt(zone, unixSeconds).offsetSeconds;
  if (actual !== guess) unixSeconds = local - actual;
  return { unixSeconds, nanos, zone };
}

/** `time` seen in another zone. */
export function inZone(time: ZonedTime, zone: Zone): ZonedTime {
  return { ...time, zone };
}
