import { compareNumbers, isNumber, RegoObject, type Value } from '../../value.js';
import { objectOperand, stringOperand } from '../operands.js';
import { type BuiltinContext, builtinError } from '../registry.js';
import { decodeBase64Url } from './base64url-decode.js';
import { decodeHeader, decodePayloadText, parsePayload } from './decode-sections.js';
import { hmacSignatureMatches, isHmacAlgorithm } from './hmac-signature.js';
import { splitToken } from './split-token.js';
import { readConstraints, type TokenConstraints } from './token-constraints.js';
import { readHeader } from './token-header.js';

const NAME = 'io.jwt.decode_verify';

const unverified = (): Value => [false, new RegoObject(), new RegoObject()];

function signatureVerifies(constraints: TokenConstraints, alg: string, token: string): boolean {
  const sections = splitToken(NAME, token);
  const signature = decodeBase64Url(sections.signature);
  if (!signature.ok) throw builtinError(NAME, signature.error);
  if (constraints.hasCert) {
    throw builtinError(
      NAME,
      'cert constraint: public-key verification is not supported; use secret',
    );
  }
  if (!isHmacAlgorithm(alg)) return false;
  return hmacSignatureMatches({
    algorithm: alg,
    secret: constraints.secret,
    signingInput: `${sections.header}.${sections.payload}`,
    signature: signature.bytes,
  });
}

function audienceMatches(aud: Value, wanted: string): boolean {
  if (typeof aud === 'string') return aud === wanted;
  return Array.isArray(aud) && aud.some((item: Value) => item === wanted);
}

/** Checks `iss`, `aud`, `exp` and `nbf` against the constraints and the time. */
function claimsHold(payload: RegoObject, constraints: TokenConstraints): boolean {
  if (constraints.iss !== '' && payload.get('iss') !== constraints.iss) return false;
  const aud = payload.get('aud');
  if (aud !== undefined ? !audienceMatches(aud, constraints.aud) : constraints.aud !== '') {
    return false;
  }
  // The constraint time is in nanoseconds; exp and nbf are in seconds.
  const now = constraints.time / 1e9;
  const exp = payload.get('exp');
  if (exp !== undefined) {
    if (!isNumber(exp)) throw builtinError(NAME, 'exp value must be a number');
    if (compareNumbers(now, exp) !== -1) return false;
  }
  const nbf = payload.get('nbf');
  if (nbf !== undefined) {
    if (!isNumber(nbf)) throw builtinError(NAME, 'nbf value must be a number');
    if (compareNumbers(now, nbf) === -1) return false;
  }
  return true;
}

/**
 * `io.jwt.decode_verify(jwt, constraints)`: `[valid, header, payload]`, where valid means the
 * signature verifies (HS256/384/512 with `secret`) and every claim constraint holds. Nested tokens
 * (`cty: JWT`) are unwrapped; decoding problems are errors.
 */
export function decodeVerify(args: readonly Value[], context: BuiltinContext): Value {
  let token = stringOperand(NAME, args, 0);
  const constraints = readConstraints(NAME, objectOperand(NAME, args, 1), context.nowNs);
  for (;;) {
    const sections = splitToken(NAME, token);
    const header = decodeHeader(NAME, sections);
    const parameters = readHeader(NAME, header);
    if (!parameters.isValid) return unverified();
    if (constraints.alg !== '' && constraints.alg !== parameters.alg) return unverified();
    if (!signatureVerifies(constraints, parameters.alg, token)) return unverified();
    const payloadText = decodePayloadText(NAME, sections);
    if (parameters.cty.toUpperCase() === 'JWT') {
      token = payloadText;
      continue;
    }
    const payload = parsePayload(NAME, payloadText);
    return claimsHold(payload, constraints) ? [true, header, payload] : unverified();
  }
}
