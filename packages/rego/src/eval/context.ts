import type { BuiltinContext } from '../builtins/registry.js';
import type { CallTarget, DataNode, RuleSet } from '../compile/plan.js';
import type { RegoError } from '../errors.js';
import type { Value } from '../value.js';
import type { CallMemo } from './call-memo.js';
import type { CoverageCollector } from './coverage.js';

/** State shared by a whole evaluation (one `evaluate` or `query` call). @internal */
export interface EvalRoot {
  steps: number;
  /** The step count at which limits are checked next. */
  checkpoint: number;
  readonly maxSteps: number | undefined;
  readonly deadline: number | undefined;
  readonly builtins: BuiltinContext;
  /** Builtin errors collected in strict mode; the first is raised at the end. */
  readonly errors: RegoError[];
  /** What depends on the policy and its base data only, computed once per prepared policy. */
  readonly cache: PolicyCache;
  /**
   * Slots bound by deterministic steps, innermost last: a body records where its part starts
   * and unbinds back to it (one stack per evaluation instead of an array per body).
   */
  readonly trail: number[];
  /** Receives covered lines; when set, nothing that would skip a rule's evaluation is used. */
  readonly coverage: CoverageCollector | undefined;
}

/**
 * Facts about the rule tree and base data that no evaluation changes (without `with data`),
 * kept by the prepared policy across evaluations. @internal
 */
export interface PolicyCache {
  /** Base data value by rule-tree node (NO_VALUE: none). */
  readonly base: Map<DataNode, Value | typeof NO_VALUE>;
  /** Keys of a node's document (base data keys and child nodes), in sort order. */
  readonly keys: Map<DataNode, readonly NodeKey[]>;
  /** Values of pure rule sets (`RuleSet.isPure`). */
  readonly values: Map<RuleSet, Value | typeof NO_VALUE>;
  /** Results of pure functions, bounded per function. */
  readonly calls: Map<RuleSet, SharedCalls>;
}

/** A key of a node's document, with the child node it leads to (none: base data). @internal */
export interface NodeKey {
  readonly key: Value;
  readonly child: DataNode | undefined;
}

/** The kept results of one pure function, and how many there are. @internal */
export interface SharedCalls {
  memo: CallMemo;
  size: number;
}

/** A fresh, empty {@link PolicyCache}. @internal */
export function createPolicyCache(): PolicyCache {
  return { base: new Map(), keys: new Map(), values: new Map(), calls: new Map() };
}

/**
 * True when values of pure rule sets may be shared with other evaluations here: no `with`
 * replaces data or functions, and no coverage is collected (a kept value would leave the
 * lines that compute it unreported). (Strict and non-strict evaluations keep separate caches, and a
 * strict one keeps only values computed without a builtin error; see {@link isKeepable}.)
 * @internal
 */
export function sharesPureValues(c: EvalContext): boolean {
  return c.overrides === undefined && c.mocks === undefined && c.root.coverage === undefined;
}

/**
 * True when a value computed since `errorsBefore` builtin errors were collected may be kept for
 * other evaluations: always in non-strict mode (errors there only make expressions undefined,
 * the same every time), and in strict mode only when computing it raised none, so a cached
 * value never hides an error a fresh evaluation would raise. @internal
 */
export function isKeepable(c: EvalContext, errorsBefore: number): boolean {
  return c.root.errors.length === errorsBefore;
}

/** A `with data.x as v` replacement in effect. @internal */
export interface DataOverride {
  readonly path: readonly Value[];
  readonly value: Value;
}

/** A `with f as g` replacement in effect: another function, or a constant value. @internal */
export type FunctionMock = { readonly target: CallTarget } | { readonly value: Value };

/**
 * The documents and replacements an expression evaluates against; `with` derives a new one
 * (with its own memo) for the expression it modifies. @internal
 */
export interface EvalContext {
  readonly root: EvalRoot;
  readonly input: Value | undefined;
  readonly data: Value;
  readonly overrides: readonly DataOverride[] | undefined;
  readonly mocks: ReadonlyMap<string, FunctionMock> | undefined;
  /**
   * Values of rule sets computed in this context, by rule set id (ids are dense per policy);
   * ACTIVE while one is being computed (guards against cycles introduced by `with`).
   */
  readonly memo: (Value | typeof NO_VALUE | typeof ACTIVE | undefined)[];
  /** Function results computed in this context, by rule set id (see `callFunction`). */
  readonly calls: (CallMemo | undefined)[];
}

/** Marks a rule set whose value is being computed. @internal */
export const ACTIVE: unique symbol = Symbol('active');

/** Marks a memoised rule set whose value is undefined. @internal */
export const NO_VALUE: unique symbol = Symbol('undefined');

/** A rule's variable slots plus the context it evaluates in. @internal */
export interface Frame {
  readonly s: (Value | undefined)[];
  readonly c: EvalContext;
}

/** A fresh frame with `size` unbound slots. @internal */
export function createFrame(size: number, context: EvalContext): Frame {
  const s = new Array<Value | undefined>(size);
  for (let i = 0; i < size; i++) s[i] = undefined;
  return { s, c: context };
}
