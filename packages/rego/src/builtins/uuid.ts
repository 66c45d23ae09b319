/**
 * The uuid builtins: `uuid.rfc4122` (a random version 4 UUID, the same for the same key within
 * one query, as OPA caches it) and `uuid.parse`.
 */
import { keyOf, type Value } from '../value.js';
import { stringOperand } from './operands.js';
import type { BuiltinContext, BuiltinDeclaration, BuiltinRegistry } from './registry.js';
import { describeUuid } from './uuid/describe-uuid.js';
import { parseUuidBytes } from './uuid/parse-uuid.js';

const rfc4122Declaration: BuiltinDeclaration = {
  name: 'uuid.rfc4122',
  args: ['string'],
  result: 'string',
  description: 'Returns a new UUIDv4; the same key returns the same UUID within one query.',
  category: 'uuid',
  isNondeterministic: true,
};

const parseDeclaration: BuiltinDeclaration = {
  name: 'uuid.parse',
  args: ['string'],
  result: 'object',
  description:
    'Parses the string value as an UUID and returns an object with the well-defined fields of the UUID if valid.',
  category: 'uuid',
};

function formatUuid(bytes: Uint8Array): string {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fresh random version 4 UUID from the platform's cryptographic random source. */
function randomUuid(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return formatUuid(bytes);
}

function rfc4122(args: readonly Value[], context: BuiltinContext): Value {
  const key = args[0] as Value;
  const cacheKey = `uuid.rfc4122\0${typeof keyOf(key)}\0${String(keyOf(key))}`;
  const cached = context.queryCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const uuid = randomUuid();
  context.queryCache.set(cacheKey, uuid);
  return uuid;
}

function parse(args: readonly Value[]): Value | undefined {
  const bytes = parseUuidBytes(stringOperand(parseDeclaration.name, args, 0));
  return bytes === undefined ? undefined : describeUuid(bytes);
}

/** Registers the uuid builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(rfc4122Declaration, rfc4122);
  registry.define(parseDeclaration, parse);
}
