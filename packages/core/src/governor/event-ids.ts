import { randomUUID } from 'node:crypto';
import { sha256Hex } from '../canonical/digest.js';
import { escapeKeyPart } from './escape-key-part.js';
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
  // Each part escaped, so an id holding a NUL cannot shift the fields into another session's key.
  const e = (part: string): string => escapeKeyPart(part, '\u0000');
  return `${e(namespace)}\u0000${e(framework)}\u0000${e(sessionId)}\u0000${e(agentId)}\u0000${e(callId)}`;
}

/**
 * The event id of a call, derived from its {@link callKey} so it is stable across a resume, even
 * in another process. (Native SHA-256 measured faster here than a JS hash over the key.)
 * @internal
 */
export function eventIdFor(key: string): string {
  return `evt_${sha256Hex(key).slice(0, 32)}`;
}
