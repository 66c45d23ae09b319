/**
 * The JSON Schema builtins (draft 4, 6 and 7, as OPA's gojsonschema): `json.verify_schema`
 * checks that a schema compiles (`[true, null]` or `[false, "jsonschema: <reason>"]`), and
 * `json.match_schema` validates a document (`[true, []]` or `[false, [{error, type, field,
 * desc}, ...]]`). Schemas and documents are objects or JSON text.
 */
import { fromJson, RegoObject, toJson, type Value } from '../value.js';
import { compileSchema } from './json-schema/compile-schema.js';
import { validateDocument } from './json-schema/validate-document.js';
import { type BuiltinDeclaration, type BuiltinRegistry, builtinError } from './registry.js';

/** Declarations of the JSON Schema family. */
export const jsonSchemaDeclarations: readonly BuiltinDeclaration[] = [
  {
    name: 'json.verify_schema',
    args: [['string', 'object']],
    result: 'array',
    description:
      'Checks that the input is a valid JSON schema object. The schema can be either a JSON string or an JSON object.',
    category: 'object',
  },
  {
    name: 'json.match_schema',
    args: [
      ['string', 'object'],
      ['string', 'object'],
    ],
    result: 'array',
    description:
      'Checks that the document matches the JSON schema. The output is an array `[match, errors]`; `errors` lists objects with the fields `error`, `type`, `field` and `desc`.',
    category: 'object',
  },
];

/** The JSON form of a schema or document operand, or OPA's loader error text. */
function loadJson(value: Value): Value | { readonly error: string } {
  if (typeof value === 'string') {
    try {
      return fromJson(JSON.parse(value));
    } catch {
      return { error: 'invalid JSON string' };
    }
  }
  // Sets become arrays and non-string keys strings, as OPA's ast.JSON does.
  if (value instanceof RegoObject || Array.isArray(value)) return fromJson(toJson(value));
  return { error: 'wrong type, expected string or object' };
}

function isLoadError(
  value: Value | { readonly error: string },
): value is { readonly error: string } {
  return value instanceof Object && 'error' in value && !(value instanceof RegoObject);
}

function verify(schemaOperand: Value): Value {
  const schema = loadJson(schemaOperand);
  if (isLoadError(schema)) return [false, `jsonschema: ${schema.error}`];
  const compiled = compileSchema(schema);
  return compiled.ok ? [true, null] : [false, `jsonschema: ${compiled.message}`];
}

function match(documentOperand: Value, schemaOperand: Value): Value {
  const name = 'json.match_schema';
  const document = loadJson(documentOperand);
  if (isLoadError(document)) throw builtinError(name, document.error);
  const schema = loadJson(schemaOperand);
  if (isLoadError(schema)) throw builtinError(name, schema.error);
  const compiled = compileSchema(schema);
  if (!compiled.ok) throw builtinError(name, compiled.message);
  const violations = validateDocument(compiled.schema, document);
  const errors = violations.map(
    (v) =>
      new RegoObject([
        ['error', `${v.field}: ${v.description}`],
        ['type', v.type],
        ['field', v.field],
        ['desc', v.description],
      ]),
  );
  return [errors.length === 0, errors];
}

/** Registers the JSON Schema family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const [verifyDeclaration, matchDeclaration] = jsonSchemaDeclarations as [
    BuiltinDeclaration,
    BuiltinDeclaration,
  ];
  registry.define(verifyDeclaration, (args) => verify(args[0] as Value));
  registry.define(matchDeclaration, (args) => match(args[0] as Value, args[1] as Value));
}
