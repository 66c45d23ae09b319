/**
 * Type builtins: `is_number`, `is_string`, `is_boolean`, `is_array`, `is_set`, `is_object`,
 * `is_null` (true or false, never undefined) and `type_name`.
 */
import { type TypeName, typeName, type Value } from '../value.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';

const checkedTypes: readonly TypeName[] = [
  'number',
  'string',
  'boolean',
  'array',
  'set',
  'object',
  'null',
];

function isType(type: TypeName): BuiltinDeclaration {
  return {
    name: `is_${type}`,
    args: ['any'],
    result: 'boolean',
    description: `Returns \`true\` if the input value is ${type === 'array' || type === 'object' ? 'an' : 'a'} ${type}.`,
    category: 'types',
  };
}

const declarations: readonly BuiltinDeclaration[] = [
  ...checkedTypes.map(isType),
  {
    name: 'type_name',
    args: ['any'],
    result: 'string',
    description: 'Returns the type of its input value.',
    category: 'types',
  },
];

function implementationOf(declaration: BuiltinDeclaration): BuiltinImplementation {
  if (declaration.name === 'type_name') return (args) => typeName(args[0] as Value);
  const type = declaration.name.slice('is_'.length);
  return (args) => typeName(args[0] as Value) === type;
}

/** Registers the type builtins. */
export function register(registry: BuiltinRegistry): void {
  for (const declaration of declarations)
    registry.define(declaration, implementationOf(declaration));
}
