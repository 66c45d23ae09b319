/**
 * The Rego abstract syntax tree produced by the parser and consumed by the compiler and evaluator.
 *
 * It mirrors OPA's `ast` package closely enough that OPA's error messages and semantics map onto it:
 * infix operators are parsed into {@link CallTerm}s with OPA's internal names (`plus`, `equal`, `eq`,
 * `assign`, `internal.member_2`, ...), and references are a head term followed by path terms.
 */

/** A position in a source file; rows and columns start at 1. */
export interface Location {
  readonly file: string;
  readonly row: number;
  readonly col: number;
  /** Offset of the first character in the file's text. */
  readonly offset: number;
  /** The source text of the node, for messages (may be truncated). */
  readonly text?: string;
}

/** A scalar literal: `null`, `true`, `1`, `1.5`, `"s"`, `` `raw` ``. Integers past 2^53 are bigints. */
export interface ScalarTerm {
  readonly type: 'scalar';
  readonly value: null | boolean | number | bigint | string;
  readonly loc: Location;
}

/** A variable; `_` is the wildcard and is renamed to a fresh unique name by the parser (`$_0`, `$_1`, ...). */
export interface VarTerm {
  readonly type: 'var';
  readonly name: string;
  readonly loc: Location;
  /** True for vars the parser or compiler made up (wildcards, rewritten sub-expressions). */
  readonly generated?: boolean;
}

/**
 * A reference `head.path[0][path[1]]...`: `input.tool.name` is head var `input` with path
 * `["tool", "name"]` (string scalars); `x[i]` has a var in its path. The head may also be a
 * composite or call term, as in `[1, 2][i]` or `f(x).y`.
 */
export interface RefTerm {
  readonly type: 'ref';
  readonly head: Term;
  readonly path: readonly Term[];
  readonly loc: Location;
}

/** An array literal `[a, b]`. */
export interface ArrayTerm {
  readonly type: 'array';
  readonly items: readonly Term[];
  readonly loc: Location;
}

/** A set literal `{a, b}` or `set()`. */
export interface SetTerm {
  readonly type: 'set';
  readonly items: readonly Term[];
  readonly loc: Location;
}

/** An object literal `{k: v}`. */
export interface ObjectTerm {
  readonly type: 'object';
  readonly entries: readonly (readonly [Term, Term])[];
  readonly loc: Location;
}

/** `[term | body]`. */
export interface ArrayComprehensionTerm {
  readonly type: 'array-comprehension';
  readonly term: Term;
  readonly body: Body;
  readonly loc: Location;
}

/** `{term | body}`. */
export interface SetComprehensionTerm {
  readonly type: 'set-comprehension';
  readonly term: Term;
  readonly body: Body;
  readonly loc: Location;
}

/** `{key: value | body}`. */
export interface ObjectComprehensionTerm {
  readonly type: 'object-comprehension';
  readonly key: Term;
  readonly value: Term;
  readonly body: Body;
  readonly loc: Location;
}

/**
 * A call `operator(args...)`. The operator is a reference (`count`, `strings.replace_n`,
 * `data.lib.f`). Infix operators become calls with OPA's names: `+` plus, `-` minus, `*` mul,
 * `/` div, `%` rem, `&` and, `|` or, `==` equal, `!=` neq, `<` lt, `<=` lte, `>` gt, `>=` gte,
 * `=` eq, `:=` assign, `x in xs` internal.member_2, `k, v in xs` internal.member_3; unary minus on
 * a non-literal is `minus(0, x)`.
 */
export interface CallTerm {
  readonly type: 'call';
  readonly operator: RefTerm;
  readonly args: readonly Term[];
  readonly loc: Location;
}

/** A template string `$"text {expr} text"`: literal parts and embedded terms, in order. */
export interface TemplateStringTerm {
  readonly type: 'template-string';
  readonly parts: readonly (string | Term)[];
  readonly loc: Location;
}

/** Any term. */
export type Term =
  | ScalarTerm
  | VarTerm
  | RefTerm
  | ArrayTerm
  | SetTerm
  | ObjectTerm
  | ArrayComprehensionTerm
  | SetComprehensionTerm
  | ObjectComprehensionTerm
  | CallTerm
  | TemplateStringTerm;

/** `with target as value` modifier on an expression. */
export interface WithModifier {
  /** `input`, `input.x`, `data.a.b`, or a function/builtin reference such as `count` or `data.lib.f`. */
  readonly target: RefTerm;
  readonly value: Term;
  readonly loc: Location;
}

interface ExprBase {
  readonly loc: Location;
  /** `not expr`. */
  readonly negated: boolean;
  readonly with: readonly WithModifier[];
  /** True for expressions the parser or compiler generated. */
  readonly generated?: boolean;
}

/** A bare term or a call used as an expression: `input.x`, `x == 1`, `x := f(y)`, `count(xs) > 2`. */
export interface TermExpr extends ExprBase {
  readonly type: 'term';
  readonly term: Term;
}

/** `some x, y` declarations. */
export interface SomeDeclExpr extends ExprBase {
  readonly type: 'some-decl';
  readonly vars: readonly VarTerm[];
}

/** `some v in xs` or `some k, v in xs`. */
export interface SomeInExpr extends ExprBase {
  readonly type: 'some-in';
  readonly key?: Term;
  readonly value: Term;
  readonly collection: Term;
}

/** `every v in xs { body }` or `every k, v in xs { body }`. */
export interface EveryExpr extends ExprBase {
  readonly type: 'every';
  readonly key?: VarTerm;
  readonly value: VarTerm;
  readonly domain: Term;
  readonly body: Body;
}

/**
 * The experimental `a and b` / `a or b` keywords (only parsed with `experimentalKeywords`).
 * Each operand is a body with its own local scope (variables assigned in one operand are not
 * visible outside it): `and` succeeds when every operand succeeds, evaluated left to right and
 * short-circuiting; `or` succeeds when any operand does. A `{ ... }` block operand is a body;
 * a single expression is a one-expression body. `not { ... }` and `not (a or b)` are a negated
 * logic expression (a block alone is an `and` with one operand). `and` binds tighter than `or`,
 * and `not` tighter than both.
 */
export interface LogicExpr extends ExprBase {
  readonly type: 'logic';
  readonly operator: 'and' | 'or';
  readonly operands: readonly Body[];
}

/** One expression (a literal, in OPA's words) of a body. */
export type Expr = TermExpr | SomeDeclExpr | SomeInExpr | EveryExpr | LogicExpr;

/** A rule or query body: a conjunction of expressions. */
export type Body = readonly Expr[];

/**
 * A rule head. `ref` is the rule's reference relative to its package: `p` is `[var p]`,
 * `p[x]` is `[var p, var x]`, `a.b.c` is `[var a, "b", "c"]`.
 */
export interface RuleHead {
  readonly ref: readonly Term[];
  /** Function arguments, for `f(x, y) := ...`. */
  readonly args?: readonly Term[];
  /** The element of a partial set: `p contains key if ...`. */
  readonly key?: Term;
  /** The value: `p := value`, `p = value`, `f(x) := value`; absent means `true`. */
  readonly value?: Term;
  /** `:=` rather than `=`. */
  readonly assign: boolean;
  readonly loc: Location;
}

/** `else [= value] [if] { body }` on a complete rule or function. */
export interface ElseClause {
  readonly value?: Term;
  readonly body: Body;
  readonly loc: Location;
}

/** A rule, with its `else` chain and `default` flag. An empty body is `true`. */
export interface Rule {
  readonly head: RuleHead;
  readonly body: Body;
  readonly elses: readonly ElseClause[];
  readonly isDefault: boolean;
  readonly annotations?: Annotations;
  readonly loc: Location;
}

/** `import data.x.y as z` or `import rego.v1`, `import future.keywords.in`. */
export interface Import {
  readonly path: RefTerm;
  readonly alias?: string;
  readonly loc: Location;
}

/** A METADATA annotation block (YAML, parsed). */
export interface Annotations {
  readonly scope: 'package' | 'rule' | 'document' | 'subpackages';
  readonly title?: string;
  readonly description?: string;
  readonly entrypoint?: boolean;
  readonly custom?: Readonly<Record<string, unknown>>;
  /** The full parsed YAML document. */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly loc: Location;
}

/** A parsed module. `package` is the path after `data`, e.g. `["kitelogik", "main"]`. */
export interface Module {
  readonly file: string;
  readonly package: readonly string[];
  readonly packageLoc: Location;
  readonly imports: readonly Import[];
  readonly rules: readonly Rule[];
  readonly annotations: readonly Annotations[];
}
