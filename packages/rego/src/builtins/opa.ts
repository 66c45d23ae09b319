/**
 * `opa.runtime()`: OPA returns its runtime configuration and environment; an embedded engine has
 * none to disclose, so it returns an empty object.
 */
import { RegoObject, type Value } from '../value.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';

const runtimeDeclaration: BuiltinDeclaration = {
  name: 'opa.runtime',
  args: [],
  result: 'object',
  description:
    'Returns an object that describes the runtime environment where OPA is deployed (empty when embedded).',
  category: 'opa',
  isNondeterministic: true,
};

function runtime(): Value {
  return new RegoObject();
}

/** Registers `opa.runtime`. */
export function register(registry: BuiltinRegistry): void {
  registry.define(runtimeDeclaration, runtime);
}
