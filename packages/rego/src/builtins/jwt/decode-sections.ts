import { bytesToHex } from '@noble/hashes/utils.js';
import type { RegoObject } from '../../value.js';
import { builtinError } from '../registry.js';
import { decodeBase64Url } from './base64url-decode.js';
import { parseJsonObject } from './parse-json-object.js';
import type { TokenSections } from './split-token.js';

const utf8 = new TextDecoder();

/** Decodes a base64url section or throws `<what> had invalid encoding: …`. */
export function decodeSection(name: string, text: string, what: string): Uint8Array {
  const decoded = decodeBase64Url(text);
  if (!decoded.ok) throw builtinError(name, `${what} had invalid encoding: ${decoded.error}`);
  return decoded.bytes;
}

/** The decoded JOSE header; JWE headers (with `enc`) are refused, as OPA does. */
export function decodeHeader(name: string, sections: TokenSections): RegoObject {
  const text = utf8.decode(decodeSection(name, sections.header, 'JWT header'));
  const parsed = parseJsonObject(text);
  if (!parsed.ok) throw builtinError(name, `bad JWT header: ${parsed.error}`);
  if (parsed.object.has('enc')) {
    throw builtinError(name, 'JWT is a JWE object, which is not supported');
  }
  return parsed.object;
}

/** The payload text (possibly a nested token). */
export function decodePayloadText(name: string, sections: TokenSections): string {
  return utf8.decode(decodeSection(name, sections.payload, 'JWT payload'));
}

/** The payload claims object. */
export function parsePayload(name: string, text: string): RegoObject {
  const parsed = parseJsonObject(text);
  if (!parsed.ok) throw builtinError(name, parsed.error);
  return parsed.object;
}

/** The signature bytes, as hex. */
export function signatureHex(name: string, sections: TokenSections): string {
  return bytesToHex(decodeSection(name, sections.signature, 'JWT signature'));
}
