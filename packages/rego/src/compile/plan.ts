import type { Location } from '../ast.js';
import type { Builtin } from '../builtins/registry.js';
import type { Value } from '../value.js';

/**
 * The compiled form of Rego that the evaluator runs: terms with variables resolved to frame
 * slots, references into `data` resolved to rule-tree nodes, calls resolved to builtins or rule
 * sets, and bodies reordered for safety.
 *
 * @internal
 */
export type CTerm =
  | ConstTerm
  | SlotTerm
  | CArrayTerm
  | CSetTerm
  | CObjectTerm
  | LocalRefTerm
  | InputRefTerm
  | DataRefTerm
  | CCallTerm
  | CComprehensionTerm
  | CTemplateTerm;

/** A constant value (scalars and constant composites are built once at compile time). @internal */
export interface ConstTerm {
  readonly t: 'const';
  readonly v: Value;
}

/** A variable held in slot `slot` of the current frame. @internal */
export interface SlotTerm {
  readonly t: 'var';
  readonly slot: number;
  readonly name: string;
  readonly isGenerated: boolean;
}

/** An array literal with at least one non-constant item. @internal */
export interface CArrayTerm {
  readonly t: 'array';
  readonly items: readonly CTerm[];
}

/** A set literal with at least one non-constant item. @internal */
export interface CSetTerm {
  readonly t: 'set';
  readonly items: readonly CTerm[];
}

/** An object literal with at least one non-constant key or value. @internal */
export interface CObjectTerm {
  readonly t: 'object';
  readonly keys: readonly CTerm[];
  readonly values: readonly CTerm[];
}

/** A reference whose head is a local value: `x[i].y`, `[1, 2][i]`, `f(x).y`. @internal */
export interface LocalRefTerm {
  readonly t: 'ref';
  readonly head: CTerm;
  readonly path: readonly CTerm[];
}

/** A reference into `input`. @internal */
export interface InputRefTerm {
  readonly t: 'input';
  readonly path: readonly CTerm[];
}

/** A reference into `data`: `node` is the deepest rule-tree node reached by constant keys. @internal */
export interface DataRefTerm {
  readonly t: 'data';
  readonly node: DataNode;
  readonly path: readonly CTerm[];
}

/** What a call invokes. @internal */
export type CallTarget =
  | { readonly kind: 'builtin'; readonly name: string; readonly builtin: Builtin }
  | { readonly kind: 'function'; readonly name: string; readonly rules: RuleSet }
  | { readonly kind: 'print'; readonly name: string }
  | { readonly kind: 'equal'; readonly name: string };

/** A call used as a term: `count(x)`. @internal */
export interface CCallTerm {
  readonly t: 'call';
  readonly target: CallTarget;
  readonly args: readonly CTerm[];
  readonly loc: Location;
}

/** An array, set or object comprehension. @internal */
export interface CComprehensionTerm {
  readonly t: 'comprehension';
  readonly kind: 'array' | 'set' | 'object';
  readonly head: CTerm;
  /** The value term, for object comprehensions. */
  readonly value: CTerm | undefined;
  readonly body: CBody;
  /** Slots of the enclosing scopes the comprehension reads. */
  readonly closure: readonly number[];
  /** Slots local to the comprehension (reset between uses). */
  readonly locals: readonly number[];
}

/** A template string: literal text and embedded terms. @internal */
export interface CTemplateTerm {
  readonly t: 'template';
  readonly parts: readonly (string | CTerm)[];
}

/** A `with` modifier, resolved. @internal */
export type CWith =
  | { readonly kind: 'input'; readonly path: readonly Value[]; readonly value: CTerm }
  | { readonly kind: 'data'; readonly path: readonly Value[]; readonly value: CTerm }
  | {
      readonly kind: 'function';
      /** The builtin name or the function's rule path (`data.test.f`). */
      readonly name: string;
      readonly value: CTerm;
      /** A function used as the replacement, when the value names one. */
      readonly replacement: CallTarget | undefined;
    };

/** One compiled expression. @internal */
export type CExpr =
  | {
      readonly e: 'term';
      readonly term: CTerm;
      readonly loc: Location;
    }
  | { readonly e: 'unify'; readonly a: CTerm; readonly b: CTerm; readonly loc: Location }
  | {
      readonly e: 'call';
      readonly target: CallTarget;
      readonly args: readonly CTerm[];
      /** The output argument of `f(x, out)`. */
      readonly out: CTerm | undefined;
      readonly loc: Location;
    }
  | {
      readonly e: 'some-in';
      readonly key: CTerm | undefined;
      readonly value: CTerm;
      readonly collection: CTerm;
      readonly loc: Location;
    }
  | {
      readonly e: 'every';
      readonly key: CTerm | undefined;
      readonly value: CTerm;
      readonly domain: CTerm;
      readonly body: CBody;
      readonly locals: readonly number[];
      readonly loc: Location;
    }
  | {
      readonly e: 'not';
      readonly expr: CExpr;
      readonly locals: readonly number[];
      readonly loc: Location;
    }
  | {
      readonly e: 'with';
      readonly expr: CExpr;
      readonly withs: readonly CWith[];
      readonly loc: Location;
    }
  | {
      readonly e: 'logic';
      readonly operator: 'and' | 'or';
      readonly operands: readonly CBody[];
      /** Slots of the enclosing body the operands read. */
      readonly closure: readonly number[];
      readonly loc: Location;
    }
  | { readonly e: 'true'; readonly loc: Location };

/** A compiled body: expressions in evaluation order. @internal */
export type CBody = readonly CExpr[];

/** A compiled `else` clause. @internal */
export interface CElse {
  readonly value: CTerm | undefined;
  readonly body: CBody;
  /** Where the `else` keyword is (its head, for coverage). */
  readonly loc: Location;
}

/** A compiled rule. @internal */
export interface CRule {
  readonly slots: number;
  readonly body: CBody;
  /** Head value; undefined means `true`. */
  readonly value: CTerm | undefined;
  /** The element of a multi-value (`contains`) rule. */
  readonly key: CTerm | undefined;
  /** Head reference terms after the rule set's node (object rules: `p[x].y`). */
  readonly suffix: readonly CTerm[];
  /** Function argument patterns. */
  readonly args: readonly CTerm[];
  readonly elses: readonly CElse[];
  /** True when the head value is constant, so one solution of the body suffices. */
  readonly isConstant: boolean;
  readonly isDefault: boolean;
  readonly order: number;
  readonly loc: Location;
}

/** A rule index: candidate rules by the value of one input path. @internal */
export interface RuleIndex {
  readonly path: readonly Value[];
  readonly byValue: ReadonlyMap<unknown, readonly CRule[]>;
  readonly unindexed: readonly CRule[];
}

/** Rules sharing one path in the rule tree. @internal */
export interface RuleSet {
  readonly kind: 'complete' | 'set' | 'object' | 'function';
  /** `data.pkg.p`. */
  readonly name: string;
  rules: CRule[];
  defaultRule: CRule | undefined;
  index: RuleIndex | undefined;
  arity: number;
  /**
   * True when every rule has the same constant value and no `else` (OPA's early exit): the
   * first rule that succeeds decides the value, so the others need not run.
   */
  earlyExit: boolean;
  /**
   * True when the value depends on the policy and base data only (see `markPureRuleSets`), so
   * it may be kept across evaluations that replace nothing with `with`.
   */
  isPure: boolean;
  /** Unique id for memoisation. */
  readonly id: number;
}

/** A node of the rule tree under `data`. @internal */
export interface DataNode {
  readonly path: readonly Value[];
  readonly name: string;
  readonly children: Map<unknown, DataNode>;
  rules: RuleSet | undefined;
  /** True when some rule lives at or below this node. */
  hasRules: boolean;
}
