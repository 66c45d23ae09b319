import type { RegoObject } from '../../value.js';
import { builtinError } from '../registry.js';

/** The JOSE header parameters `io.jwt.decode_verify` acts on. */
export interface TokenHeader {
  readonly alg: string;
  readonly kid: string;
  readonly cty: string;
  /** False when `alg` is missing or a `crit` parameter is not understood (RFC 7515 4.1.11). */
  readonly isValid: boolean;
}

const stringParameters = new Set(['alg', 'kid', 'typ', 'cty']);

/** Reads the header parameters, throwing OPA's messages for malformed known ones. */
export function readHeader(name: string, header: RegoObject): TokenHeader {
  const values: Record<string, string> = {};
  const unknown: string[] = [];
  let critical: Set<string> | undefined;
  for (const [key, value] of header.entries()) {
    const label = String(key);
    if (stringParameters.has(label)) {
      if (typeof value !== 'string') throw builtinError(name, `${label}: must be a string`);
      values[label] = value;
    } else if (label === 'crit') {
      if (!Array.isArray(value)) throw builtinError(name, 'crit: must be a list');
      critical = new Set(value.filter((item): item is string => typeof item === 'string'));
      if (critical.size === 0) throw builtinError(name, 'crit: must be a nonempty list');
    } else {
      unknown.push(label);
    }
  }
  const alg = values.alg ?? '';
  const hasUnknownCritical = unknown.some((label) => critical?.has(label));
  return {
    alg,
    kid: values.kid ?? '',
    cty: values.cty ?? '',
    isValid: alg !== '' && !hasUnknownCritical,
  };
}
