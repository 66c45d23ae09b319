/** An IP address: IPv4 as a 32-bit value, IPv6 as a 128-bit value. */
export interface IpAddress {
  readonly isV4: boolean;
  readonly value: bigint;
}

/** The IPv4-mapped IPv6 prefix `::ffff:0:0/96`, where Go keeps IPv4 addresses. */
export const V4_MAPPED_BASE: bigint = 0xffffn << 32n;

function parseV4(text: string): bigint | undefined {
  const fields = text.split('.');
  if (fields.length !== 4) return undefined;
  let value = 0n;
  for (const field of fields) {
    // Go refuses leading zeros (they read as octal elsewhere).
    if (!/^(0|[1-9]\d{0,2})$/.test(field)) return undefined;
    const octet = Number(field);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseGroups(text: string): bigint[] | undefined {
  if (text === '') return [];
  const groups: bigint[] = [];
  const parts = text.split(':');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseV4(part);
      if (v4 === undefined) return undefined;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      groups.push(BigInt(`0x${part}`));
    } else {
      return undefined;
    }
  }
  return groups;
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] as string);
  const tail = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (head === undefined || tail === undefined) return undefined;
  // An embedded IPv4 address is only allowed at the very end.
  if (halves.length === 2 && (halves[0] as string).includes('.')) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<bigint>(missing).fill(0n), ...tail];
  return groups.reduce((acc, group) => (acc << 16n) | group, 0n);
}

/**
 * Parses an IP address as Go's `net.ParseIP` does: dotted IPv4 without leading zeros, or IPv6
 * (with `::` and an optional trailing IPv4 part, no zone). Undefined when invalid.
 */
export function parseIp(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const value = parseV6(text);
    return value === undefined ? undefined : { isV4: false, value };
  }
  const value = parseV4(text);
  return value === undefined ? undefined : { isV4: true, value };
}

/** An IPv4-mapped IPv6 address as IPv4 (Go's `To4`); other addresses unchanged. */
export function unmap(address: IpAddress): IpAddress {
  if (!address.isV4 && address.value >> 32n === 0xffffn) {
    return { isV4: true, value: address.value & 0xffffffffn };
  }
  return address;
}

function formatV6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) =>
    Number((value >> BigInt(112 - 16 * i)) & 0xffffn),
  );
  // The longest run of two or more zero groups (the first of equals) becomes "::".
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Go's `IP.String`: dotted IPv4 (IPv4-mapped addresses included), RFC 5952 IPv6. */
export function formatIp(address: IpAddress): string {
  const { isV4, value } = unmap(address);
  if (!isV4) return formatV6(value);
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}
