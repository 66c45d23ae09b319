import type { CTerm } from '../compile/plan.js';
import { RegoObject, type Value, valuesEqual } from '../value.js';
import type { Frame } from './context.js';
import { evalTerm, hasUnbound, singleValue } from './terms.js';

/** Continuation of a successful match; returns true to stop the search. @internal */
export type Next = () => boolean;

/** The continuation that stops at the first solution (one shared function, no allocation). @internal */
export const stopAtFirst: Next = (): boolean => true;

/** Binds `slot` to `value` for the duration of `k`. @internal */
export function bindSlot(slot: number, value: Value, f: Frame, k: Next): boolean {
  f.s[slot] = value;
  const stop = k();
  f.s[slot] = undefined;
  return stop;
}

/** Unifies a term (a pattern or an evaluable term) with a value. @internal */
export function unifyValue(term: CTerm, value: Value, f: Frame, k: Next): boolean {
  switch (term.t) {
    case 'const':
      return valuesEqual(term.v, value) ? k() : false;
    case 'var': {
      const bound = f.s[term.slot];
      if (bound === undefined) return bindSlot(term.slot, value, f, k);
      return valuesEqual(bound, value) ? k() : false;
    }
    case 'array': {
      if (!Array.isArray(value) || value.length !== term.items.length) return false;
      const items = term.items;
      const step = (i: number): boolean =>
        i === items.length
          ? k()
          : unifyValue(items[i] as CTerm, value[i] as Value, f, () => step(i + 1));
      return step(0);
    }
    case 'object': {
      if (!(value instanceof RegoObject) || value.size !== term.keys.length) return false;
      if (!hasUnbound(term, f)) break;
      const { keys, values } = term;
      const step = (i: number): boolean => {
        if (i === keys.length) return k();
        return evalTerm(keys[i] as CTerm, f, (key) => {
          const member = value.get(key);
          return member === undefined
            ? false
            : unifyValue(values[i] as CTerm, member, f, () => step(i + 1));
        });
      };
      return step(0);
    }
    default:
      break;
  }
  return evalTerm(term, f, (v) => (valuesEqual(v, value) ? k() : false));
}

/** Unifies two terms, binding variables on either side. @internal */
export function unifyTerms(a: CTerm, b: CTerm, f: Frame, k: Next): boolean {
  if (a.t === 'var' && f.s[a.slot] === undefined) {
    const slot = a.slot;
    return evalTerm(b, f, (v) => {
      if (f.s[slot] !== undefined) return valuesEqual(f.s[slot] as Value, v) ? k() : false;
      return bindSlot(slot, v, f, k);
    });
  }
  if (a.t === 'array' && b.t === 'array') {
    if (a.items.length !== b.items.length) return false;
    const step = (i: number): boolean =>
      i === a.items.length
        ? k()
        : unifyTerms(a.items[i] as CTerm, b.items[i] as CTerm, f, () => step(i + 1));
    return step(0);
  }
  if (a.t === 'object' && b.t === 'object' && hasUnbound(a, f) && hasUnbound(b, f)) {
    return unifyObjects(a, b, f, k);
  }
  if (hasUnbound(a, f)) return evalTerm(b, f, (v) => unifyValue(a, v, f, k));
  return evalTerm(a, f, (v) => unifyValue(b, v, f, k));
}

/** Unifies two object literals key by key (keys must be ground). */
function unifyObjects(
  a: Extract<CTerm, { t: 'object' }>,
  b: Extract<CTerm, { t: 'object' }>,
  f: Frame,
  k: Next,
): boolean {
  if (a.keys.length !== b.keys.length) return false;
  const keysOf = (t: typeof a): Value[] | undefined => {
    const out: Value[] = [];
    for (const key of t.keys) {
      const v = singleValue(key, f);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  };
  const ka = keysOf(a);
  const kb = keysOf(b);
  if (!ka || !kb) return false;
  const pairs: [CTerm, CTerm][] = [];
  for (let i = 0; i < ka.length; i++) {
    const j = kb.findIndex((key) => valuesEqual(key, ka[i] as Value));
    if (j < 0) return false;
    pairs.push([a.values[i] as CTerm, b.values[j] as CTerm]);
  }
  const step = (i: number): boolean =>
    i === pairs.length
      ? k()
      : unifyTerms(pairs[i]?.[0] as CTerm, pairs[i]?.[1] as CTerm, f, () => step(i + 1));
  return step(0);
}
