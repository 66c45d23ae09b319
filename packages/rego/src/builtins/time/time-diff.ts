import { daysIn } from './civil.js';
import { inZone, wallClock, type ZonedTime } from './zoned-time.js';

const isAfter = (a: ZonedTime, b: ZonedTime): boolean =>
  a.unixSeconds > b.unixSeconds || (a.unixSeconds === b.unixSeconds && a.nanos > b.nanos);

/**
 * The calendar difference between two instants as `[years, months, days, hours, minutes,
 * seconds]`, read on the first one's wall clock (the algorithm OPA's `time.diff` uses).
 */
export function timeDiff(first: ZonedTime, second: ZonedTime): number[] {
  let a = first;
  let b = inZone(second, first.zone);
  if (isAfter(a, b)) [a, b] = [b, a];
  const x = wallClock(a);
  const y = wallClock(b);
  let years = y.year - x.year;
  let months = y.month - x.month;
  let days = y.day - x.day;
  let hours = y.hour - x.hour;
  let minutes = y.minute - x.minute;
  let seconds = y.second - x.second;
  if (seconds < 0) {
    seconds += 60;
    minutes--;
  }
  if (minutes < 0) {
    minutes += 60;
    hours--;
  }
  if (hours < 0) {
    hours += 24;
    days--;
  }
  if (days < 0) {
    days += daysIn(x.month, x.year);
    months--;
  }
  if (months < 0) {
    months += 12;
    years--;
  }
  return [years, months, days, hours, minutes, seconds];
}
