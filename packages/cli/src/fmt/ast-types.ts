/** The AST node types the formatter needs, derived from what `@kitelogik/rego` exports. */
import type { Module, Term } from '@kitelogik/rego';

/** A call term (`f(x)`, or an infix operator such as `plus`). */
export type CallTerm = Extract<Term, { type: 'call' }>;
/** A reference term (`input.a[x]`). */
export type RefTerm = Extract<Term, { type: 'ref' }>;
/** A scalar literal. */
export type ScalarTerm = Extract<Term, { type: 'scalar' }>;
/** An `import` of a module. */
export type Import = Module['imports'][number];
