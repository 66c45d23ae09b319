import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * The SHA-256 of a UTF-8 string or of raw bytes, as 64 lowercase hex characters.
 *
 * @param data - text (hashed as UTF-8) or bytes.
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The HMAC-SHA-256 of a UTF-8 string under a secret key, as 64 lowercase hex characters.
 *
 * @param key - the secret; a string is used as its UTF-8 bytes.
 * @param text - the message.
 */
export function hmacSha256Hex(key: string | Uint8Array, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/** A digest of tool arguments: `sha256:` followed by 64 hex characters. */
export type ArgsDigest = `sha256:${string}`;

/**
 * Digests tool-call arguments: `'sha256:' + sha256Hex(canonicalJson(args))`.
 *
 * Key order does not matter (`{a,b}` and `{b,a}` digest alike); any change of a value does.
 * An approval binds to this digest so that it cannot be replayed for other arguments.
 *
 * @throws TypeError when the arguments are not canonically serialisable (see {@link canonicalJson}).
 */
export function digestArgs(args: unknown): ArgsDigest {
  return `sha256:${sha256Hex(canonicalJson(args))}`;
}
