import { type IpAddress, parseIp, unmap } from './ip-address.js';

/** An IP network: the address family, prefix length, and network address. */
export interface IpNetwork {
  readonly isV4: boolean;
  readonly prefix: number;
  /** The first address (the address with host bits cleared). */
  readonly base: bigint;
  /** The address printed before the slash (differs from `base` only for classful networks). */
  readonly shown: bigint;
}

/** Bits in an address of the family. */
export const bitsOf = (isV4: boolean): number => (isV4 ? 32 : 128);

function hostMask(isV4: boolean, prefix: number): bigint {
  return (1n << BigInt(bitsOf(isV4) - prefix)) - 1n;
}

/** A network of `address` with `prefix`, its host bits cleared. */
export function networkOf(address: IpAddress, prefix: number): IpNetwork {
  const base = address.value & ~hostMask(address.isV4, prefix);
  return { isV4: address.isV4, prefix, base, shown: base };
}

/**
 * Parses CIDR notation as Go's `net.ParseCIDR` does; an IPv4-mapped IPv6 network of prefix 96
 * or more is an IPv4 network, as Go treats it. Undefined when invalid.
 */
export function parseCidr(text: string): IpNetwork | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === undefined || !/^\d+$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > bitsOf(address.isV4)) return undefined;
  const mapped = unmap(address);
  if (!address.isV4 && mapped.isV4 && prefix >= 96) return networkOf(mapped, prefix - 96);
  return networkOf(address, prefix);
}

/** The last address of a network. */
export function lastAddress(network: IpNetwork): bigint {
  return network.base | hostMask(network.isV4, network.prefix);
}

/** Go's `IPNet.Contains`: same family (after unmapping IPv4-mapped addresses) and prefix. */
export function networkContains(network: IpNetwork, address: IpAddress): boolean {
  const candidate = unmap(address);
  if (candidate.isV4 !== network.isV4) return false;
  return (candidate.value & ~hostMask(network.isV4, network.prefix)) === network.base;
}
