/**
 * The time builtins (`time.now_ns`, `time.parse_ns`, `time.parse_rfc3339_ns`,
 * `time.parse_duration_ns`, `time.format`, `time.date`, `time.clock`, `time.weekday`,
 * `time.add_date`, `time.diff`) with Go's layouts and OPA's messages. Time zones resolve through
 * `Intl.DateTimeFormat`; nanoseconds stay exact as bigints.
 */
import { normalizeInteger, type Value } from '../value.js';
import { stringOperand } from './operands.js';
import {
  type BuiltinContext,
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinError,
} from './registry.js';
import { weekdayNames } from './time/civil.js';
import { formatTime } from './time/format-time.js';
import { namedLayouts, resolveLayout } from './time/go-layout.js';
import { intOperand } from './time/int-operand.js';
import { parseDuration } from './time/parse-duration.js';
import { parseTime } from './time/parse-time.js';
import { timeDiff } from './time/time-diff.js';
import { timeOperand } from './time/time-operand.js';
import { fromWallClock, toUnixNanos, wallClock, type ZonedTime } from './time/zoned-time.js';

const category = 'time';
const timeArg = 'any';

const nowDeclaration: BuiltinDeclaration = {
  name: 'time.now_ns',
  args: [],
  result: 'number',
  description: 'Returns the current time since epoch in nanoseconds, fixed for one query.',
  category,
  isNondeterministic: true,
};
const parseDeclaration: BuiltinDeclaration = {
  name: 'time.parse_ns',
  args: ['string', 'string'],
  result: 'number',
  description: 'Returns the time in nanoseconds parsed from the string in the given Go layout.',
  category,
};
const parseRfc3339Declaration: BuiltinDeclaration = {
  name: 'time.parse_rfc3339_ns',
  args: ['string'],
  result: 'number',
  description: 'Returns the time in nanoseconds parsed from the string in RFC3339 format.',
  category,
};
const parseDurationDeclaration: BuiltinDeclaration = {
  name: 'time.parse_duration_ns',
  args: ['string'],
  result: 'number',
  description: 'Returns the duration in nanoseconds represented by a string such as "1h30m".',
  category,
};
const formatDeclaration: BuiltinDeclaration = {
  name: 'time.format',
  args: [timeArg],
  result: 'string',
  description:
    'Returns the formatted timestamp for ns, [ns, tz] or [ns, tz, layout] (RFC3339Nano by default).',
  category,
};
const dateDeclaration: BuiltinDeclaration = {
  name: 'time.date',
  args: [timeArg],
  result: 'array',
  description: 'Returns the [year, month, day] for ns or [ns, tz].',
  category,
};
const clockDeclaration: BuiltinDeclaration = {
  name: 'time.clock',
  args: [timeArg],
  result: 'array',
  description: 'Returns the [hour, minute, second] of the day for ns or [ns, tz].',
  category,
};
const weekdayDeclaration: BuiltinDeclaration = {
  name: 'time.weekday',
  args: [timeArg],
  result: 'string',
  description: 'Returns the day of the week (Monday, Tuesday, ...) for ns or [ns, tz].',
  category,
};
const addDateDeclaration: BuiltinDeclaration = {
  name: 'time.add_date',
  args: ['number', 'number', 'number', 'number'],
  result: 'number',
  description: 'Returns the nanoseconds since epoch after adding years, months and days to ns.',
  category,
};
const diffDeclaration: BuiltinDeclaration = {
  name: 'time.diff',
  args: [timeArg, timeArg],
  result: 'array',
  description:
    'Returns the difference between two times as [years, months, days, hours, minutes, seconds].',
  category,
};

/** Nanoseconds of `time`, or OPA's range error. */
function unixNanos(name: string, time: ZonedTime): Value {
  const ns = toUnixNanos(time);
  if (ns === undefined) throw builtinError(name, 'time outside of valid range');
  return normalizeInteger(ns);
}

function now(_args: readonly Value[], context: BuiltinContext): Value {
  return normalizeInteger(context.nowNs);
}

function parseWith(name: string, layout: string, value: string): Value {
  const parsed = parseTime(layout, value);
  if (!parsed.ok) throw builtinError(name, parsed.error);
  return unixNanos(name, parsed.time);
}

function parseNs(args: readonly Value[]): Value {
  const name = parseDeclaration.name;
  const layout = stringOperand(name, args, 0);
  const value = stringOperand(name, args, 1);
  return parseWith(name, resolveLayout(layout), value);
}

function parseRfc3339(args: readonly Value[]): Value {
  const name = parseRfc3339Declaration.name;
  return parseWith(name, namedLayouts.RFC3339 as string, stringOperand(name, args, 0));
}

function parseDurationNs(args: readonly Value[]): Value {
  const name = parseDurationDeclaration.name;
  const parsed = parseDuration(stringOperand(name, args, 0));
  if (!parsed.ok) throw builtinError(name, parsed.error);
  return normalizeInteger(parsed.nanos);
}

function format(args: readonly Value[]): Value {
  const { time, layout } = timeOperand(formatDeclaration.name, args[0] as Value);
  return formatTime(
    time,
    layout === '' ? (namedLayouts.RFC3339Nano as string) : resolveLayout(layout),
  );
}

/** A builtin reading the wall clock of its single time operand. */
function fromClock(
  name: string,
  read: (clock: ReturnType<typeof wallClock>) => Value,
): BuiltinImplementation {
  return (args) => read(wallClock(timeOperand(name, args[0] as Value).time));
}

function addDate(args: readonly Value[]): Value {
  const name = addDateDeclaration.name;
  const { time } = timeOperand(name, args[0] as Value);
  const years = intOperand(name, args, 1);
  const months = intOperand(name, args, 2);
  const days = intOperand(name, args, 3);
  const clock = wallClock(time);
  const moved = fromWallClock(
    { ...clock, year: clock.year + years, month: clock.month + months, day: clock.day + days },
    time.zone,
  );
  return unixNanos(name, moved);
}

function diff(args: readonly Value[]): Value {
  const name = diffDeclaration.name;
  const first = timeOperand(name, args[0] as Value).time;
  const second = timeOperand(name, args[1] as Value).time;
  return timeDiff(first, second);
}

/** Registers the time builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(nowDeclaration, now);
  registry.define(parseDeclaration, parseNs);
  registry.define(parseRfc3339Declaration, parseRfc3339);
  registry.define(parseDurationDeclaration, parseDurationNs);
  registry.define(formatDeclaration, format);
  registry.define(
    dateDeclaration,
    fromClock(dateDeclaration.name, (c) => [c.year, c.month, c.day]),
  );
  registry.define(
    clockDeclaration,
    fromClock(clockDeclaration.name, (c) => [c.hour, c.minute, c.second]),
  );
  registry.define(
    weekdayDeclaration,
    fromClock(weekdayDeclaration.name, (c) => weekdayNames[c.weekday] as string),
  );
  registry.define(addDateDeclaration, addDate);
  registry.define(diffDeclaration, diff);
}
