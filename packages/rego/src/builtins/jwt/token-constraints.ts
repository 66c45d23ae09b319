import { isNumber, type RegoObject, type Value } from '../../value.js';
import { builtinError } from '../registry.js';

/** The constraints object of `io.jwt.decode_verify`, decoded. */
export interface TokenConstraints {
  readonly secret: string;
  readonly hasCert: boolean;
  readonly alg: string;
  readonly iss: string;
  readonly aud: string;
  /** Nanoseconds since the epoch. */
  readonly time: number;
}

const stringConstraints = ['secret', 'alg', 'iss', 'aud'] as const;

function timeFrom(name: string, value: Value): number {
  if (!isNumber(value)) throw builtinError(name, 'token time constraint: must be a number');
  const time = Number(value);
  if (time < 0) throw builtinError(name, 'token time constraint: must not be negative');
  return time;
}

/**
 * Reads and validates the constraints (`secret` or `cert`, `alg`, `iss`, `aud`, `time`); the
 * time defaults to the query's `now`. Throws OPA's messages for unknown or malformed ones.
 */
export function readConstraints(name: string, object: RegoObject, nowNs: bigint): TokenConstraints {
  const strings: Record<string, string> = { secret: '', alg: '', iss: '', aud: '' };
  let hasCert = false;
  let time = Number(nowNs);
  for (const [key, value] of object.entries()) {
    if (key === 'cert') {
      if (typeof value !== 'string') throw builtinError(name, 'cert constraint: must be a string');
      hasCert = true;
    } else if (key === 'time') {
      time = timeFrom(name, value);
    } else if (typeof key === 'string' && (stringConstraints as readonly string[]).includes(key)) {
      if (typeof value !== 'string')
        throw builtinError(name, `${key} constraint: must be a string`);
      strings[key] = value;
    } else {
      const label = typeof key === 'string' ? key : String(key);
      throw builtinError(name, `unknown token validation constraint: ${label}`);
    }
  }
  const keys = (hasCert ? 1 : 0) + (strings.secret !== '' ? 1 : 0);
  if (keys > 1) throw builtinError(name, 'duplicate key constraints');
  if (keys < 1) throw builtinError(name, 'no key constraint');
  return {
    secret: strings.secret ?? '',
    hasCert,
    alg: strings.alg ?? '',
    iss: strings.iss ?? '',
    aud: strings.aud ?? '',
    time,
  };
}
