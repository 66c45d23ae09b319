import type { CTerm } from '../compile/plan.js';
import { RegoObject, RegoSet, type Value } from '../value.js';
import { evalCallTerm } from './calls.js';
import { iterate, lookup } from './collections.js';
import { evalComprehension } from './comprehensions.js';
import type { Frame } from './context.js';
import { evalData } from './data-refs.js';
import { renderTemplate } from './format.js';
import { unifyValue } from './unify.js';

/** Receives one value of a term; returns true to stop the search. @internal */
export type Emit = (value: Value) => boolean;

/**
 * Evaluates a term, calling `k` once per value (refs with unbound variables iterate and bind
 * them; undefined terms call it never). Returns true when `k` asked to stop. @internal
 */
export function evalTerm(term: CTerm, f: Frame, k: Emit): boolean {
  switch (term.t) {
    case 'const':
      return k(term.v);
    case 'var': {
      const v = f.s[term.slot];
      return v === undefined ? false : k(v);
    }
    case 'input': {
      const input = f.c.input;
      return input === undefined ? false : evalPath(input, term.path, 0, f, k);
    }
    case 'data':
      return evalData(term.node, term.path, 0, f, k);
    case 'ref':
      return evalTerm(term.head, f, (head) => evalPath(head, term.path, 0, f, k));
    case 'array':
      return evalItems(term.items, f, (items) => k(items));
    case 'set':
      return evalItems(term.items, f, (items) => k(new RegoSet(items)));
    case 'object':
      return evalItems(term.keys, f, (keys) =>
        evalItems(term.values, f, (values) =>
          k(new RegoObject(keys.map((key, i) => [key, values[i] as Value] as const))),
        ),
      );
    case 'call':
      return evalCallTerm(term, f, k);
    case 'comprehension':
      return k(evalComprehension(term, f));
    case 'template':
      return k(renderTemplate(term, f));
  }
}

/** The single value of a term that needs no iteration, or undefined. @internal */
export function singleValue(term: CTerm, f: Frame): Value | undefined {
  switch (term.t) {
    case 'const':
      return term.v;
    case 'var':
      return f.s[term.slot];
    case 'input': {
      let v = f.c.input;
      for (const p of term.path) {
        if (v === undefined) return undefined;
        const key = p.t === 'const' ? p.v : p.t === 'var' ? f.s[p.slot] : undefined;
        if (key === undefined) return firstValue(term, f);
        v = lookup(v, key);
      }
      return v;
    }
    default:
      return firstValue(term, f);
  }
}

function firstValue(term: CTerm, f: Frame): Value | undefined {
  let out: Value | undefined;
  evalTerm(term, f, (v) => {
    out = v;
    return true;
  });
  return out;
}

/** Evaluates terms left to right, calling `k` with each combination of their values. @internal */
export function evalItems(
  terms: readonly CTerm[],
  f: Frame,
  k: (values: Value[]) => boolean,
): boolean {
  const values = new Array<Value>(terms.length);
  const step = (i: number): boolean => {
    if (i === terms.length) return k(values.slice());
    return evalTerm(terms[i] as CTerm, f, (v) => {
      values[i] = v;
      return step(i + 1);
    });
  };
  return step(0);
}

/**
 * Follows `path[i..]` from `value`: constant and bound keys look up, unbound variables (and
 * patterns) iterate the collection and bind. @internal
 */
export function evalPath(
  value: Value,
  path: readonly CTerm[],
  i: number,
  f: Frame,
  k: Emit,
): boolean {
  let v: Value | undefined = value;
  for (; i < path.length; i++) {
    const p = path[i] as CTerm;
    let key: Value | undefined;
    if (p.t === 'const') key = p.v;
    else if (p.t === 'var') {
      key = f.s[p.slot];
      if (key === undefined) {
        const slot = p.slot;
        const next = i + 1;
        return iterate(v, (k2, member) => {
          f.s[slot] = k2;
          const stop = evalPath(member, path, next, f, k);
          f.s[slot] = undefined;
          return stop;
        });
      }
    } else {
      const next = i + 1;
      const from = v;
      if (hasUnbound(p, f)) {
        return iterate(from, (k2, member) =>
          unifyValue(p, k2, f, () => evalPath(member, path, next, f, k)),
        );
      }
      return evalTerm(p, f, (k2) => {
        const member = lookup(from, k2);
        return member === undefined ? false : evalPath(member, path, next, f, k);
      });
    }
    v = lookup(v, key);
    if (v === undefined) return false;
  }
  return k(v);
}

/** True when a pattern term still has unbound variables. @internal */
export function hasUnbound(term: CTerm, f: Frame): boolean {
  switch (term.t) {
    case 'var':
      return f.s[term.slot] === undefined;
    case 'array':
    case 'set':
      return term.items.some((i) => hasUnbound(i, f));
    case 'object':
      return term.values.some((v) => hasUnbound(v, f)) || term.keys.some((k) => hasUnbound(k, f));
    default:
      return false;
  }
}
