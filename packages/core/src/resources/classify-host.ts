import { parseIpv4, parseIpv6 } from './ip-address.js';

/** What a host is, for policies that refuse internal destinations. */
export interface HostClassification {
  /** The host is an IP literal (any spelling WHATWG URL accepts). */
  readonly isIp: boolean;
  /** Not a public destination: true for every flag below and for RFC 1918, ULA, CGNAT, … */
  readonly isPrivate: boolean;
  /** 127.0.0.0/8, ::1, 0.0.0.0/8, ::, and `localhost` names. */
  readonly isLoopback: boolean;
  /** 169.254.0.0/16 and fe80::/10. */
  readonly isLinkLocal: boolean;
  /** A cloud metadata endpoint (169.254.169.254, fd00:ec2::254, metadata.google.internal, …). */
  readonly isMetadata: boolean;
}

const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog']);
const METADATA_V4 = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200']);
const INTERNAL_SUFFIXES = ['.internal', '.local', '.localdomain', '.home.arpa', '.lan'];

/**
 * Classifies a host name or IP literal. IPv4 in any spelling WHATWG URL accepts
 * (`2130706433`, `0x7f.1`, `0177.0.0.1`) is normalised first; IPv6 may carry brackets,
 * and IPv4 embedded in IPv6 (mapped, compatible, NAT64, 6to4) is judged as that IPv4.
 * Names under `localhost` are loopback; names under `.internal`, `.local` and similar are
 * private. Unknown names are public: DNS answers are not checked here.
 */
export function classifyHost(host: string): HostClassification {
  const name = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  const v6 = parseIpv6(name.replace(/%.*$/, ''));
  if (v6 !== undefined) return classifyIpv6(v6);
  const v4 = parseIpv4(normalizeIpv4(name));
  if (v4 !== undefined) return classifyIpv4(v4);
  const isLoopback = name === 'localhost' || name.endsWith('.localhost');
  const isMetadata = METADATA_NAMES.has(name);
  const isInternal = INTERNAL_SUFFIXES.some((suffix) => name.endsWith(suffix));
  return flags(false, { isLoopback, isMetadata, isPrivate: isInternal });
}

function normalizeIpv4(name: string): string {
  if (!/^[0-9a-fx.]+$/.test(name)) return name;
  try {
    return new URL(`http://${name}/`).hostname;
  } catch {
    return name;
  }
}

function classifyIpv4(o: readonly number[]): HostClassification {
  const [a = 0, b = 0, c = 0] = o;
  const isLoopback = a === 127 || a === 0;
  const isLinkLocal = a === 169 && b === 254;
  const isPrivate =
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) || // CGNAT
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224; // multicast, reserved, broadcast
  return flags(true, {
    isLoopback,
    isLinkLocal,
    isPrivate,
    isMetadata: METADATA_V4.has(o.join('.')),
  });
}

function classifyIpv6(g: readonly number[]): HostClassification {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const v4 = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  const isMapped = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (isMapped && (g5 === 0xffff || (g5 === 0 && (g6 !== 0 || g7 > 1)))) return classifyIpv4(v4);
  if (g0 === 0x64 && g1 === 0xff9b) return classifyIpv4(v4); // NAT64
  if (g0 === 0x2002) return classifyIpv4([g1 >> 8, g1 & 0xff, g2 >> 8, g2 & 0xff]); // 6to4
  const isLoopback = isMapped && g5 === 0 && g6 === 0 && g7 <= 1; // ::1 and ::
  const isLinkLocal = (g0 & 0xffc0) === 0xfe80;
  const isMetadata = g0 === 0xfd00 && g1 === 0x0ec2 && g7 === 0x254 && g2 + g3 + g4 + g5 + g6 === 0;
  const isPrivate =
    (g0 & 0xfe00) === 0xfc00 || // unique local
    (g0 & 0xffc0) === 0xfec0 || // site-local (deprecated)
    (g0 & 0xff00) === 0xff00 || // multicast
    (g0 === 0x2001 && (g1 === 0 || g1 === 0xdb8)) || // Teredo, documentation
    (g0 === 0x100 && g1 + g2 + g3 === 0); // discard
  return flags(true, { isLoopback, isLinkLocal, isPrivate, isMetadata });
}

function flags(
  isIp: boolean,
  found: Partial<Omit<HostClassification, 'isIp'>>,
): HostClassification {
  const isLoopback = found.isLoopback ?? false;
  const isLinkLocal = found.isLinkLocal ?? false;
  const isMetadata = found.isMetadata ?? false;
  const isPrivate = (found.isPrivate ?? false) || isLoopback || isLinkLocal || isMetadata;
  return { isIp, isPrivate, isLoopback, isLinkLocal, isMetadata };
}
