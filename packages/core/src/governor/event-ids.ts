import { randomUUID } from 'node:crypto';
import type { IdGenerator } from './governor-options.js';

/**
 * The default {@link IdGenerator}: a random per-process base plus a counter, so ids are unique
 * without paying for randomness on every decision.
 */
export function createIdGenerator(): IdGenerator {
  const base = randomUUID().replaceAll('-', '').slice(0, 12);
  let counter = 0;
  return (prefix) => `${prefix}_${base}${(counter++).toString(36)}`;
}

/** What identifies one call across a resume. */
export interface CallIdentity {
  readonly namespace: string;
  readonly framework: string;
  readonly sessionId: string;
  readonly agentId: string;
  readonly callId: string;
}

/** The decision-cache key of a call: framework, session, agent and call id (+ namespace). @internal */
export function callKey(identity: CallIdentity): string {
  const { namespace, framework, sessionId, agentId, callId } = identity;
  return `${namespace}\u0000${framework}\u0000${sessionId}\u0000${agentId}\u0000${callId}`;
}

/** Two well-mixed 32-bit words of a string (cyrb53's mixing), as 16 hex characters. */
function hash64(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // Adding 2^32 keeps leading zeros: the string is "1" + 8 hex digits.
  return (
    (0x100000000 + (h1 >>> 0)).toString(16).slice(1) +
    (0x100000000 + (h2 >>> 0)).toString(16).slice(1)
  );
}

/**
 * The event id of a call, derived from its {@link callKey} so it is stable across a resume, even
 * in another process. A 128-bit non-cryptographic hash: ids need to be unique and stable, not
 * secret (approvals bind to the argument digest, not to the id), and this runs on every call.
 * @internal
 */
export function eventIdFor(key: string): string {
  return `evt_${hash64(key, 1)}${hash64(key, 2)}`;
}
