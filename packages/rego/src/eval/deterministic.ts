import type { CExpr, CTerm } from '../compile/plan.js';
import { RegoObject, RegoSet, type Value, valuesEqual } from '../value.js';
import { evalExpr } from './body.js';
import { callOnce, printArgs } from './calls.js';
import { lookup } from './collections.js';
import { evalComprehension } from './comprehensions.js';
import type { Frame } from './context.js';
import { groundData } from './data-refs.js';
import { evalEvery } from './every.js';
import { renderTemplate } from './format.js';
import { stopAtFirst } from './unify.js';

/** Marks a term that needs iteration (or binds variables) to evaluate. @internal */
export const NOT_GROUND: unique symbol = Symbol('not ground');

type Ground = Value | undefined | typeof NOT_GROUND;

/** Outcomes of {@link tryStep}; `Branch`: the expression may have several solutions. @internal */
export const Step = { Fail: 0, Done: 1, Branch: 2 } as const;

/** One of the {@link Step} outcomes. @internal */
export type StepResult = (typeof Step)[keyof typeof Step];

function groundPath(v: Value | undefined, path: readonly CTerm[], f: Frame): Ground {
  for (let i = 0; i < path.length; i++) {
    if (v === undefined) return undefined;
    const p = path[i] as CTerm;
    let key: Ground;
    if (p.t === 'const') key = p.v;
    else if (p.t === 'var') key = f.s[p.slot] ?? NOT_GROUND;
    else key = tryGround(p, f);
    if (key === NOT_GROUND) return NOT_GROUND;
    if (key === undefined) return undefined;
    v = lookup(v, key);
  }
  return v;
}

function groundItems(terms: readonly CTerm[], f: Frame): Value[] | undefined | typeof NOT_GROUND {
  const out = new Array<Value>(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const v = tryGround(terms[i] as CTerm, f);
    if (v === NOT_GROUND || v === undefined) return v;
    out[i] = v;
  }
  return out;
}

/**
 * The value of a term that has at most one value given the current bindings (undefined when it
 * has none), or NOT_GROUND when evaluating it would iterate or bind variables. @internal
 */
export function tryGround(term: CTerm, f: Frame): Ground {
  switch (term.t) {
    case 'const':
      return term.v;
    case 'var':
      return f.s[term.slot] ?? NOT_GROUND;
    case 'input':
      return groundPath(f.c.input, term.path, f);
    case 'ref': {
      const head = tryGround(term.head, f);
      if (head === NOT_GROUND || head === undefined) return head;
      return groundPath(head, term.path, f);
    }
    case 'data': {
      for (const p of term.path) {
        if (p.t === 'var' ? f.s[p.slot] === undefined : p.t !== 'const') return NOT_GROUND;
      }
      return groundData(term.node, term.path, f);
    }
    case 'array':
      return groundItems(term.items, f);
    case 'set': {
      const items = groundItems(term.items, f);
      return Array.isArray(items) ? new RegoSet(items) : items;
    }
    case 'object': {
      const keys = groundItems(term.keys, f);
      if (!Array.isArray(keys)) return keys;
      const values = groundItems(term.values, f);
      if (!Array.isArray(values)) return values;
      return new RegoObject(keys.map((k, i) => [k, values[i] as Value] as const));
    }
    case 'call': {
      if (term.target.kind === 'print') {
        printArgs(term.args, f);
        return true;
      }
      if (term.target.kind === 'builtin' && term.target.builtin.isRelation === true)
        return NOT_GROUND;
      const args = groundItems(term.args, f);
      if (!Array.isArray(args)) return args;
      return callOnce(term, args, f);
    }
    case 'comprehension':
      return evalComprehension(term, f);
    case 'template':
      return renderTemplate(term, f);
  }
}

function bindOrCompare(pattern: CTerm, value: Value, f: Frame, trail: number[]): StepResult {
  if (pattern.t === 'var') {
    const bound = f.s[pattern.slot];
    if (bound === undefined) {
      f.s[pattern.slot] = value;
      trail.push(pattern.slot);
      return Step.Done;
    }
    return valuesEqual(bound, value) ? Step.Done : Step.Fail;
  }
  const v = tryGround(pattern, f);
  if (v === NOT_GROUND) return Step.Branch;
  return v !== undefined && valuesEqual(v, value) ? Step.Done : Step.Fail;
}

function isSimplePattern(term: CTerm): boolean {
  return term.t === 'var' || term.t === 'const';
}

/**
 * Runs an expression that has at most one solution without a continuation, leaving its bindings
 * in place (recorded on `trail`); returns Branch when it needs backtracking. This keeps long
 * bodies iterative instead of one JS stack frame per expression. @internal
 */
export function tryStep(expr: CExpr, f: Frame, trail: number[]): StepResult {
  switch (expr.e) {
    case 'true':
      return Step.Done;
    case 'term': {
      const v = tryGround(expr.term, f);
      if (v === NOT_GROUND) return Step.Branch;
      return v === undefined || v === false ? Step.Fail : Step.Done;
    }
    case 'unify': {
      const { a, b } = expr;
      if (a.t === 'var' && f.s[a.slot] === undefined) {
        const v = tryGround(b, f);
        if (v === NOT_GROUND) return Step.Branch;
        return v === undefined ? Step.Fail : bindOrCompare(a, v, f, trail);
      }
      const va = tryGround(a, f);
      if (va === NOT_GROUND) return Step.Branch;
      if (va === undefined) return Step.Fail;
      if (b.t === 'var') return bindOrCompare(b, va, f, trail);
      const vb = tryGround(b, f);
      if (vb === NOT_GROUND) return Step.Branch;
      return vb !== undefined && valuesEqual(va, vb) ? Step.Done : Step.Fail;
    }
    case 'call': {
      const target = expr.target;
      if (target.kind === 'print') {
        printArgs(expr.args, f);
        return Step.Done;
      }
      if (target.kind === 'builtin' && target.builtin.isRelation === true) return Step.Branch;
      const out = expr.out;
      if (out !== undefined && !isSimplePattern(out)) return Step.Branch;
      const args = groundItems(expr.args, f);
      if (args === NOT_GROUND) return Step.Branch;
      if (args === undefined) return Step.Fail;
      const result = callOnce(expr, args, f);
      if (result === undefined) return Step.Fail;
      if (out === undefined) return result === false ? Step.Fail : Step.Done;
      return bindOrCompare(out, result, f, trail);
    }
    case 'every':
      return evalEvery(expr, f, stopAtFirst) ? Step.Done : Step.Fail;
    case 'not': {
      // A negated step that needs no backtracking runs as a step; its bindings are undone.
      const mark = trail.length;
      const inner = tryStep(expr.expr, f, trail);
      while (trail.length > mark) f.s[trail.pop() as number] = undefined;
      if (inner !== Step.Branch) return inner === Step.Done ? Step.Fail : Step.Done;
      return evalExpr(expr, f, stopAtFirst) ? Step.Done : Step.Fail;
    }
    case 'logic':
      return evalExpr(expr, f, stopAtFirst) ? Step.Done : Step.Fail;
    default:
      return Step.Branch;
  }
}
