import type { CTerm, DataNode } from '../compile/plan.js';
import { RegoError } from '../errors.js';
import { compareValues, keyOf, RegoObject, RegoSet, type Value, valuesEqual } from '../value.js';
import { lookup, setIn } from './collections.js';
import {
  ACTIVE,
  type DataOverride,
  type EvalContext,
  type Frame,
  NO_VALUE,
  type NodeKey,
} from './context.js';
import { ruleSetValue } from './rules.js';
import { type Emit, evalPath, evalTerm, hasUnbound } from './terms.js';
import { unifyValue } from './unify.js';

/** The base-data value at a node's path (cached per prepared policy when no `with` applies). */
function baseAt(node: DataNode, c: EvalContext): Value | undefined {
  const overrides = c.overrides;
  if (overrides === undefined) {
    const hit = c.root.cache.base.get(node);
    if (hit !== undefined) return hit === NO_VALUE ? undefined : hit;
  }
  let v: Value | undefined = c.data;
  for (const key of node.path) {
    if (v === undefined) break;
    v = lookup(v, key);
  }
  if (overrides !== undefined) return patchBelow(v, node.path, overrides);
  c.root.cache.base.set(node, v === undefined ? NO_VALUE : v);
  return v;
}

/** The keys of a node's document: its base data's and its children's, in sort order. */
function keysAt(node: DataNode, base: Value | undefined, c: EvalContext): readonly NodeKey[] {
  const cacheable = c.overrides === undefined;
  if (cacheable) {
    const hit = c.root.cache.keys.get(node);
    if (hit !== undefined) return hit;
  }
  const keys = new Map<unknown, Value>();
  if (base instanceof RegoObject) for (const key of base.keys()) keys.set(keyOf(key), key);
  for (const child of node.children.values()) {
    const key = child.path[child.path.length - 1] as Value;
    keys.set(keyOf(key), key);
  }
  const sorted = [...keys.values()]
    .sort(compareValues)
    .map((key) => ({ key, child: node.children.get(keyOf(key)) }));
  if (cacheable) c.root.cache.keys.set(node, sorted);
  return sorted;
}

const NONE: unique symbol = Symbol('none');

/** The value an override at or above `path` gives it, NONE when no override applies. */
function overrideAt(
  path: readonly Value[],
  overrides: readonly DataOverride[],
): Value | undefined | typeof NONE {
  for (let o = overrides.length - 1; o >= 0; o--) {
    const override = overrides[o] as DataOverride;
    if (override.path.length > path.length) continue;
    let matches = true;
    for (let i = 0; i < override.path.length; i++) {
      if (!valuesEqual(override.path[i] as Value, path[i] as Value)) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    let v: Value | undefined = override.value;
    for (let i = override.path.length; i < path.length && v !== undefined; i++)
      v = lookup(v, path[i] as Value);
    return v;
  }
  return NONE;
}

/** Applies the overrides strictly below `path` to the value at `path`. */
function patchBelow(
  value: Value | undefined,
  path: readonly Value[],
  overrides: readonly DataOverride[],
): Value | undefined {
  let v = value;
  for (const override of overrides) {
    if (override.path.length <= path.length) continue;
    if (!path.every((key, i) => valuesEqual(key, override.path[i] as Value))) continue;
    v = setIn(v, override.path.slice(path.length), override.value);
  }
  return v;
}

/** The full value of a node: its rules' value, or an object of base data and child documents. @internal */
export function nodeValue(node: DataNode, c: EvalContext): Value | undefined {
  const overrides = c.overrides;
  const rules = node.rules;
  if (overrides !== undefined) {
    const hit = overrideAt(node.path, overrides);
    if (hit !== NONE) return hit;
  } else if (rules !== undefined && node.children.size === 0) {
    // Already computed here: the rules were evaluated, so no base data shadows them.
    const memo = c.memo[rules.id];
    if (memo !== undefined && memo !== ACTIVE) return memo === NO_VALUE ? undefined : memo;
  }
  const base = baseAt(node, c);
  if (node.rules) {
    if (node.rules.kind === 'function') return undefined;
    // Base data wins over rules at the same path (OPA reports such conflicts at compile time).
    if (base !== undefined) return base;
    let v = ruleSetValue(node.rules, c);
    if (node.children.size > 0 && v !== undefined) v = mergeChildren(v, node, c);
    return overrides !== undefined ? patchBelow(v, node.path, overrides) : v;
  }
  if (node.children.size === 0) return base ?? new RegoObject();
  const out = new RegoObject(base instanceof RegoObject ? base.entries() : []);
  for (const child of node.children.values()) {
    const key = child.path[child.path.length - 1] as Value;
    const v = nodeValue(child, c);
    if (v !== undefined) out.set(key, v);
  }
  if (out.size === 0 && !(base instanceof RegoObject) && base !== undefined) return base;
  return out;
}

/** Merges the documents of a rule node's children into the rule set's object value. */
function mergeChildren(value: Value, node: DataNode, c: EvalContext): Value {
  let out = value;
  // Below the rules' own ref depth their values are leaves: injecting into them conflicts.
  let depth = Number.POSITIVE_INFINITY;
  for (const rule of node.rules?.rules ?? []) depth = Math.min(depth, rule.suffix.length);
  for (const child of node.children.values()) {
    const key = child.path[child.path.length - 1] as Value;
    const v = nodeValue(child, c);
    if (v === undefined) continue;
    out = mergeValues(out, new RegoObject([[key, v]]), depth + 1);
  }
  return out;
}

function mergeValues(a: Value, b: Value, depth: number): Value {
  if (a instanceof RegoObject && b instanceof RegoObject && depth > 0) {
    const out = new RegoObject(a.entries());
    for (const [k, v] of b.entries()) {
      const existing = out.get(k);
      out.set(k, existing === undefined ? v : mergeValues(existing, v, depth - 1));
    }
    return out;
  }
  if (a instanceof RegoSet && b instanceof RegoSet)
    return new RegoSet([...a.values(), ...b.values()]);
  if (valuesEqual(a, b)) return a;
  throw new RegoError({ code: 'eval_conflict_error', message: 'object keys must be unique' });
}

/** A member of base data; integer keys also match their string spelling (JSON keys). */
function baseLookup(base: Value | undefined, key: Value): Value | undefined {
  if (base === undefined) return undefined;
  const member = lookup(base, key);
  if (member === undefined && typeof key === 'number' && base instanceof RegoObject) {
    return base.get(String(key));
  }
  return member;
}

/** Follows a path inside base data, where integer keys also match their string spelling. */
function evalBasePath(value: Value, path: readonly CTerm[], i: number, f: Frame, k: Emit): boolean {
  let v: Value | undefined = value;
  for (; i < path.length; i++) {
    const p = path[i] as CTerm;
    const key = p.t === 'const' ? p.v : p.t === 'var' ? f.s[p.slot] : undefined;
    if (key === undefined) return evalPath(v, path, i, f, k);
    v = baseLookup(v, key);
    if (v === undefined) return false;
  }
  return k(v);
}

/**
 * The value of a reference into `data` whose keys are all constants or bound variables (the
 * caller checked): walks child nodes and then the document without continuations. @internal
 */
export function groundData(start: DataNode, path: readonly CTerm[], f: Frame): Value | undefined {
  const c = f.c;
  if (c.overrides === undefined) {
    let node = start;
    let i = 0;
    for (; i < path.length && node.rules === undefined && node.children.size > 0; i++) {
      const p = path[i] as CTerm;
      const key = p.t === 'const' ? p.v : p.t === 'var' ? f.s[p.slot] : undefined;
      if (key === undefined) break;
      const child = node.children.get(keyOf(key));
      if (child === undefined) break;
      node = child;
    }
    if (node.rules !== undefined || i === path.length || node.children.size === 0) {
      let v = nodeValue(node, c);
      for (; i < path.length && v !== undefined; i++) {
        const p = path[i] as CTerm;
        const key = p.t === 'const' ? p.v : p.t === 'var' ? f.s[p.slot] : undefined;
        if (key === undefined) break;
        v = lookup(v, key);
      }
      if (v === undefined) return undefined;
      if (i === path.length) return v;
    }
  }
  // Base data below a node with children, or `with data` replacements: the general walk.
  let out: Value | undefined;
  evalData(start, path, 0, f, (v) => {
    out = v;
    return true;
  });
  return out;
}

/** Evaluates a reference into `data` from `node` following `path[i..]`. @internal */
export function evalData(
  start: DataNode,
  path: readonly CTerm[],
  from: number,
  f: Frame,
  k: Emit,
): boolean {
  const c = f.c;
  const overrides = c.overrides;
  let node = start;
  let i = from;
  // Constant and bound keys step down the tree without continuations.
  for (;;) {
    if (overrides !== undefined) {
      const hit = overrideAt(node.path, overrides);
      if (hit !== NONE) return hit === undefined ? false : evalPath(hit, path, i, f, k);
    }
    if (node.rules || i === path.length || node.children.size === 0) {
      const v = nodeValue(node, c);
      return v === undefined ? false : evalPath(v, path, i, f, k);
    }
    const p = path[i] as CTerm;
    const key = p.t === 'const' ? p.v : p.t === 'var' ? f.s[p.slot] : undefined;
    if (key === undefined) break;
    const child = node.children.get(keyOf(key));
    if (child === undefined) {
      const member = baseLookup(baseAt(node, c), key);
      return member === undefined ? false : evalBasePath(member, path, i + 1, f, k);
    }
    node = child;
    i++;
  }
  const p = path[i] as CTerm;
  const here = node;
  const next = i + 1;
  const base = baseAt(here, c);
  const descend = (entry: NodeKey): boolean => {
    if (entry.child !== undefined) return evalData(entry.child, path, next, f, k);
    const member = baseLookup(base, entry.key);
    return member === undefined ? false : evalBasePath(member, path, next, f, k);
  };
  if (p.t === 'var') {
    // An unbound variable: bind it to each key in turn.
    const slot = p.slot;
    for (const entry of keysAt(here, base, c)) {
      f.s[slot] = entry.key;
      const stop = descend(entry);
      f.s[slot] = undefined;
      if (stop) return true;
    }
    return false;
  }
  if (!hasUnbound(p, f)) {
    return evalTerm(p, f, (key) => {
      const child = here.children.get(keyOf(key));
      return descend({ key, child });
    });
  }
  for (const entry of keysAt(here, base, c)) {
    if (unifyValue(p, entry.key, f, () => descend(entry))) return true;
  }
  return false;
}
