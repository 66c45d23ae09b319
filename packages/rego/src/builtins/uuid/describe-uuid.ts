import { normalizeInteger, RegoObject, type Value } from '../../value.js';

/** 100-nanosecond intervals between 1582-10-15 (the UUID epoch) and 1970-01-01. */
const GREGORIAN_OFFSET = 122_192_928_000_000_000n;

function variantName(byte: number): string {
  if ((byte & 0xc0) === 0x80) return 'RFC4122';
  if ((byte & 0xe0) === 0xc0) return 'Microsoft';
  if ((byte & 0xe0) === 0xe0) return 'Future';
  return 'Reserved';
}

function macVariables(byte: number): string {
  if ((byte & 0b11) === 0b11) return 'local:multicast';
  if ((byte & 0b01) === 0b01) return 'global:multicast';
  if ((byte & 0b10) === 0b10) return 'local:unicast';
  return 'global:unicast';
}

function domainName(byte: number): string {
  return ['Person', 'Group', 'Org'][byte] ?? `Domain${byte}`;
}

function uint(bytes: Uint8Array, start: number, end: number): bigint {
  let value = 0n;
  for (let i = start; i < end; i++) value = (value << 8n) | BigInt(bytes[i] as number);
  return value;
}

/** The time a version 1 or 2 UUID encodes, in nanoseconds since the Unix epoch. */
function unixNanos(bytes: Uint8Array): bigint {
  const low = uint(bytes, 0, 4);
  const mid = uint(bytes, 4, 6);
  const high = uint(bytes, 6, 8) & 0xfffn;
  const intervals = (high << 48n) | (mid << 32n) | low;
  return (intervals - GREGORIAN_OFFSET) * 100n;
}

/**
 * The fields `uuid.parse` reports: version and variant always, and for versions 1 and 2 the
 * time, clock sequence, node id and its MAC variables (plus domain and id for version 2).
 */
export function describeUuid(bytes: Uint8Array): RegoObject {
  const version = (bytes[6] as number) >> 4;
  const fields: [string, Value][] = [
    ['version', version],
    ['variant', variantName(bytes[8] as number)],
  ];
  if (version === 1 || version === 2) {
    const node = [...bytes.slice(10)].map((b) => b.toString(16).padStart(2, '0'));
    fields.push(
      ['time', normalizeInteger(unixNanos(bytes))],
      ['nodeid', node.join('-')],
      ['macvariables', macVariables(bytes[10] as number)],
      ['clocksequence', Number(uint(bytes, 8, 10) & 0x3fffn)],
    );
    if (version === 2) {
      fields.push(['id', Number(uint(bytes, 0, 4))], ['domain', domainName(bytes[9] as number)]);
    }
  }
  return new RegoObject(fields);
}
