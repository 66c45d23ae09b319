/**
 * The net builtins: `net.cidr_contains`, `net.cidr_contains_matches`, `net.cidr_expand`,
 * `net.cidr_intersects`, `net.cidr_is_valid`, `net.cidr_merge` (IPv4 and IPv6) and
 * `net.lookup_ip_addr` for IP literals, with Go's address parsing and OPA's messages.
 */
import { RegoObject, RegoSet, type Value } from '../value.js';
import { formatIp, type IpAddress, parseIp } from './net/ip-address.js';
import {
  bitsOf,
  type IpNetwork,
  lastAddress,
  networkContains,
  networkOf,
  parseCidr,
} from './net/ip-network.js';
import { mergeNetworks } from './net/merge-networks.js';
import { stringOperand } from './operands.js';
import {
  type BuiltinContext,
  type BuiltinDeclaration,
  type BuiltinRegistry,
  builtinError,
  CHECK_DEADLINE_EVERY,
} from './registry.js';

const category = 'net';

const containsDeclaration: BuiltinDeclaration = {
  name: 'net.cidr_contains',
  args: ['string', 'string'],
  result: 'boolean',
  description: 'Checks if a CIDR or IP is contained within another CIDR.',
  category,
};
const containsMatchesDeclaration: BuiltinDeclaration = {
  name: 'net.cidr_contains_matches',
  args: ['any', 'any'],
  result: 'set',
  description:
    'Checks if collections of cidrs or ips are contained within another collection of cidrs and returns matches.',
  category,
};
const expandDeclaration: BuiltinDeclaration = {
  name: 'net.cidr_expand',
  args: ['string'],
  result: 'set',
  description: 'Expands CIDR to set of hosts (e.g., "192.168.0.0/30" to the 4 addresses).',
  category,
};
const intersectsDeclaration: BuiltinDeclaration = {
  name: 'net.cidr_intersects',
  args: ['string', 'string'],
  result: 'boolean',
  description:
    'Checks if a CIDR intersects with another CIDR (e.g. 192.168.0.0/16 overlaps with 192.168.1.0/24).',
  category,
};
const isValidDeclaration: BuiltinDeclaration = {
  name: 'net.cidr_is_valid',
  args: ['any'],
  result: 'boolean',
  description:
    'Parses an IPv4/IPv6 CIDR and returns a boolean indicating if the provided CIDR is valid.',
  category,
};
const mergeDeclaration: BuiltinDeclaration = {
  name: 'net.cidr_merge',
  args: ['any'],
  result: 'set',
  description: 'Merges IP addresses and subnets into the smallest possible list of CIDRs.',
  category,
};
const lookupDeclaration: BuiltinDeclaration = {
  name: 'net.lookup_ip_addr',
  args: ['string'],
  result: 'set',
  description:
    'Returns the set of IP addresses a literal IP (or, in OPA, a host name) resolves to.',
  category,
  isNondeterministic: true,
};

/** Expanding more addresses than this is refused rather than exhausting memory. */
const MAX_EXPANDED_BITS = 24;

function formatNetwork(network: IpNetwork): string {
  return `${formatIp({ isV4: network.isV4, value: network.shown })}/${network.prefix}`;
}

/** Parses a CIDR operand or throws Go's `invalid CIDR address: …`. */
function cidrOperand(name: string, text: string): IpNetwork {
  const network = parseCidr(text);
  if (network === undefined) throw builtinError(name, `invalid CIDR address: ${text}`);
  return network;
}

function containsText(name: string, cidr: string, other: string): boolean {
  const network = cidrOperand(name, cidr);
  const ip = parseIp(other);
  if (ip !== undefined) return networkContains(network, ip);
  const inner = parseCidr(other);
  if (inner === undefined) {
    throw builtinError(
      name,
      `not a valid textual representation of an IP address or CIDR: ${other}`,
    );
  }
  const first: IpAddress = { isV4: inner.isV4, value: inner.base };
  const last: IpAddress = { isV4: inner.isV4, value: lastAddress(inner) };
  return networkContains(network, first) && networkContains(network, last);
}

function contains(args: readonly Value[]): Value {
  const name = containsDeclaration.name;
  const cidr = stringOperand(name, args, 0);
  // OPA reports a bad second operand as "operand 1".
  const other = stringOperand(name, [args[1] as Value], 0);
  return containsText(name, cidr, other);
}

/** The (cidr, key) pairs of a `cidr_contains_matches` operand. */
function matchTerms(name: string, operand: Value, position: number): [string, Value][] {
  const cidrOf = (element: Value): string => {
    const cidr = Array.isArray(element) ? element[0] : element;
    if (typeof cidr === 'string') return cidr;
    throw builtinError(name, `operand ${position}: element must be string or non-empty array`);
  };
  if (typeof operand === 'string') return [[operand, operand]];
  if (Array.isArray(operand)) return operand.map((e: Value, i: number) => [cidrOf(e), i]);
  if (operand instanceof RegoSet) return operand.values().map((e) => [cidrOf(e), e]);
  if (operand instanceof RegoObject) return operand.entries().map(([k, v]) => [cidrOf(v), k]);
  return [];
}

function containsMatches(args: readonly Value[]): Value {
  const name = containsMatchesDeclaration.name;
  const cidrs = matchTerms(name, args[0] as Value, 1);
  const candidates = matchTerms(name, args[1] as Value, 2);
  const result = new RegoSet();
  for (const [cidr, cidrKey] of cidrs) {
    for (const [candidate, candidateKey] of candidates) {
      if (containsText(name, cidr, candidate)) result.add([cidrKey, candidateKey]);
    }
  }
  return result;
}

function expand(args: readonly Value[], context: BuiltinContext): Value {
  const name = expandDeclaration.name;
  const network = cidrOperand(name, stringOperand(name, args, 0));
  if (bitsOf(network.isV4) - network.prefix > MAX_EXPANDED_BITS) {
    throw builtinError(name, `too many addresses to expand in /${network.prefix}`);
  }
  const result = new RegoSet();
  // Up to 2^MAX_EXPANDED_BITS addresses take seconds: stop at the evaluation's deadline.
  let sinceCheck = 0;
  for (let value = network.base; value <= lastAddress(network); value++) {
    if (++sinceCheck === CHECK_DEADLINE_EVERY) {
      sinceCheck = 0;
      context.checkDeadline?.();
    }
    result.add(formatIp({ isV4: network.isV4, value }));
  }
  return result;
}

function intersects(args: readonly Value[]): Value {
  const name = intersectsDeclaration.name;
  const a = cidrOperand(name, stringOperand(name, args, 0));
  const b = cidrOperand(name, stringOperand(name, args, 1));
  return (
    networkContains(a, { isV4: b.isV4, value: b.base }) ||
    networkContains(b, { isV4: a.isV4, value: a.base })
  );
}

function isValid(args: readonly Value[]): Value {
  const value = args[0];
  return typeof value === 'string' && parseCidr(value) !== undefined;
}

/** A `cidr_merge` element: a CIDR, or a bare IPv4 address with its classful mask (as Go's). */
function mergeElement(name: string, element: Value): IpNetwork {
  if (typeof element !== 'string') throw builtinError(name, 'element must be string');
  const ip = parseIp(element);
  if (ip === undefined) return cidrOperand(name, element);
  if (!ip.isV4) throw builtinError(name, 'IPv6 invalid: needs prefix length');
  const firstOctet = Number(ip.value >> 24n);
  const prefix = firstOctet < 0x80 ? 8 : firstOctet < 0xc0 ? 16 : 24;
  return { ...networkOf(ip, prefix), shown: ip.value };
}

function merge(args: readonly Value[]): Value {
  const name = mergeDeclaration.name;
  const operand = args[0] as Value;
  let elements: readonly Value[];
  if (Array.isArray(operand)) elements = operand;
  else if (operand instanceof RegoSet) elements = operand.values();
  else throw builtinError(name, 'operand must be an array');
  const networks = elements.map((element) => mergeElement(name, element));
  return new RegoSet(mergeNetworks(networks).map(formatNetwork));
}

function lookupIpAddress(args: readonly Value[]): Value | undefined {
  const name = lookupDeclaration.name;
  const host = stringOperand(name, args, 0);
  const ip = parseIp(host);
  // Without DNS in edge runtimes and browsers, only literal addresses resolve.
  if (ip === undefined) throw builtinError(name, `lookup ${host}: no such host`);
  return new RegoSet([formatIp(ip)]);
}

/** Registers the net builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(containsDeclaration, contains);
  registry.define(containsMatchesDeclaration, containsMatches);
  registry.define(expandDeclaration, expand);
  registry.define(intersectsDeclaration, intersects);
  registry.define(isValidDeclaration, isValid);
  registry.define(mergeDeclaration, merge);
  registry.define(lookupDeclaration, lookupIpAddress);
}
