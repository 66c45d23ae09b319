import { V4_MAPPED_BASE } from './ip-address.js';
import { bitsOf, type IpNetwork, lastAddress } from './ip-network.js';

/** A range of addresses in one 128-bit space (IPv4 sits at `::ffff:0:0/96`, as in Go). */
interface AddressRange {
  readonly first: bigint;
  readonly last: bigint;
  /** The original network, while the range has not been merged with another. */
  readonly network: IpNetwork | undefined;
}

const V4_LAST = V4_MAPPED_BASE | 0xffffffffn;

function toRange(network: IpNetwork): AddressRange {
  const offset = network.isV4 ? V4_MAPPED_BASE : 0n;
  return { first: offset + network.base, last: offset + lastAddress(network), network };
}

/** The smaller of two addresses (Math.min does not take bigints). */
function smaller(a: bigint, b: bigint): bigint {
  if (a < b) return a;
  return b;
}

/** The address before `address`, never below the bottom of its family (Go's `GetPreviousIP`). */
function previous(address: bigint): bigint {
  return address === 0n || address === V4_MAPPED_BASE ? address : address - 1n;
}

/** The fewest CIDR blocks covering exactly `[first, last]`. */
function rangeToNetworks(first: bigint, last: bigint): IpNetwork[] {
  const isV4 = first >= V4_MAPPED_BASE && last <= V4_LAST;
  const offset = isV4 ? V4_MAPPED_BASE : 0n;
  const bits = bitsOf(isV4);
  const out: IpNetwork[] = [];
  let start = first - offset;
  const end = last - offset;
  while (start <= end) {
    // The largest aligned block starting at `start` that does not pass `end`.
    let size = 0;
    while (
      size < bits &&
      start % (1n << BigInt(size + 1)) === 0n &&
      start + (1n << BigInt(size + 1)) - 1n <= end
    ) {
      size++;
    }
    out.push({ isV4, prefix: bits - size, base: start, shown: start });
    start += 1n << BigInt(size);
  }
  return out;
}

/**
 * Merges networks into the smallest list of CIDRs covering the same addresses: duplicates and
 * contained networks disappear, adjacent ones combine (OPA's `net.cidr_merge` algorithm).
 */
export function mergeNetworks(networks: readonly IpNetwork[]): IpNetwork[] {
  const ranges = networks
    .map(toRange)
    .sort((a, b) =>
      a.last !== b.last
        ? a.last < b.last
          ? -1
          : 1
        : a.first < b.first
          ? -1
          : a.first > b.first
            ? 1
            : 0,
    );
  for (let i = ranges.length - 1; i > 0; i--) {
    const current = ranges[i] as AddressRange;
    const before = ranges[i - 1] as AddressRange;
    if (previous(current.first) <= before.last) {
      const first = smaller(before.first, current.first);
      ranges.splice(i - 1, 2, { first, last: current.last, network: undefined });
    }
  }
  return ranges.flatMap((range) =>
    range.network !== undefined ? [range.network] : rangeToNetworks(range.first, range.last),
  );
}
