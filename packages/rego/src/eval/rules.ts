import type { CRule, CTerm, RuleSet } from '../compile/plan.js';
import { RegoError } from '../errors.js';
import { keyOf, RegoObject, RegoSet, type Value, valuesEqual } from '../value.js';
import { evalBody } from './body.js';
import { CallMemo } from './call-memo.js';
import { lookup } from './collections.js';
import {
  ACTIVE,
  createFrame,
  type EvalContext,
  type Frame,
  isKeepable,
  NO_VALUE,
  type SharedCalls,
  sharesPureValues,
} from './context.js';
import { coverValue } from './coverage.js';
import { NOT_GROUND, tryGround } from './deterministic.js';
import { evalTerm } from './terms.js';
import { stopAtFirst, unifyValue } from './unify.js';

/** The rules of a set worth trying for the current input (rule index applied). */
function candidates(set: RuleSet, c: EvalContext): readonly CRule[] {
  const index = set.index;
  // Coverage tries every rule: the index would skip the lines before a failing condition.
  if (index === undefined || c.root.coverage !== undefined) return set.rules;
  let v: Value | undefined = c.input;
  for (const key of index.path) {
    if (v === undefined) break;
    v = lookup(v, key);
  }
  if (v === undefined || (v !== null && typeof v === 'object')) return index.unindexed;
  return index.byValue.get(keyOf(v)) ?? index.unindexed;
}

/**
 * Evaluates a rule's body, then its `else` clauses in order until one has solutions, calling
 * `k` with the head value of each solution. @internal
 */
export function evalRuleValues(rule: CRule, f: Frame, k: (value: Value) => boolean): boolean {
  const cover = f.c.root.coverage;
  const produce = cover === undefined ? k : coverValue(cover, rule.loc, k);
  if (rule.elses.length === 0) {
    return evalBody(rule.body, f, () => headValue(rule.value, f, produce));
  }
  let found = false;
  const stop = evalBody(rule.body, f, () => {
    found = true;
    return headValue(rule.value, f, produce);
  });
  if (stop || found) return stop;
  for (const clause of rule.elses) {
    const produceElse = cover === undefined ? k : coverValue(cover, clause.loc, k);
    const stopped = evalBody(clause.body, f, () => {
      found = true;
      return headValue(clause.value, f, produceElse);
    });
    if (stopped || found) return stopped;
  }
  return false;
}

function headValue(term: CTerm | undefined, f: Frame, k: (value: Value) => boolean): boolean {
  if (term === undefined) return k(true);
  // Head terms are mostly ground once the body holds: no continuation needed.
  const v = tryGround(term, f);
  if (v === NOT_GROUND) return evalTerm(term, f, k);
  return v === undefined ? false : k(v);
}

function conflict(message: string, rule: CRule): RegoError {
  return new RegoError({ code: 'eval_conflict_error', message, location: rule.loc });
}

/** The value of a rule set (complete, partial set or object), memoised per context. @internal */
export function ruleSetValue(set: RuleSet, c: EvalContext): Value | undefined {
  const id = set.id;
  const memo = c.memo[id];
  if (memo !== undefined) {
    if (memo === ACTIVE) {
      throw new RegoError({
        code: 'rego_recursion_error',
        message: `rule ${set.name} is recursive`,
      });
    }
    return memo === NO_VALUE ? undefined : memo;
  }
  const shared = set.isPure && sharesPureValues(c) ? c.root.cache.values : undefined;
  if (shared !== undefined) {
    const hit = shared.get(set);
    if (hit !== undefined) {
      c.memo[id] = hit;
      return hit === NO_VALUE ? undefined : hit;
    }
  }
  c.memo[id] = ACTIVE;
  const errorsBefore = c.root.errors.length;
  let value: Value | undefined;
  try {
    value = computeRuleSet(set, c);
  } catch (error) {
    c.memo[id] = undefined;
    throw error;
  }
  const memoised = value === undefined ? NO_VALUE : value;
  c.memo[id] = memoised;
  if (shared !== undefined && isKeepable(c, errorsBefore)) shared.set(set, memoised);
  return value;
}

function computeRuleSet(set: RuleSet, c: EvalContext): Value | undefined {
  switch (set.kind) {
    case 'complete':
      return completeValue(set, c);
    case 'set': {
      const out = new RegoSet();
      const cover = c.root.coverage;
      // One continuation for all rules (it reads the rule and frame being evaluated).
      let current: CRule | undefined;
      let key: CTerm | undefined;
      let frame: Frame | undefined;
      const add = (v: Value): boolean => {
        out.add(v);
        if (cover !== undefined) cover.hit((current as CRule).loc.file, (current as CRule).loc.row);
        return false;
      };
      const element = (): boolean => headValue(key, frame as Frame, add);
      for (const rule of candidates(set, c)) {
        const f = createFrame(rule.slots, c);
        current = rule;
        key = rule.key;
        frame = f;
        evalBody(rule.body, f, element);
      }
      return out;
    }
    case 'object':
      return objectValue(set, c);
    default:
      return undefined;
  }
}

/** The head value of a rule whose value is constant and has no `else`, else undefined. */
function constantValue(rule: CRule): Value | undefined {
  if (!rule.isConstant || rule.elses.length > 0) return undefined;
  if (rule.value === undefined) return true;
  return rule.value.t === 'const' ? rule.value.v : undefined;
}

function completeValue(set: RuleSet, c: EvalContext): Value | undefined {
  let result: Value | undefined;
  // One continuation for all rules (it reads the rule being evaluated).
  let current: CRule | undefined;
  const merge = (v: Value): boolean => {
    const rule = current as CRule;
    if (result === undefined) result = v;
    else if (!valuesEqual(result, v)) {
      throw conflict('complete rules must not produce multiple outputs', rule);
    }
    return rule.isConstant;
  };
  const cover = c.root.coverage;
  for (const rule of candidates(set, c)) {
    // Coverage evaluates every rule, so each that holds has its lines reported.
    if (result !== undefined && set.earlyExit && cover === undefined) break;
    const f = createFrame(rule.slots, c);
    const constant = constantValue(rule);
    if (constant !== undefined) {
      // One solution decides the value: no continuation for the head.
      if (!evalBody(rule.body, f, stopAtFirst)) continue;
      if (cover !== undefined) cover.hit(rule.loc.file, rule.loc.row);
      if (result !== undefined && !valuesEqual(result, constant)) {
        throw conflict('complete rules must not produce multiple outputs', rule);
      }
      result = constant;
      continue;
    }
    current = rule;
    evalRuleValues(rule, f, merge);
  }
  if (result === undefined && set.defaultRule) {
    const rule = set.defaultRule;
    const f = createFrame(rule.slots, c);
    evalRuleValues(rule, f, (v) => {
      result = v;
      return true;
    });
  }
  return result;
}

function objectValue(set: RuleSet, c: EvalContext): Value {
  const root = new RegoObject();
  for (const rule of candidates(set, c)) {
    const f = createFrame(rule.slots, c);
    evalRuleValues(rule, f, (value) => {
      const keys: Value[] = [];
      const collect = (i: number): boolean => {
        if (i < rule.suffix.length) {
          return evalTerm(rule.suffix[i] as CTerm, f, (key) => {
            keys[i] = key;
            return collect(i + 1);
          });
        }
        if (rule.key) {
          return evalTerm(rule.key, f, (element) => {
            insert(root, { keys, value: element, isSet: true, rule });
            return false;
          });
        }
        insert(root, { keys, value, isSet: false, rule });
        return false;
      };
      return collect(0);
    });
  }
  return root;
}

function insert(
  root: RegoObject,
  entry: { keys: readonly Value[]; value: Value; isSet: boolean; rule: CRule },
): void {
  let node = root;
  const { keys } = entry;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i] as Value;
    let next = node.get(key);
    if (next === undefined) {
      next = new RegoObject();
      node.set(key, next);
    } else if (!(next instanceof RegoObject)) {
      throw conflict('object keys must be unique', entry.rule);
    }
    node = next;
  }
  const last = keys[keys.length - 1] as Value;
  const existing = node.get(last);
  if (entry.isSet) {
    if (existing === undefined) node.set(last, new RegoSet([entry.value]));
    else if (existing instanceof RegoSet) existing.add(entry.value);
    else throw conflict('object keys must be unique', entry.rule);
    return;
  }
  if (existing !== undefined && !valuesEqual(existing, entry.value)) {
    throw conflict('object keys must be unique', entry.rule);
  }
  node.set(last, entry.value);
}

/**
 * Binds the leading arguments whose patterns are variables (first occurrence) or constants in
 * a fresh frame; returns the index of the first argument left to unify, or -1 on a mismatch.
 */
function bindSimpleArgs(patterns: readonly CTerm[], args: readonly Value[], f: Frame): number {
  let i = 0;
  for (; i < patterns.length; i++) {
    const p = patterns[i] as CTerm;
    const arg = args[i] as Value;
    if (p.t === 'var') {
      const bound = f.s[p.slot];
      if (bound === undefined) f.s[p.slot] = arg;
      else if (!valuesEqual(bound, arg)) return -1;
    } else if (p.t === 'const') {
      if (!valuesEqual(p.v, arg)) return -1;
    } else break;
  }
  return i;
}

const NO_ARGS: unique symbol = Symbol('no arguments');

/** Kept results of one pure function at most, before they are dropped and kept afresh. */
const MAX_SHARED_CALLS = 4096;

/** The memo level that holds the result for `args` (one level per argument but the last). */
function callLevel(memo: CallMemo, args: readonly Value[]): CallMemo {
  let level = memo;
  for (let i = 0; i < args.length - 1; i++) level = level.level(args[i]);
  return level;
}

/** Text (string characters) in scalar arguments beyond which a result is not kept across evaluations. */
const MAX_SHARED_KEY_TEXT = 1024;
/** Integers past this magnitude count as long text too (a bigint's digits are kept with it). */
const LONG_INTEGER = 2n ** 4096n;

/**
 * True when the scalar arguments hold too much text to keep as a key across evaluations:
 * arguments may come from input, and 4096 kept calls with megabyte strings would pin gigabytes.
 * (Composite arguments are held weakly, so they do not count.)
 */
function hasLongScalars(args: readonly Value[]): boolean {
  let text = 0;
  for (const arg of args) {
    if (typeof arg === 'string') text += arg.length;
    else if (typeof arg === 'bigint' && (arg > LONG_INTEGER || arg < -LONG_INTEGER)) return true;
  }
  return text > MAX_SHARED_KEY_TEXT;
}

/** The kept results of a pure function, if they may be used here. */
function sharedCalls(
  set: RuleSet,
  args: readonly Value[],
  c: EvalContext,
): SharedCalls | undefined {
  if (!set.isPure || !sharesPureValues(c) || hasLongScalars(args)) return undefined;
  const calls = c.root.cache.calls;
  let shared = calls.get(set);
  if (shared === undefined || shared.size >= MAX_SHARED_CALLS) {
    shared = { memo: new CallMemo(), size: 0 };
    calls.set(set, shared);
  }
  return shared;
}

/**
 * Calls a user-defined function with argument values. Results are memoised per context (the
 * same input, data and mocks), where a function depends on its arguments only; a pure
 * function's results are also kept across evaluations (composite arguments by identity, held
 * weakly). @internal
 */
export function callFunction(
  set: RuleSet,
  args: readonly Value[],
  c: EvalContext,
): Value | undefined {
  const key = args.length === 0 ? NO_ARGS : args[args.length - 1];
  // A pure function uses the kept results only (no per-evaluation maps).
  const shared = sharedCalls(set, args, c);
  let memo: CallMemo | undefined;
  if (shared !== undefined) memo = shared.memo;
  else {
    memo = c.calls[set.id];
    if (memo === undefined) {
      memo = new CallMemo();
      c.calls[set.id] = memo;
    }
  }
  const level = callLevel(memo, args);
  const hit = level.get(key) as Value | typeof NO_VALUE | undefined;
  if (hit !== undefined) return hit === NO_VALUE ? undefined : hit;
  const errorsBefore = c.root.errors.length;
  const computed = computeCall(set, args, c);
  // A strict evaluation keeps no result whose computation raised a builtin error.
  if (shared !== undefined && !isKeepable(c, errorsBefore)) return computed;
  // Not `??`: null is a value.
  level.set(key, computed === undefined ? NO_VALUE : computed);
  if (shared !== undefined) shared.size++;
  return computed;
}

function computeCall(set: RuleSet, args: readonly Value[], c: EvalContext): Value | undefined {
  let result: Value | undefined;
  const cover = c.root.coverage;
  for (const rule of set.rules) {
    if (result !== undefined && set.earlyExit && cover === undefined) break;
    const f = createFrame(rule.slots, c);
    // Plain variable and constant patterns match without a continuation per argument.
    const first = bindSimpleArgs(rule.args, args, f);
    if (first < 0) continue;
    const constant = constantValue(rule);
    if (constant !== undefined && first === rule.args.length) {
      if (!evalBody(rule.body, f, stopAtFirst)) continue;
      if (cover !== undefined) cover.hit(rule.loc.file, rule.loc.row);
      if (result !== undefined && !valuesEqual(result, constant)) {
        throw conflict('functions must not produce multiple outputs for same inputs', rule);
      }
      result = constant;
      continue;
    }
    const matchArgs = (i: number): boolean => {
      if (i === rule.args.length) {
        return evalRuleValues(rule, f, (v) => {
          if (result === undefined) result = v;
          else if (!valuesEqual(result, v)) {
            throw conflict('functions must not produce multiple outputs for same inputs', rule);
          }
          return rule.isConstant;
        });
      }
      return unifyValue(rule.args[i] as CTerm, args[i] as Value, f, () => matchArgs(i + 1));
    };
    matchArgs(first);
  }
  if (result === undefined && set.defaultRule) {
    const rule = set.defaultRule;
    const f = createFrame(rule.slots, c);
    evalRuleValues(rule, f, (v) => {
      result = v;
      return true;
    });
  }
  return result;
}
