// Compiling and evaluating policies.
export { type CompileOptions, type CustomBuiltin, compile } from './compile/compile-policy.js';
export type { EvaluateOptions, PreparedPolicy } from './prepared-policy.js';
export { capabilities } from './builtins/index.js';

// Parsing.
export { parseModule, parseQuery } from './parse.js';
export type {
  Body,
  Expr,
  Location,
  Module,
  Rule,
  Term,
} from './ast.js';

// Errors.
export { RegoError, RegoErrors, type RegoErrorCode } from './errors.js';

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

// Builtins.
export type {
  BuiltinContext,
  BuiltinImplementation,
  BuiltinType,
} from './builtins/registry.js';
