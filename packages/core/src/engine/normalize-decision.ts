import type { Decision, Effect, Obligations, Reason } from '../contract/decision.js';
import { denyDecision } from './deny-decision.js';
import { readReasons, reasonsFromCollection } from './read-reasons.js';

const RANK: Readonly<Record<Effect, number>> = { allow: 0, require_approval: 1, deny: 2 };
const EFFECTS: readonly Effect[] = ['allow', 'require_approval', 'deny'];

function isEffect(value: unknown): value is Effect {
  return value === 'allow' || value === 'deny' || value === 'require_approval';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmpty(collection: unknown): boolean {
  if (collection === undefined || collection === null || collection === false) return false;
  if (Array.isArray(collection)) return collection.length > 0;
  if (collection instanceof Set) return collection.size > 0;
  if (isPlainObject(collection)) return Object.keys(collection).length > 0;
  return true;
}

/** The effect implied by reasons that carry their own `effect` (e.g. a deny reason on an allow). */
function effectOfReasons(reasons: readonly Reason[]): Effect | undefined {
  let rank = -1;
  for (const reason of reasons) {
    const effect = (reason as { effect?: unknown }).effect;
    if (isEffect(effect)) rank = Math.max(rank, RANK[effect]);
  }
  return rank < 0 ? undefined : EFFECTS[rank];
}

function stricter(a: Effect | undefined, b: Effect | undefined): Effect | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Turns whatever a policy returned into a {@link Decision}, failing closed.
 *
 * Anything malformed becomes a deny whose reason says why: no result (`decision.missing`), not
 * an object or bad reasons/obligations (`decision.malformed`), an unknown effect
 * (`decision.unknown_effect`). Precedence deny > require_approval > allow is enforced here
 * whatever the policy says: non-empty `deny` / `require_approval` collections in the document,
 * or reasons that carry a stricter `effect`, win over the stated effect. An `allow` needs an
 * explicit allow: either `effect: "allow"` or a non-empty `allow` collection.
 */
export function normalizeDecision(raw: unknown): Decision {
  if (raw === undefined) return denyDecision('decision.missing', 'the policy returned no decision');
  if (!isPlainObject(raw)) {
    return denyDecision('decision.malformed', 'the decision must be an object');
  }
  const stated = raw.effect;
  if (stated !== undefined && !isEffect(stated)) {
    return denyDecision('decision.unknown_effect', `unknown effect ${JSON.stringify(stated)}`);
  }
  const reasons = readReasons(raw.reasons);
  if (!reasons.ok) return denyDecision('decision.malformed', reasons.message);
  if (raw.obligations !== undefined && !isPlainObject(raw.obligations)) {
    return denyDecision('decision.malformed', 'obligations must be an object');
  }
  let effect = stated as Effect | undefined;
  if (effect === undefined && isNonEmpty(raw.allow)) effect = 'allow';
  if (isNonEmpty(raw.require_approval)) effect = stricter(effect, 'require_approval');
  if (isNonEmpty(raw.deny)) effect = 'deny';
  effect = stricter(effect, effectOfReasons(reasons.reasons));
  if (effect === undefined) {
    return denyDecision('decision.malformed', 'the decision has no effect');
  }
  let all = reasons.reasons;
  if (effect !== stated) {
    // The stricter effect came from a collection: surface its reasons too.
    const extra = reasonsFromCollection(effect === 'deny' ? raw.deny : raw.require_approval);
    if (extra.length > 0) all = [...extra, ...all];
  }
  if (raw.obligations === undefined) return { effect, reasons: all };
  return { effect, reasons: all, obligations: raw.obligations as Obligations };
}
