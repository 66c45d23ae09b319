import type { PolicyBundle } from '../engine/policy-bundle.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { parsePolicyBundle } from './load-policy-bundle.js';

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Downloads an OPA bundle from a URL (as OPA's bundle service does) and parses it. A non-2xx
 * answer, a timeout or a body over 16 MiB is an error; nothing half-downloaded is ever served.
 *
 * @throws PolicyConfigError when the bundle cannot be fetched or parsed.
 */
export async function fetchPolicyBundle(url: string): Promise<PolicyBundle> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw new Error(`bundle of ${declared} bytes is too large`);
    bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new Error(`bundle of ${bytes.length} bytes is too large`);
  } catch (cause) {
    throw new PolicyConfigError({
      message: `cannot fetch policy bundle ${url}: ${String(cause)}`,
      cause,
    });
  }
  return parsePolicyBundle(bytes, url);
}
