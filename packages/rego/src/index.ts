// Compiling and evaluating policies.

export type {
  Body,
  Expr,
  Location,
  Module,
  Rule,
  Term,
} from './ast.js';
export { capabilities } from './builtins/index.js';
// Builtins.
export type {
  BuiltinContext,
  BuiltinImplementation,
  BuiltinType,
} from './builtins/registry.js';
export { type CompileOptions, type CustomBuiltin, compile } from './compile/compile-policy.js';
// Errors.
export { RegoError, type RegoErrorCode, RegoErrors } from './errors.js';
// Parsing.
export { parseModule, parseQuery } from './parse.js';
export type { EvaluateOptions, PreparedPolicy } from './prepared-policy.js';
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
