import { decodePercent } from './decode-percent.js';
import { hasControlCharacter } from './has-control-character.js';
import { hasLookalikeSeparator } from './has-lookalike-separator.js';
import type { CanonicalResult } from './resource.js';

/** Options for {@link canonicalizeFilePath}. */
export interface FilePathOptions {
  /** Absolute directory that relative paths resolve against; without it they are refused. */
  readonly cwd?: string;
}

const MAX_LENGTH = 4096;

// Plain ASCII paths without escapes, backslashes or `~` read the same in every tool, so they
// skip decoding, normalisation and the ambiguity check (the common case on the hot path).
const PLAIN = /^[A-Za-z0-9_./@+,=-]+$/;
// A segment ending in `.` or a space other than `.` and `..`: Windows drops the trailing
// characters, so `secret.` or `secret ` opens `secret` there.
const TRAILING_DOT_OR_SPACE = /(?:^|[/\\])(?!\.\.?(?:[/\\]|$))[^/\\]*[. ](?=[/\\]|$)/;
// `C:` at the start: a Windows drive, not a name relative to the cwd.
const DRIVE = /^[A-Za-z]:/;

/**
 * Canonicalises a file path from tool arguments into the absolute, normalised POSIX path
 * policies judge, so that no spelling moves a path past a prefix check.
 *
 * - Percent-escapes are decoded until stable, the result is NFC-normalised, and `\` is a
 *   separator like `/`; `.`, `..` (never above `/`), `//` and a trailing `/` are resolved.
 * - A path whose meaning depends on whether the tool decodes escapes or treats `\` as a
 *   separator is refused as `ambiguous_encoding`: `/workspace/%2e%2e/etc` or
 *   `/etc/x\y/../../workspace` would name one place here and another in a POSIX tool.
 * - A path a Windows or compatibility-normalising tool reads differently is refused as
 *   `ambiguous_encoding` too: a drive letter (`C:\\x`), a segment ending in `.` or a space
 *   (`secret.`), or a lookalike of `/`, `\\` or `.` (`／`, `∕`, `．`, `․`).
 * - Control characters (NUL included, raw or decoded) are refused; `~` is refused as
 *   `home_expansion` because some tools expand it; nothing is read from the environment.
 * - Relative paths need `cwd` (`relative_without_cwd`).
 *
 * Errors are values (`{ ok: false, reason }`), never exceptions.
 */
export function canonicalizeFilePath(
  raw: string,
  options: FilePathOptions = {},
): CanonicalResult<string> {
  if (typeof raw !== 'string' || raw === '') return { ok: false, reason: 'empty' };
  if (raw.length > MAX_LENGTH) return { ok: false, reason: 'too_long' };
  if (PLAIN.test(raw)) {
    if (TRAILING_DOT_OR_SPACE.test(raw)) return { ok: false, reason: 'ambiguous_encoding' };
    return resolvePlain(raw, options.cwd);
  }
  if (hasControlCharacter(raw)) return { ok: false, reason: 'control_character' };
  const decoded = decodePercent(raw);
  if (!decoded.ok) return decoded;
  if (hasControlCharacter(decoded.value)) return { ok: false, reason: 'control_character' };
  const text = decoded.value.normalize('NFC');
  if (text.startsWith('~')) return { ok: false, reason: 'home_expansion' };
  if (DRIVE.test(text) || TRAILING_DOT_OR_SPACE.test(text) || hasLookalikeSeparator(text)) {
    return { ok: false, reason: 'ambiguous_encoding' };
  }
  let base: string[] = [];
  if (!isAbsolute(text)) {
    if (options.cwd === undefined) return { ok: false, reason: 'relative_without_cwd' };
    const cwd = canonicalizeFilePath(options.cwd);
    if (!cwd.ok) return { ok: false, reason: `invalid_cwd_${cwd.reason}` };
    base = segmentsOf(cwd.value);
  }
  const path = join(resolve(base, text.split(/[/\\]/)));
  // The literal reading: no decoding, only `/` separates. It must name the same place.
  const literal = resolve(base, raw.split('/')).map((segment) => reading(segment));
  if (join(literal) !== path) return { ok: false, reason: 'ambiguous_encoding' };
  return { ok: true, value: path };
}

function resolvePlain(raw: string, cwd: string | undefined): CanonicalResult<string> {
  if (raw.startsWith('/')) return { ok: true, value: join(resolve([], raw.split('/'))) };
  if (cwd === undefined) return { ok: false, reason: 'relative_without_cwd' };
  const base = canonicalizeFilePath(cwd);
  if (!base.ok) return { ok: false, reason: `invalid_cwd_${base.reason}` };
  return { ok: true, value: join(resolve(segmentsOf(base.value), raw.split('/'))) };
}

function isAbsolute(text: string): boolean {
  return text.startsWith('/') || text.startsWith('\\');
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function resolve(base: readonly string[], parts: readonly string[]): string[] {
  const out = [...base];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

// How the canonical reading spells one literal segment: decoded, NFC, `\` as `/`.
function reading(segment: string): string {
  const decoded = decodePercent(segment);
  const text = (decoded.ok ? decoded.value : segment).normalize('NFC');
  return text.replaceAll('\\', '/');
}

function join(segments: readonly string[]): string {
  return `/${segments.join('/')}`;
}
