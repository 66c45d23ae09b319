/**
 * The crypto builtins: digests (`crypto.md5`, `crypto.sha1`, `crypto.sha256`) and HMACs
 * (`crypto.hmac.*`), hex-encoded as OPA returns them. Hashing uses `@noble/hashes` so the engine
 * runs without `node:crypto`.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Value } from '../value.js';
import { stringOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';

type Digest = (data: Uint8Array) => Uint8Array;

function digestDeclaration(name: string, algorithm: string): BuiltinDeclaration {
  return {
    name,
    args: ['string'],
    result: 'string',
    description: `Returns a string representing the input string hashed with the ${algorithm} function.`,
    category: 'crypto',
  };
}

function hmacDeclaration(name: string, algorithm: string): BuiltinDeclaration {
  return {
    name,
    args: ['string', 'string'],
    result: 'string',
    description: `Returns a string representing the ${algorithm} HMAC of the input message using the input key.`,
    category: 'crypto',
  };
}

const hmacEqualDeclaration: BuiltinDeclaration = {
  name: 'crypto.hmac.equal',
  args: ['string', 'string'],
  result: 'boolean',
  description:
    'Returns a boolean representing the result of comparing two MACs for equality without leaking timing information.',
  category: 'crypto',
};

const digests: readonly (readonly [string, string, Digest])[] = [
  ['crypto.md5', 'MD5', md5],
  ['crypto.sha1', 'SHA1', sha1],
  ['crypto.sha256', 'SHA256', sha256],
];

const hmacs: readonly (readonly [string, string, Parameters<typeof hmac>[0]])[] = [
  ['crypto.hmac.md5', 'MD5', md5],
  ['crypto.hmac.sha1', 'SHA1', sha1],
  ['crypto.hmac.sha256', 'SHA256', sha256],
  ['crypto.hmac.sha512', 'SHA512', sha512],
];

function digestImplementation(name: string, digest: Digest): BuiltinImplementation {
  return (args) => bytesToHex(digest(utf8ToBytes(stringOperand(name, args, 0))));
}

function hmacImplementation(name: string, hash: Parameters<typeof hmac>[0]): BuiltinImplementation {
  return (args) => {
    const message = utf8ToBytes(stringOperand(name, args, 0));
    const key = utf8ToBytes(stringOperand(name, args, 1));
    return bytesToHex(hmac(hash, key, message));
  };
}

/** Compares two byte strings in time independent of where they differ (Go's `hmac.Equal`). */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

function hmacEqual(args: readonly Value[]): Value {
  const a = utf8ToBytes(stringOperand(hmacEqualDeclaration.name, args, 0));
  const b = utf8ToBytes(stringOperand(hmacEqualDeclaration.name, args, 1));
  return constantTimeEqual(a, b);
}

/** Registers the crypto digest and HMAC builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const [name, algorithm, digest] of digests) {
    registry.define(digestDeclaration(name, algorithm), digestImplementation(name, digest));
  }
  for (const [name, algorithm, hash] of hmacs) {
    registry.define(hmacDeclaration(name, algorithm), hmacImplementation(name, hash));
  }
  registry.define(hmacEqualDeclaration, hmacEqual);
}
