// biome-ignore-all assist/source/organizeImports: the public API is grouped by topic, each group with its comment.
// Compiling and evaluating policies.
export { type CompileOptions, type CustomBuiltin, compile } from './compile/compile-policy.js';
export type { EvaluateOptions, PreparedPolicy } from './prepared-policy.js';
export type { CoverageCollector } from './eval/coverage.js';

// Parsing, and the syntax tree it produces.
export type { Body, Expr, Location, Module, Rule, Term } from './ast.js';
export { parseModule, parseQuery } from './parse.js';

// Builtins: what the engine implements, and calling one directly (a Wasm host's side).
export { capabilities } from './builtins/index.js';
export type { BuiltinContext, BuiltinImplementation, BuiltinType } from './builtins/registry.js';
export { type CallBuiltinOptions, callBuiltin } from './call-builtin.js';

// Errors, with OPA's codes.
export { RegoError, type RegoErrorCode, RegoErrors } from './errors.js';

// Values.
export {
  compareValues,
  fromJson,
  type JsonValue,
  RegoObject,
  RegoSet,
  toJson,
  type Value,
  valuesEqual,
} from './value.js';
