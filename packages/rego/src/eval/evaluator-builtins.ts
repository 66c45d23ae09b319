import type { BuiltinRegistry } from '../builtins/registry.js';
import { builtinError, builtinTypeError } from '../builtins/registry.js';
import { RegoError } from '../errors.js';
import { parseModule } from '../parse.js';
import { RegoObject, type Value } from '../value.js';
import { moduleToValue } from './ast-json.js';

const HTTP_KEYS = new Set([
  'body',
  'cache',
  'cache_ignored_headers',
  'caching_mode',
  'enable_redirect',
  'force_cache',
  'force_cache_duration_seconds',
  'force_json_decode',
  'force_yaml_decode',
  'headers',
  'max_retry_attempts',
  'method',
  'raise_error',
  'raw_body',
  'timeout',
  'tls_ca_cert',
  'tls_ca_cert_env_variable',
  'tls_ca_cert_file',
  'tls_client_cert',
  'tls_client_cert_env_variable',
  'tls_client_cert_file',
  'tls_client_key',
  'tls_client_key_env_variable',
  'tls_client_key_file',
  'tls_insecure_skip_verify',
  'tls_server_name',
  'tls_use_system_certs',
  'url',
]);

function quotedSet(names: readonly string[]): string {
  return `{${[...names]
    .sort()
    .map((n) => JSON.stringify(n))
    .join(', ')}}`;
}

function httpSend(
  args: readonly Value[],
  context: { httpSend?: (request: Value) => Value },
): Value {
  const request = args[0] as Value;
  if (!(request instanceof RegoObject)) {
    throw builtinTypeError('http.send', 'operand 1 must be object but got other type');
  }
  const keys = request.keys().map(String);
  const invalid = keys.filter((k) => !HTTP_KEYS.has(k));
  if (invalid.length > 0) {
    throw builtinTypeError('http.send', `invalid request parameters(s): ${quotedSet(invalid)}`);
  }
  const missing = ['method', 'url'].filter((k) => !request.has(k));
  if (missing.length > 0) {
    throw builtinTypeError(
      'http.send',
      `missing required request parameters(s): ${quotedSet(missing)}`,
    );
  }
  if (!context.httpSend)
    throw builtinError('http.send', 'no HTTP client is configured (EvaluateOptions.httpSend)');
  return context.httpSend(request);
}

function parseModuleBuiltin(args: readonly Value[]): Value {
  const file = args[0];
  const source = args[1];
  if (typeof file !== 'string')
    throw builtinTypeError('rego.parse_module', 'operand 1 must be string');
  if (typeof source !== 'string')
    throw builtinTypeError('rego.parse_module', 'operand 2 must be string');
  try {
    return moduleToValue(parseModule(source, file));
  } catch (error) {
    if (!RegoError.isInstance(error)) throw error;
    const where = error.location ? `${error.location.file}:${error.location.row}: ` : '';
    throw builtinError(
      'rego.parse_module',
      `1 error occurred: ${where}${error.code}: ${error.message}`,
    );
  }
}

/**
 * Builtins the evaluator provides itself: `print` (evaluated specially, so undefined operands
 * print as `<undefined>`), `trace` (a no-op that holds) and `http.send` (through the caller's
 * `httpSend` hook, after OPA's request checks). @internal
 */
export function registerEvaluatorBuiltins(registry: BuiltinRegistry): void {
  registry.define(
    {
      name: 'print',
      args: [],
      result: 'boolean',
      description:
        'Prints its operands (any number; undefined ones as `<undefined>`) to the print hook.',
      category: 'tracing',
    },
    () => true,
  );
  registry.define(
    {
      name: 'trace',
      args: ['string'],
      result: 'boolean',
      description: 'Emits a note into the trace; always true (traces are not collected).',
      category: 'tracing',
    },
    () => true,
  );
  registry.define(
    {
      name: 'http.send',
      args: ['object'],
      result: 'object',
      description:
        'Sends an HTTP request through the `httpSend` evaluation option and returns the response.',
      category: 'http',
      isNondeterministic: true,
    },
    httpSend,
  );
  registry.define(
    {
      name: 'rego.parse_module',
      args: ['string', 'string'],
      result: 'object',
      description: 'Parses a Rego module into its JSON AST (package, imports, rules).',
      category: 'rego',
    },
    parseModuleBuiltin,
  );
}
