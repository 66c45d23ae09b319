/**
 * The units builtins: `units.parse` (SI and binary SI suffixes, `m` for milli) and
 * `units.parse_bytes` (byte sizes such as `10KB` or `1.5GiB`, case-insensitive), with OPA's error
 * wording. Amounts are computed exactly with fractions, as OPA does with `big.Rat`.
 */
import { normalizeInteger, type Value } from '../value.js';
import { stringOperand } from './operands.js';
import { type BuiltinDeclaration, type BuiltinRegistry, builtinError } from './registry.js';
import {
  isWhole,
  multiply,
  parseRational,
  type Rational,
  toFixed,
  truncate,
} from './units/rational.js';
import { type Amount, splitAmount } from './units/split-amount.js';

const parseDeclaration: BuiltinDeclaration = {
  name: 'units.parse',
  args: ['string'],
  result: 'number',
  description: 'Converts strings like "10G", "5K", "4M", "1500m", and the like into a number.',
  category: 'units',
};

const parseBytesDeclaration: BuiltinDeclaration = {
  name: 'units.parse_bytes',
  args: ['string'],
  result: 'number',
  description:
    'Converts strings like "10GB", "5K", "4mb", or "1e6KB" into an integer number of bytes.',
  category: 'units',
};

const whole = (n: bigint): Rational => ({ numerator: n, denominator: 1n });
const si = (power: number): Rational => whole(1000n ** BigInt(power));
const binary = (power: number): Rational => whole(1024n ** BigInt(power));

/** `units.parse` suffixes after its case folding (first letter kept, the rest lower-cased). */
const unitFactors: ReadonlyMap<string, Rational> = new Map([
  ['', whole(1n)],
  ['m', { numerator: 1n, denominator: 1000n }],
  ['k', si(1)],
  ['K', si(1)],
  ['M', si(2)],
  ['g', si(3)],
  ['G', si(3)],
  ['t', si(4)],
  ['T', si(4)],
  ['p', si(5)],
  ['P', si(5)],
  ['e', si(6)],
  ['E', si(6)],
  ...['k', 'm', 'g', 't', 'p', 'e'].flatMap((letter, i) => [
    [`${letter}i`, binary(i + 1)] as const,
    [`${letter.toUpperCase()}i`, binary(i + 1)] as const,
  ]),
]);

/** `units.parse_bytes` suffixes, matched after lower-casing. */
const byteFactors: ReadonlyMap<string, Rational> = new Map([
  ['', whole(1n)],
  ...['k', 'm', 'g', 't', 'p', 'e'].flatMap((letter, i) => [
    [letter, si(i + 1)] as const,
    [`${letter}b`, si(i + 1)] as const,
    [`${letter}i`, binary(i + 1)] as const,
    [`${letter}ib`, binary(i + 1)] as const,
  ]),
]);

/** Strips quotes, refuses spaces and splits off the unit; `what` words the messages. */
function readAmount(name: string, text: string, what: string): Amount {
  // OPA's messages repeat the builtin name once more than other builtins' do.
  if (text.includes(' '))
    throw builtinError(name, `${name}: spaces not allowed in resource strings`);
  const parts = splitAmount(text);
  if (parts === undefined) throw builtinError(name, `${name}: exponent too large`);
  if (parts.amount === '') throw builtinError(name, `${name}: no ${what} provided`);
  return parts;
}

function parseUnits(args: readonly Value[]): Value {
  const name = parseDeclaration.name;
  const text = stringOperand(name, args, 0).replaceAll('"', '');
  const { amount, unit } = readAmount(name, text, 'amount');
  // Only letters after the first are folded, so that `m` (milli) and `M` (mega) stay apart.
  const folded = unit.length > 1 ? unit[0] + unit.slice(1).toLowerCase() : unit;
  const factor = unitFactors.get(folded);
  if (factor === undefined) throw builtinError(name, `${name}: unit ${folded} not recognized`);
  const number = parseRational(amount);
  if (number === undefined) throw builtinError(name, `${name}: could not parse amount to a number`);
  const result = multiply(number, factor);
  if (isWhole(result)) return normalizeInteger(truncate(result));
  return Number(toFixed(result, 10));
}

function parseBytes(args: readonly Value[]): Value {
  const name = parseBytesDeclaration.name;
  const text = stringOperand(name, args, 0).toLowerCase().replaceAll('"', '');
  const { amount, unit } = readAmount(name, text, 'byte amount');
  const factor = byteFactors.get(unit);
  if (factor === undefined) throw builtinError(name, `${name}: byte unit ${unit} not recognized`);
  const number = parseRational(amount);
  if (number === undefined) {
    throw builtinError(name, `${name}: could not parse byte amount to a number`);
  }
  return normalizeInteger(truncate(multiply(number, factor)));
}

/** Registers the units builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(parseDeclaration, parseUnits);
  registry.define(parseBytesDeclaration, parseBytes);
}
