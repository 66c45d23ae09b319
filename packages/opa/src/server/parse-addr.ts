import { PolicyConfigError } from '@kitelogik/core';

/** A listen address: host and port (0 = an ephemeral port). */
export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * Parses OPA's `--addr` form: `host:port`, `[::1]:port` or `:port`. Unlike OPA, a bare `:port`
 * means loopback (`127.0.0.1`): listening on every interface has to be asked for by name.
 *
 * @throws PolicyConfigError on anything else.
 */
export function parseAddr(addr: string): ListenAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(addr.trim());
  const port = Number(match?.[3]);
  if (match === null || !Number.isInteger(port) || port > 65535) {
    throw new PolicyConfigError({ message: `invalid address "${addr}", expected host:port` });
  }
  const host = match[1] ?? match[2] ?? '';
  return { host: host === '' ? '127.0.0.1' : host, port };
}
