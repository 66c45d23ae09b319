/** A parsed semantic version, as OPA's internal semver package reads one. */
export interface SemVer {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly preRelease: string;
  readonly metadata: string;
}

const identifiers = /^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function cut(text: string, separator: string): readonly [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

/** Go's `strconv.ParseInt(s, 10, 64)`: an optional sign, decimal digits, within int64. */
function parseInt64(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

/**
 * Parses `text` as OPA's semver does (an optional `v`, `major.minor.patch`, then an optional
 * `-pre.release` and `+metadata`); undefined when it is not a valid version.
 */
export function parseSemVer(text: string): SemVer | undefined {
  const [rest, metadata] = cut(text.startsWith('v') ? text.slice(1) : text, '+');
  if (metadata !== '' && !identifiers.test(metadata)) return undefined;
  const [core, preRelease] = cut(rest, '-');
  if (preRelease !== '' && !identifiers.test(preRelease)) return undefined;
  const parts = core.split('.');
  if (parts.length !== 3) return undefined;
  const [major, minor, patch] = parts.map(parseInt64);
  if (major === undefined || minor === undefined || patch === undefined) return undefined;
  return { major, minor, patch, preRelease, metadata };
}

function isAllDecimals(text: string): boolean {
  return /^[0-9]+$/.test(text);
}

function compareIdentifiers(a: string, b: string): number {
  const aIsNumber = isAllDecimals(a);
  const bIsNumber = isAllDecimals(b);
  // Numeric identifiers have lower precedence than alphanumeric ones.
  if (aIsNumber !== bIsNumber) return aIsNumber ? -1 : 1;
  if (aIsNumber) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePreReleases(a: string, b: string): number {
  if (a === b) return 0;
  // A version without a pre-release outranks one with it.
  if (a === '') return 1;
  if (b === '') return -1;
  const left = a.split('.');
  const right = b.split('.');
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const order = compareIdentifiers(left[i] as string, right[i] as string);
    if (order !== 0) return order;
  }
  return Math.sign(left.length - right.length);
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two versions by SemVer precedence (metadata is ignored): -1, 0 or 1. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  return (
    compareBig(a.major, b.major) ||
    compareBig(a.minor, b.minor) ||
    compareBig(a.patch, b.patch) ||
    comparePreReleases(a.preRelease, b.preRelease)
  );
}
