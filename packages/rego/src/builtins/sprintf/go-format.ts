import { formatE, formatF, formatG } from './format-float.js';
import { goQuote } from './go-quote.js';

/**
 * A port of Go's `fmt.Sprintf` for the operand kinds OPA's `sprintf` passes: integers (Go `int`
 * or `*big.Int`), `float64`s and strings (every other Rego value arrives as its Rego text).
 * Wrong verbs, missing and extra operands render as Go does: `%!d(string=x)`,
 * `%!d(MISSING)`, `%!(EXTRA int=1)`.
 */

/** An operand of {@link goSprintf}, as OPA converts Rego values for Go's fmt. */
export type GoArg =
  | { readonly kind: 'int'; readonly value: bigint; readonly isBig: boolean }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string };

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | undefined;
  precision: number | undefined;
}

function typeLabel(arg: GoArg): string {
  if (arg.kind === 'int') return arg.isBig ? '*big.Int' : 'int';
  return arg.kind === 'float' ? 'float64' : 'string';
}

function plainText(arg: GoArg): string {
  if (arg.kind === 'float') return formatG(arg.value);
  return String(arg.value);
}

function badVerb(verb: string, arg: GoArg): string {
  // *big.Int formats its own bad verbs, without the pointer star.
  const label = arg.kind === 'int' && arg.isBig ? 'big.Int' : typeLabel(arg);
  return `%!${verb}(${label}=${plainText(arg)})`;
}

function pad(text: string, spec: Spec, isNumeric: boolean): string {
  const width = spec.width ?? 0;
  if (text.length >= width) return text;
  if (spec.minus) return text.padEnd(width, ' ');
  if (spec.zero) {
    const sign = isNumeric && /^[+\- ]/.test(text) ? text.slice(0, 1) : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width, ' ');
}

function signed(negative: boolean, body: string, spec: Spec): string {
  if (negative) return `-${body}`;
  if (spec.plus) return `+${body}`;
  return spec.space ? ` ${body}` : body;
}

const radix: Readonly<Record<string, number>> = { b: 2, o: 8, O: 8, d: 10, v: 10, x: 16, X: 16 };

function formatInt(verb: string, value: bigint, spec: Spec): string | undefined {
  if (verb === 'c') return String.fromCodePoint(Number(value));
  if (verb === 'q') return goQuote(String.fromCodePoint(Number(value)), "'");
  if (verb === 'U') return `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;
  const base = radix[verb];
  if (base === undefined) return undefined;
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString(base);
  if (verb === 'X') digits = digits.toUpperCase();
  if (spec.precision !== undefined) {
    digits = spec.precision === 0 && value === 0n ? '' : digits.padStart(spec.precision, '0');
  }
  let prefix = '';
  if (spec.sharp && verb === 'x') prefix = '0x';
  if (spec.sharp && verb === 'X') prefix = '0X';
  if (spec.sharp && verb === 'o' && !digits.startsWith('0')) prefix = '0';
  if (spec.sharp && verb === 'b') prefix = '0b';
  if (verb === 'O') prefix = '0o';
  return signed(negative, prefix + digits, spec);
}

function formatFloat(verb: string, value: number, spec: Spec): string | undefined {
  if (!Number.isFinite(value)) {
    const text = Number.isNaN(value) ? 'NaN' : value > 0 ? (spec.plus ? '+Inf' : 'Inf') : '-Inf';
    return text;
  }
  let body: string;
  switch (verb) {
    case 'e':
    case 'E':
      body = formatE(Math.abs(value), spec.precision ?? 6);
      break;
    case 'f':
    case 'F':
      body = formatF(Math.abs(value), spec.precision ?? 6);
      break;
    case 'g':
    case 'G':
    case 'v':
      body = formatG(Math.abs(value), spec.precision);
      break;
    default:
      return undefined;
  }
  if (verb === 'E' || verb === 'G') body = body.toUpperCase();
  return signed(value < 0 || Object.is(value, -0), body, spec);
}

function formatString(verb: string, value: string, spec: Spec): string | undefined {
  const text =
    spec.precision === undefined ? value : Array.from(value).slice(0, spec.precision).join('');
  switch (verb) {
    case 's':
    case 'v':
      return text;
    case 'q':
      return goQuote(text);
    case 'x':
    case 'X': {
      const bytes = [...new TextEncoder().encode(text)];
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(spec.space ? ' ' : '');
      return verb === 'X' ? hex.toUpperCase() : hex;
    }
    default:
      return undefined;
  }
}

function formatArg(verb: string, arg: GoArg, spec: Spec): string {
  if (verb === 'T') return pad(typeLabel(arg), spec, false);
  // Go ignores the 0 flag for integers with a precision.
  if (arg.kind === 'int' && spec.precision !== undefined) spec.zero = false;
  let text: string | undefined;
  if (arg.kind === 'int') text = formatInt(verb, arg.value, spec);
  else if (arg.kind === 'float') text = formatFloat(verb, arg.value, spec);
  else text = formatString(verb, arg.value, spec);
  if (text === undefined) return badVerb(verb, arg);
  return pad(text, spec, arg.kind !== 'string');
}

/** Go's `fmt.Sprintf(format, args...)` for {@link GoArg} operands. */
export function goSprintf(format: string, args: readonly GoArg[]): string {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent === -1) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    i = percent + 1;
    const spec: Spec = {
      minus: false,
      plus: false,
      sharp: false,
      space: false,
      zero: false,
      width: undefined,
      precision: undefined,
    };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      i++;
      const precision = /^\d+/.exec(format.slice(i));
      spec.precision = precision ? Number(precision[0]) : 0;
      if (precision) i += precision[0].length;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) as number);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    const arg = args[next++];
    out += arg === undefined ? `%!${verb}(MISSING)` : formatArg(verb, arg, spec);
  }
  if (next < args.length) {
    const extra = args.slice(next).map((arg) => `${typeLabel(arg)}=${plainText(arg)}`);
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}
