/**
 * The JWT builtins: `io.jwt.decode`, `io.jwt.verify_hs256/384/512`, `io.jwt.decode_verify` and
 * `io.jwt.encode_sign(_raw)` for HMAC-signed tokens. Public-key algorithms need asynchronous
 * WebCrypto, which synchronous builtins cannot use, so they are not provided.
 */
import type { Value } from '../value.js';
import { decodeBase64Url } from './jwt/base64url-decode.js';
import {
  decodeHeader,
  decodePayloadText,
  parsePayload,
  signatureHex,
} from './jwt/decode-sections.js';
import { decodeVerify } from './jwt/decode-verify.js';
import { encodeSign } from './jwt/encode-sign.js';
import { type HmacAlgorithm, hmacSignatureMatches } from './jwt/hmac-signature.js';
import { marshalJson } from './jwt/marshal-json.js';
import { splitToken } from './jwt/split-token.js';
import { objectOperand, stringOperand } from './operands.js';
import {
  type BuiltinDeclaration,
  type BuiltinImplementation,
  type BuiltinRegistry,
  builtinError,
} from './registry.js';

const decodeDeclaration: BuiltinDeclaration = {
  name: 'io.jwt.decode',
  args: ['string'],
  result: 'array',
  description:
    'Decodes a JSON Web Token and outputs it as an object: [header, payload, signature hex].',
  category: 'tokens',
};

const decodeVerifyDeclaration: BuiltinDeclaration = {
  name: 'io.jwt.decode_verify',
  args: ['string', 'object'],
  result: 'array',
  description:
    'Verifies a JWT signature under parameterized constraints and decodes the claims if it is valid: [valid, header, payload].',
  category: 'tokens',
};

const encodeSignDeclaration: BuiltinDeclaration = {
  name: 'io.jwt.encode_sign',
  args: ['object', 'object', 'object'],
  result: 'string',
  description:
    'Encodes and optionally signs a JSON Web Token (headers, payload, JWK); HS256/384/512 only.',
  category: 'tokens',
};

const encodeSignRawDeclaration: BuiltinDeclaration = {
  name: 'io.jwt.encode_sign_raw',
  args: ['string', 'string', 'string'],
  result: 'string',
  description:
    'Encodes and optionally signs a JSON Web Token from JSON text (headers, payload, JWK); HS256/384/512 only.',
  category: 'tokens',
};

function verifyDeclaration(algorithm: HmacAlgorithm): BuiltinDeclaration {
  return {
    name: `io.jwt.verify_${algorithm.toLowerCase()}`,
    args: ['string', 'string'],
    result: 'boolean',
    description: `Verifies if a ${algorithm} JWT signature is valid.`,
    category: 'tokens',
  };
}

function decodeToken(token: string): Value {
  const name = decodeDeclaration.name;
  const sections = splitToken(name, token);
  const header = decodeHeader(name, sections);
  const payloadText = decodePayloadText(name, sections);
  if (header.get('cty') === 'JWT') {
    // A nested token arrives quoted (as jwt.io produces it); the quotes are trimmed.
    return decodeToken(payloadText.replace(/^["']+|["']+$/g, ''));
  }
  const payload = parsePayload(name, payloadText);
  return [header, payload, signatureHex(name, sections)];
}

function decode(args: readonly Value[]): Value {
  return decodeToken(stringOperand(decodeDeclaration.name, args, 0));
}

function verifyImplementation(algorithm: HmacAlgorithm): BuiltinImplementation {
  const { name } = verifyDeclaration(algorithm);
  return (args) => {
    const token = stringOperand(name, args, 0);
    const secret = stringOperand(name, args, 1);
    const sections = splitToken(name, token);
    const signature = decodeBase64Url(sections.signature);
    if (!signature.ok) throw builtinError(name, signature.error);
    return hmacSignatureMatches({
      algorithm,
      secret,
      signingInput: `${sections.header}.${sections.payload}`,
      signature: signature.bytes,
    });
  };
}

function encodeSignValues(args: readonly Value[]): Value {
  const name = encodeSignDeclaration.name;
  const [header, payload, key] = [0, 1, 2].map((i) => marshalJson(objectOperand(name, args, i)));
  return encodeSign(name, { header: header ?? '', payload: payload ?? '', key: key ?? '' });
}

function encodeSignRaw(args: readonly Value[]): Value {
  const name = encodeSignRawDeclaration.name;
  // OPA reads the key operand first.
  const key = stringOperand(name, args, 2);
  const header = stringOperand(name, args, 0);
  const payload = stringOperand(name, args, 1);
  return encodeSign(name, { header, payload, key });
}

/** Registers the JWT builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(decodeDeclaration, decode);
  for (const algorithm of ['HS256', 'HS384', 'HS512'] as const) {
    registry.define(verifyDeclaration(algorithm), verifyImplementation(algorithm));
  }
  registry.define(decodeVerifyDeclaration, decodeVerify);
  registry.define(encodeSignDeclaration, encodeSignValues);
  registry.define(encodeSignRawDeclaration, encodeSignRaw);
}
