import { isNumber, typeName, type Value } from '../../value.js';
import { operandTypeError } from '../operands.js';
import { builtinError, builtinTypeError } from '../registry.js';
import { loadZone, utc } from './zone.js';
import { fromUnixNanos, type ZonedTime } from './zoned-time.js';

/** A time operand: the instant in its zone, and the layout given as a third array element. */
export interface TimeOperand {
  readonly time: ZonedTime;
  readonly layout: string;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The exact int64 value of a Rego number, or undefined (Go's `big.Float.Int64` not Exact). */
function exactInt64(value: number | bigint): bigint | undefined {
  if (typeof value === 'number' && !Number.isInteger(value)) return undefined;
  const n = BigInt(value);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

/**
 * Reads operand 1 of the time builtins: `ns`, `[ns, tz]` or `[ns, tz, layout]`, where `tz` is an
 * IANA name, `"Local"`, `"UTC"` or `""`. Errors are OPA's (`timestamp too big`, `unknown time zone`).
 */
export function timeOperand(name: string, value: Value): TimeOperand {
  let ns: Value = value;
  let zone = utc;
  let layout = '';
  if (Array.isArray(value)) {
    const items = value as readonly Value[];
    if (items.length === 0) throw wrongShape(name, value);
    ns = items[0] as Value;
    if (!isNumber(ns)) throw operandTypeError(name, 0, ['number'], ns);
    if (items.length > 1) {
      const tz = items[1] as Value;
      if (typeof tz !== 'string') throw operandTypeError(name, 0, ['string'], tz);
      const loaded = loadZone(tz);
      if (loaded === undefined) throw builtinError(name, `unknown time zone ${tz}`);
      zone = loaded;
    }
    if (items.length > 2) {
      const text = items[2] as Value;
      if (typeof text !== 'string') throw operandTypeError(name, 0, ['string'], text);
      layout = text;
    }
  } else if (!isNumber(value)) {
    throw wrongShape(name, value);
  }
  const exact = exactInt64(ns as number | bigint);
  if (exact === undefined) throw builtinError(name, 'timestamp too big');
  return { time: fromUnixNanos(exact, zone), layout };
}

function wrongShape(name: string, value: Value): Error {
  return builtinTypeError(
    name,
    `operand 1 must be either number (ns) or [number (ns), string (tz)] but got ${typeName(value)}`,
  );
}
