/**
 * Go's `strconv.FormatFloat` for the verbs `fmt` uses: `%e`, `%f`, `%g` and the shortest `%v`.
 * JS gives the digits (shortest round-trip digits come from `toExponential()`); this module
 * lays them out as Go does (two-digit exponents, `%g` without trailing zeros).
 */

interface Digits {
  /** Decimal digits without leading zeros ("0" for zero). */
  readonly digits: string;
  /** Decimal exponent of the first digit (value = 0.d1d2... × 10^(exp+1)). */
  readonly exp: number;
}

function decompose(abs: number, significant?: number): Digits {
  const text = significant === undefined ? abs.toExponential() : abs.toExponential(significant - 1);
  const [mantissa = '0', exponent = '0'] = text.split('e');
  return { digits: mantissa.replace('.', ''), exp: Number(exponent) };
}

function exponent(exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  return `${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function layoutE(d: Digits, fraction: number): string {
  const digits = d.digits.padEnd(fraction + 1, '0').slice(0, fraction + 1);
  const head = digits.slice(0, 1);
  const tail = digits.slice(1);
  return `${head}${tail === '' ? '' : `.${tail}`}e${exponent(d.exp)}`;
}

function layoutF(d: Digits, fraction: number): string {
  const digits = d.digits;
  const pointAt = d.exp + 1;
  let integer: string;
  let decimals: string;
  if (pointAt <= 0) {
    integer = '0';
    decimals = '0'.repeat(-pointAt) + digits;
  } else {
    integer = digits.slice(0, pointAt).padEnd(pointAt, '0');
    decimals = digits.slice(pointAt);
  }
  decimals = decimals.padEnd(fraction, '0').slice(0, fraction);
  return fraction > 0 ? `${integer}.${decimals}` : integer;
}

/** `%e` with `precision` digits after the point (default 6). */
export function formatE(value: number, precision = 6): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return sign + layoutE(decompose(Math.abs(value), precision + 1), precision);
}

/** `%f` with `precision` digits after the point (default 6). */
export function formatF(value: number, precision = 6): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const abs = Math.abs(value);
  if (abs < 1e21) {
    const fixed = abs.toFixed(Math.min(precision, 100));
    return sign + (precision > 100 ? fixed.padEnd(fixed.length + precision - 100, '0') : fixed);
  }
  return sign + layoutF(decompose(abs), precision);
}

/** `%g` with a precision, or the shortest representation when `precision` is undefined (`%v`). */
export function formatG(value: number, precision?: number): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const abs = Math.abs(value);
  if (abs === 0) return `${sign}0`;
  const shortest = precision === undefined;
  const p = shortest ? undefined : Math.max(precision, 1);
  const d = decompose(abs, p);
  const digits = d.digits.replace(/0+$/, '') || '0';
  // Go: %e when the exponent is < -4 or >= the precision (6 for the shortest form).
  let eprec = p ?? digits.length;
  if (eprec > digits.length && digits.length >= d.exp + 1) eprec = digits.length;
  if (shortest) eprec = 6;
  const trimmed = { digits, exp: d.exp };
  if (d.exp < -4 || d.exp >= eprec) return sign + layoutE(trimmed, digits.length - 1);
  return sign + layoutF(trimmed, Math.max(digits.length - d.exp - 1, 0));
}
