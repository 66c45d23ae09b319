import type { Reason } from '../contract/decision.js';

/** The result of reading a `reasons` array. @internal */
export type ReasonsReading =
  | { readonly ok: true; readonly reasons: readonly Reason[] }
  | { readonly ok: false; readonly message: string };

const EMPTY: ReasonsReading = { ok: true, reasons: [] };

function isReason(value: unknown): value is Reason {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message, policy } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof message === 'string' &&
    (policy === undefined || typeof policy === 'string')
  );
}

/**
 * Reads the `reasons` of a raw decision: absent means none, otherwise an array (or set) of
 * `{ code, message, policy? }`. @internal
 */
export function readReasons(value: unknown): ReasonsReading {
  if (value === undefined) return EMPTY;
  const items = value instanceof Set ? [...value] : value;
  if (!Array.isArray(items)) return { ok: false, message: 'reasons must be an array' };
  for (let i = 0; i < items.length; i++) {
    if (!isReason(items[i])) {
      return { ok: false, message: `reasons[${i}] must be an object with string code and message` };
    }
  }
  return { ok: true, reasons: items as Reason[] };
}

/**
 * Reads the reasons in a `deny` or `require_approval` collection, leniently: strings become
 * messages, reason objects are kept, anything else is summarised. It only feeds messages; the
 * presence of the collection alone decides the effect. @internal
 */
export function reasonsFromCollection(collection: unknown): Reason[] {
  let items: unknown[];
  if (Array.isArray(collection)) items = collection;
  else if (collection instanceof Set) items = [...collection];
  else if (typeof collection === 'object' && collection !== null) items = Object.values(collection);
  else items = [collection];
  return items.map((item) => {
    if (isReason(item)) return item;
    if (typeof item === 'string') return { code: 'policy.rule', message: item };
    return { code: 'policy.rule', message: JSON.stringify(item) ?? String(item) };
  });
}
