/** The result of parsing a duration: nanoseconds, or Go's `time: …` message. */
export type ParseDurationResult =
  | { readonly ok: true; readonly nanos: bigint }
  | { readonly ok: false; readonly error: string };

const unitNanos: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['µs', 1_000n], // U+00B5 micro sign
  ['μs', 1_000n], // U+03BC Greek mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const INT64_MAX = 2n ** 63n - 1n;

/**
 * Go's `time.ParseDuration`: a signed sequence of decimal numbers with units, such as `300ms`,
 * `-1.5h` or `2h45m` (units `ns`, `us`/`µs`, `ms`, `s`, `m`, `h`).
 */
export function parseDuration(text: string): ParseDurationResult {
  const invalid: ParseDurationResult = {
    ok: false,
    error: `time: invalid duration ${JSON.stringify(text)}`,
  };
  let rest = text;
  let isNegative = false;
  if (rest[0] === '-' || rest[0] === '+') {
    isNegative = rest[0] === '-';
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, nanos: 0n };
  if (rest === '') return invalid;
  let total = 0n;
  while (rest !== '') {
    const match = /^(\d*)(?:\.(\d*))?/.exec(rest);
    const whole = match?.[1] ?? '';
    const fraction = match?.[2] ?? '';
    if (whole === '' && fraction === '') return invalid;
    rest = rest.slice(match?.[0].length ?? 0);
    const unitMatch = /^[^0-9.]*/.exec(rest);
    const unit = unitMatch?.[0] ?? '';
    if (unit === '') {
      return { ok: false, error: `time: missing unit in duration ${JSON.stringify(text)}` };
    }
    const scale = unitNanos.get(unit);
    if (scale === undefined) {
      return {
        ok: false,
        error: `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}`,
      };
    }
    rest = rest.slice(unit.length);
    // Fractions are truncated to whole nanoseconds, as Go does.
    const fractionNanos =
      fraction === '' ? 0n : (BigInt(fraction) * scale) / 10n ** BigInt(fraction.length);
    total += BigInt(whole || '0') * scale + fractionNanos;
    if (total > INT64_MAX + (isNegative ? 1n : 0n)) return invalid;
  }
  return { ok: true, nanos: isNegative ? -total : total };
}
