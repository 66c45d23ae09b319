import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** The HMAC JWS algorithms. */
export type HmacAlgorithm = 'HS256' | 'HS384' | 'HS512';

const hashes: Readonly<Record<HmacAlgorithm, Parameters<typeof hmac>[0]>> = {
  HS256: sha256,
  HS384: sha384,
  HS512: sha512,
};

/** The hash function of an HMAC algorithm. */
export function hashFor(algorithm: HmacAlgorithm): Parameters<typeof hmac>[0] {
  return hashes[algorithm];
}

/** True for `HS256`, `HS384` and `HS512`. */
export function isHmacAlgorithm(alg: string): alg is HmacAlgorithm {
  return Object.hasOwn(hashes, alg);
}

/** The options of {@link hmacSignatureMatches}. */
export interface HmacCheck {
  readonly algorithm: HmacAlgorithm;
  readonly secret: string;
  /** `header.payload`, as it appears in the token. */
  readonly signingInput: string;
  readonly signature: Uint8Array;
}

/** Whether `signature` is the HMAC of the signing input, compared in constant time. */
export function hmacSignatureMatches(check: HmacCheck): boolean {
  const expected = hmac(
    hashFor(check.algorithm),
    utf8ToBytes(check.secret),
    utf8ToBytes(check.signingInput),
  );
  if (expected.length !== check.signature.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) {
    difference |= (expected[i] as number) ^ (check.signature[i] as number);
  }
  return difference === 0;
}
