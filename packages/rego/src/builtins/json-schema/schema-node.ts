import type { RE2JS } from 're2js';
import type { RegoObject, Value } from '../../value.js';

/** The JSON Schema drafts gojsonschema knows; `hybrid` (no `$schema`) accepts all of them. */
export type Draft = 4 | 6 | 7 | 'hybrid';

/**
 * One compiled (sub)schema: the keywords of JSON Schema draft 4/6/7 that OPA's gojsonschema
 * enforces, already checked for well-formedness. A `$ref` replaces its siblings (as in drafts
 * up to 7) and is resolved against the root document when validating.
 */
export interface SchemaNode {
  readonly draft: Draft;
  /** Set for boolean schemas (`true` / `false`). */
  pass?: boolean;
  ref?: string;
  types: string[];
  properties: [string, SchemaNode][];
  patternProperties: [string, RE2JS, SchemaNode][];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  dependencies: [string, string[] | SchemaNode][];
  items?: SchemaNode | SchemaNode[];
  additionalItems?: boolean | SchemaNode;
  multipleOf?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: [string, RE2JS];
  minProperties?: number;
  maxProperties?: number;
  required: string[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  contains?: SchemaNode;
  const?: { readonly value: Value };
  enum?: Value[];
  allOf: SchemaNode[];
  anyOf: SchemaNode[];
  oneOf: SchemaNode[];
  not?: SchemaNode;
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
}

/** A compiled schema: its root node and the root document that `$ref` pointers resolve in. */
export interface CompiledSchema {
  readonly root: SchemaNode;
  readonly document: RegoObject | boolean;
  /** Nodes already compiled for a `$ref` pointer. */
  readonly refs: Map<string, SchemaNode>;
}

/** A node without keywords, for {@link SchemaNode} construction. */
export function emptyNode(draft: Draft): SchemaNode {
  return {
    draft,
    types: [],
    properties: [],
    patternProperties: [],
    dependencies: [],
    required: [],
    allOf: [],
    anyOf: [],
    oneOf: [],
  };
}
