import { hmac } from '@noble/hashes/hmac.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { builtinError } from '../registry.js';
import { decodeBase64Url } from './base64url-decode.js';
import { encodeBase64Url } from './base64url-encode.js';
import { hashFor, isHmacAlgorithm } from './hmac-signature.js';

/** The JWS algorithms OPA knows; only the HMAC ones can be signed here. */
const knownAlgorithms = new Set([
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'HS256',
  'HS384',
  'HS512',
  'EdDSA',
]);

/** The text to sign: header, payload and key, as JSON text. */
export interface SignInput {
  readonly header: string;
  readonly payload: string;
  readonly key: string;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The header's `alg`, or OPA's `missing or invalid 'alg' header: …`. */
function algorithmOf(name: string, header: string): string {
  const prefix = "missing or invalid 'alg' header";
  if (header === '')
    throw builtinError(name, `${prefix}: cannot parse JSON: cannot parse empty string`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch (error) {
    // OPA's header scanner only reports malformed objects; other text simply has no `alg`.
    if (header.trimStart().startsWith('{')) {
      throw builtinError(name, `${prefix}: cannot parse JSON: ${(error as Error).message}`);
    }
  }
  const alg = (parsed as { alg?: unknown } | null | undefined)?.alg;
  if (typeof alg !== 'string') throw builtinError(name, `${prefix}: jwsbb: header "alg" not found`);
  return alg;
}

/** The first key of a JWK or JWK set, which must be a symmetric (`oct`) key here. */
function symmetricKey(name: string, jwk: string): Uint8Array {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jwk);
  } catch (error) {
    throw builtinError(name, `failed to parse JWK: ${(error as Error).message}`);
  }
  const set = parsed as { keys?: unknown } | null;
  const key = (Array.isArray(set?.keys) ? set.keys[0] : parsed) as Record<string, unknown> | null;
  if (key === undefined || key === null || typeof key !== 'object') {
    throw builtinError(name, 'no keys found in JWK set');
  }
  if (key.kty !== 'oct' || typeof key.k !== 'string') {
    throw builtinError(
      name,
      `unsupported key type ${String(key.kty)}: only symmetric (oct) keys can sign`,
    );
  }
  const decoded = decodeBase64Url(key.k);
  if (!decoded.ok) throw builtinError(name, `failed to parse JWK: ${decoded.error}`);
  return decoded.bytes;
}

/**
 * Signs a JWS in compact serialization as OPA's `io.jwt.encode_sign(_raw)` does: the header and
 * payload text are base64url-encoded as given and signed with the JWK (HS256/384/512 only).
 */
export function encodeSign(name: string, input: SignInput): string {
  const alg = algorithmOf(name, input.header);
  if (!knownAlgorithms.has(alg)) throw builtinError(name, `unknown JWS algorithm: ${alg}`);
  const typ = (JSON.parse(input.header) as { typ?: unknown }).typ;
  if ((typeof typ !== 'string' || typ === 'JWT') && !isJson(input.payload)) {
    throw builtinError(name, 'type is JWT but payload is not JSON');
  }
  if (!isHmacAlgorithm(alg)) {
    throw builtinError(name, `signing with ${alg} is not supported: only HS256, HS384 and HS512`);
  }
  const key = symmetricKey(name, input.key);
  const signingInput = `${encodeBase64Url(utf8ToBytes(input.header))}.${encodeBase64Url(utf8ToBytes(input.payload))}`;
  const signature = hmac(hashFor(alg), key, utf8ToBytes(signingInput));
  return `${signingInput}.${encodeBase64Url(signature)}`;
}
