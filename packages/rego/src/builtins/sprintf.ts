/**
 * `sprintf` and the Rego value printer. `sprintf` hands its operands to a port of Go's
 * `fmt.Sprintf` exactly as OPA converts them: integers as Go integers, other numbers as
 * float64, strings as strings and every other value as its Rego text ({@link formatTerm}).
 */
import { isInteger, type RegoObject, RegoSet, type Value } from '../value.js';
import { stringOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';
import { type GoArg, goSprintf } from './sprintf/go-format.js';
import { goQuote } from './sprintf/go-quote.js';
import { oneOfError } from './strings/text-operands.js';

/** The declaration of `sprintf`. */
export const sprintfDeclaration: BuiltinDeclaration = {
  name: 'sprintf',
  args: ['string', 'array'],
  result: 'string',
  description: "Returns the given string, formatted. Uses Go's `fmt.Sprintf` verbs.",
  category: 'strings',
};

function formatNumber(value: number | bigint): string {
  if (typeof value === 'bigint' || Number.isInteger(value)) {
    return typeof value === 'number' && Math.abs(value) >= 1e21
      ? BigInt(value).toString()
      : String(value);
  }
  return String(value);
}

/**
 * A value as Rego source text, the way OPA prints terms: strings quoted, arrays `[1, "a"]`,
 * sets `{1, 2}` (empty: `set()`), objects `{"k": v}`, members in Rego's sort order.
 */
export function formatTerm(value: Value): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
    case 'bigint':
      return formatNumber(value);
    case 'string':
      return goQuote(value);
    default:
      if (Array.isArray(value)) return `[${value.map(formatTerm).join(', ')}]`;
      if (value instanceof RegoSet) {
        return value.size === 0 ? 'set()' : `{${value.values().map(formatTerm).join(', ')}}`;
      }
      return `{${(value as RegoObject)
        .entries()
        .map(([k, v]) => `${formatTerm(k)}: ${formatTerm(v)}`)
        .join(', ')}}`;
  }
}

/**
 * A value as `print` and template strings show it: a string as its plain text, anything else
 * as {@link formatTerm} (so strings inside composites are quoted).
 */
export function formatValue(value: Value): string {
  return typeof value === 'string' ? value : formatTerm(value);
}

function toGoArg(value: Value): GoArg {
  if (typeof value === 'bigint') return { kind: 'int', value, isBig: true };
  if (typeof value === 'number') {
    // OPA keeps integers that fit int64 as Go ints; other numbers become float64.
    return isInteger(value) && Number.isSafeInteger(value)
      ? { kind: 'int', value: BigInt(value), isBig: false }
      : { kind: 'float', value };
  }
  if (typeof value === 'string') return { kind: 'string', value };
  return { kind: 'string', value: formatTerm(value) };
}

function sprintf(args: readonly Value[]): Value {
  const format = stringOperand('sprintf', args, 0);
  const operands = args[1] as Value;
  if (!Array.isArray(operands)) throw oneOfError('sprintf', 1, ['array'], operands);
  return goSprintf(format, operands.map(toGoArg));
}

/** Registers `sprintf` into `registry`. */
export function register(registry: BuiltinRegistry): void {
  registry.define(sprintfDeclaration, sprintf);
}
