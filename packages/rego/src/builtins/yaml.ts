/**
 * The yaml builtin family: `yaml.marshal`, `yaml.unmarshal`, `yaml.is_valid`. Parsing uses the
 * YAML 1.2 core schema (timestamp-looking scalars stay strings) with exact big integers; the
 * first document of a stream is the value, as in OPA.
 */
import { parseAllDocuments, stringify } from 'yaml';
import { fromJson, type JsonValue, toJson, type Value } from '../value.js';
import { stringOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';
import { builtinError } from './registry.js';

function declare(
  name: string,
  args: BuiltinDeclaration['args'],
  result: BuiltinDeclaration['result'],
  description: string,
): BuiltinDeclaration {
  return { name, args, result, description, category: 'encoding' };
}

/** Declarations of the yaml family. */
export const yamlDeclarations: readonly BuiltinDeclaration[] = [
  declare('yaml.marshal', ['any'], 'string', 'Serializes the input term to YAML.'),
  declare('yaml.unmarshal', ['string'], 'any', 'Deserializes the input string.'),
  declare(
    'yaml.is_valid',
    ['any'],
    'boolean',
    'Verifies the input string is a valid YAML document.',
  ),
];

/** The first document of `text` as plain JS, or an error message in go-yaml's shape. */
function parseYaml(text: string): { value: unknown } | { error: string } {
  const [document] = parseAllDocuments(text, { schema: 'core', intAsBigInt: true });
  if (document === undefined) return { value: null };
  if (!('errors' in document)) return { error: 'yaml: unexpected document' };
  const [first] = document.errors;
  if (first !== undefined) {
    const line = first.linePos?.[0].line ?? 1;
    return { error: `yaml: line ${line}: ${first.message.split('\n')[0]}` };
  }
  return { value: document.toJS({ maxAliasCount: 1000 }) };
}

function marshal(args: readonly Value[]): Value {
  const json: JsonValue = toJson(args[0] as Value);
  // Block style with sequences flush under their keys, as sigs.k8s.io/yaml writes them.
  return stringify(json, { indentSeq: false, sortMapEntries: true, lineWidth: 0 });
}

function unmarshal(args: readonly Value[]): Value {
  const name = 'yaml.unmarshal';
  const parsed = parseYaml(stringOperand(name, args, 0));
  if ('error' in parsed) throw builtinError(name, parsed.error);
  try {
    return fromJson(parsed.value);
  } catch (error) {
    throw builtinError(name, (error as Error).message);
  }
}

/** Registers the yaml family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const [marshalDeclaration, unmarshalDeclaration, isValidDeclaration] = yamlDeclarations as [
    BuiltinDeclaration,
    BuiltinDeclaration,
    BuiltinDeclaration,
  ];
  registry.define(marshalDeclaration, marshal);
  registry.define(unmarshalDeclaration, unmarshal);
  registry.define(isValidDeclaration, (args) => {
    const text = args[0];
    return typeof text === 'string' && !('error' in parseYaml(text));
  });
}
