import { RE2JS } from 're2js';
import { isNumber, RegoObject, type Value } from '../../value.js';
import { type CompiledSchema, type Draft, emptyNode, type SchemaNode } from './schema-node.js';

/**
 * Compiles a JSON schema (already a JSON-shaped Rego value) the way gojsonschema parses one:
 * keywords are checked in gojsonschema's order and the first malformed one is reported with its
 * wording (`has a primitive type that is NOT VALID -- given: /x/ Expected valid values
 * are:[array boolean integer number null object string]`). `$ref` supports local JSON pointers.
 */

const JSON_TYPES = ['array', 'boolean', 'integer', 'number', 'null', 'object', 'string'];

/** Internal: aborts compilation with gojsonschema's message. */
class SchemaError extends Error {}

function invalidType(expected: string, given: string): SchemaError {
  return new SchemaError(`Invalid type. Expected: ${expected}, given: ${given}`);
}

function toNumber(value: Value | undefined): number | undefined {
  return isNumber(value) ? Number(value) : undefined;
}

function toInteger(value: Value | undefined): number | undefined {
  const n = toNumber(value);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

function detectDraft(schema: Value): Draft {
  if (!(schema instanceof RegoObject)) return 'hybrid';
  const uri = schema.get('$schema');
  if (typeof uri !== 'string') return 'hybrid';
  if (uri.includes('draft-04')) return 4;
  if (uri.includes('draft-06')) return 6;
  if (uri.includes('draft-07')) return 7;
  return 'hybrid';
}

function atLeast(draft: Draft, version: 6 | 7): boolean {
  return draft === 'hybrid' || draft >= version;
}

function compileRegex(pattern: string, message: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch {
    throw new SchemaError(message);
  }
}

/** Resolves a local `#/a/b` pointer in the root document. */
function resolvePointer(document: Value, ref: string): Value {
  if (!ref.startsWith('#')) {
    throw new SchemaError(`remote reference ${ref} is not supported`);
  }
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === '' || pointer === '/') return document;
  let node: Value | undefined = document;
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node instanceof RegoObject) node = node.get(key);
    else if (Array.isArray(node) && /^\d+$/.test(key)) node = node[Number(key)];
    else node = undefined;
    if (node === undefined) throw new SchemaError(`Object has no key '${key}'`);
  }
  return node;
}

class Compiler {
  readonly refs = new Map<string, SchemaNode>();
  constructor(readonly document: Value) {}

  subschema(value: Value, draft: Draft, expected: string, key: string): SchemaNode {
    if (value instanceof RegoObject || typeof value === 'boolean') return this.node(value, draft);
    throw invalidType(expected, key);
  }

  node(value: Value, draft: Draft): SchemaNode {
    const node = emptyNode(draft);
    this.fill(node, value);
    return node;
  }

  ref(ref: string, draft: Draft): void {
    if (this.refs.has(ref)) return;
    const node = emptyNode(draft);
    this.refs.set(ref, node);
    this.fill(node, resolvePointer(this.document, ref));
  }

  fill(node: SchemaNode, value: Value): void {
    const { draft } = node;
    if (typeof value === 'boolean' && atLeast(draft, 6)) {
      node.pass = value;
      return;
    }
    if (!(value instanceof RegoObject)) {
      throw new SchemaError('Expected: valid schema, given: Invalid JSON');
    }
    const m = value;
    const text = (key: string): string | undefined => {
      const v = m.get(key);
      if (v === undefined) return undefined;
      if (typeof v !== 'string') throw invalidType('string', key);
      return v;
    };
    const definitions = m.get('definitions');
    if (definitions !== undefined) {
      if (!(definitions instanceof RegoObject))
        throw invalidType('array of schemas', 'definitions');
      for (const [, d] of definitions.entries())
        this.subschema(d, draft, 'array of schemas', 'definitions');
    }
    text('title');
    text('description');
    const ref = text('$ref');
    if (ref !== undefined) {
      node.ref = ref;
      this.ref(ref, draft);
      return;
    }
    this.fillType(node, m.get('type'));
    this.fillObject(node, m);
    this.fillArray(node, m);
    this.fillNumber(node, m);
    this.fillString(node, m, text);
    this.fillCounts(node, m);
    this.fillValues(node, m);
    this.fillCombinators(node, m);
  }

  fillType(node: SchemaNode, type: Value | undefined): void {
    if (type === undefined) return;
    const list = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
    if (list === undefined) throw invalidType('type', 'string/array of strings');
    for (const t of list) {
      if (typeof t !== 'string') throw invalidType('type', 'string/array of strings');
      if (!JSON_TYPES.includes(t)) {
        throw new SchemaError(
          `has a primitive type that is NOT VALID -- given: /${t}/ Expected valid values are:[${JSON_TYPES.join(' ')}]`,
        );
      }
      if (node.types.includes(t)) throw new SchemaError(`${t} type is duplicated`);
      node.types.push(t);
    }
  }

  fillObject(node: SchemaNode, m: RegoObject): void {
    const { draft } = node;
    const properties = m.get('properties');
    if (properties !== undefined) {
      if (!(properties instanceof RegoObject)) throw invalidType('object', 'properties');
      for (const [k, v] of properties.entries()) {
        if (!(v instanceof RegoObject) && typeof v !== 'boolean')
          throw invalidType('object', 'properties');
        node.properties.push([String(k), this.node(v, draft)]);
      }
    }
    const additional = m.get('additionalProperties');
    if (typeof additional === 'boolean') node.additionalProperties = additional;
    else if (additional !== undefined) {
      node.additionalProperties = this.subschema(
        additional,
        draft,
        'boolean/valid schema',
        'additionalProperties',
      );
    }
    const patterns = m.get('patternProperties');
    if (patterns !== undefined) {
      if (!(patterns instanceof RegoObject)) throw invalidType('object', 'patternProperties');
      for (const [k, v] of patterns.entries()) {
        const source = String(k);
        const regex = compileRegex(source, `Invalid regex pattern '${source}'`);
        node.patternProperties.push([
          source,
          regex,
          this.subschema(v, draft, 'valid schema', source),
        ]);
      }
    }
    const names = m.get('propertyNames');
    if (names !== undefined && atLeast(draft, 6)) {
      node.propertyNames = this.subschema(names, draft, 'valid schema', 'patternProperties');
    }
    const dependencies = m.get('dependencies');
    if (dependencies !== undefined) {
      if (!(dependencies instanceof RegoObject)) throw invalidType('object', 'dependencies');
      for (const [k, v] of dependencies.entries()) {
        if (Array.isArray(v)) {
          if (!v.every((d) => typeof d === 'string')) throw invalidType('string', 'dependency');
          node.dependencies.push([String(k), v as string[]]);
        } else {
          node.dependencies.push([
            String(k),
            this.subschema(v, draft, 'valid schema/array of strings', 'dependencies'),
          ]);
        }
      }
    }
  }

  fillArray(node: SchemaNode, m: RegoObject): void {
    const { draft } = node;
    const items = m.get('items');
    if (Array.isArray(items)) {
      node.items = items.map((i) =>
        this.subschema(i, draft, 'valid schema/array of schemas', 'items'),
      );
    } else if (items !== undefined) {
      node.items = this.subschema(items, draft, 'valid schema/array of schemas', 'items');
    }
    const additional = m.get('additionalItems');
    if (typeof additional === 'boolean') node.additionalItems = additional;
    else if (additional !== undefined) {
      node.additionalItems = this.subschema(
        additional,
        draft,
        'boolean/valid schema',
        'additionalItems',
      );
    }
  }

  fillNumber(node: SchemaNode, m: RegoObject): void {
    const multipleOf = m.get('multipleOf');
    if (multipleOf !== undefined) {
      const n = toNumber(multipleOf);
      if (n === undefined) throw invalidType('number', 'multipleOf');
      if (n <= 0) throw new SchemaError('multipleOf must be strictly greater than 0');
      node.multipleOf = n;
    }
    for (const [key, exclusive] of [
      ['minimum', 'exclusiveMinimum'],
      ['maximum', 'exclusiveMaximum'],
    ] as const) {
      const bound = m.get(key);
      if (bound !== undefined) {
        const n = toNumber(bound);
        if (n === undefined) throw new SchemaError(`${key} must be of a number`);
        node[key] = n;
      }
      const flag = m.get(exclusive);
      if (flag === undefined) continue;
      if (typeof flag === 'boolean' && node.draft !== 6 && node.draft !== 7) {
        if (node[key] === undefined)
          throw new SchemaError(`${exclusive} cannot be used without ${key}`);
        if (flag) {
          node[exclusive] = node[key];
          delete node[key];
        }
      } else if (isNumber(flag) && node.draft !== 4) {
        node[exclusive] = Number(flag);
      } else {
        throw invalidType(
          node.draft === 4 ? 'boolean' : node.draft === 'hybrid' ? 'boolean/number' : 'number',
          exclusive,
        );
      }
    }
  }

  fillString(node: SchemaNode, m: RegoObject, text: (key: string) => string | undefined): void {
    for (const key of ['minLength', 'maxLength'] as const) {
      const v = m.get(key);
      if (v === undefined) continue;
      const n = toInteger(v);
      if (n === undefined) throw new SchemaError(`${key} must be of an integer`);
      if (n < 0) throw new SchemaError(`${key} must be greater than or equal to 0`);
      node[key] = n;
    }
    if (
      node.minLength !== undefined &&
      node.maxLength !== undefined &&
      node.minLength > node.maxLength
    ) {
      throw new SchemaError('minLength cannot be greater than maxLength');
    }
    const pattern = text('pattern');
    if (pattern !== undefined)
      node.pattern = [pattern, compileRegex(pattern, 'pattern must be a valid regex')];
    text('format');
  }

  fillCounts(node: SchemaNode, m: RegoObject): void {
    for (const [min, max] of [
      ['minProperties', 'maxProperties'],
      ['minItems', 'maxItems'],
    ] as const) {
      for (const key of [min, max]) {
        const v = m.get(key);
        if (v === undefined) continue;
        const n = toInteger(v);
        if (n === undefined) throw new SchemaError(`${key} must be of an integer`);
        if (n < 0) throw new SchemaError(`${key} must be greater than or equal to 0`);
        node[key] = n;
      }
      const low = node[min];
      const high = node[max];
      if (low !== undefined && high !== undefined && low > high) {
        throw new SchemaError(`${min} cannot be greater than ${max}`);
      }
      if (min === 'minProperties') this.fillRequired(node, m);
    }
    const unique = m.get('uniqueItems');
    if (unique !== undefined) {
      if (typeof unique !== 'boolean') throw new SchemaError('uniqueItems must be of a boolean');
      node.uniqueItems = unique;
    }
    const contains = m.get('contains');
    if (contains !== undefined && atLeast(node.draft, 6)) {
      node.contains = this.subschema(contains, node.draft, 'valid schema', 'contains');
    }
  }

  fillRequired(node: SchemaNode, m: RegoObject): void {
    const required = m.get('required');
    if (required === undefined) return;
    if (!Array.isArray(required)) throw invalidType('array', 'required');
    for (const r of required) {
      if (typeof r !== 'string') throw new SchemaError('required items must be string');
      if (node.required.includes(r)) throw new SchemaError('required items must be unique');
      node.required.push(r);
    }
  }

  fillValues(node: SchemaNode, m: RegoObject): void {
    const constant = m.get('const');
    if (constant !== undefined && atLeast(node.draft, 6)) node.const = { value: constant };
    const enumeration = m.get('enum');
    if (enumeration === undefined) return;
    if (!Array.isArray(enumeration)) throw invalidType('array', 'enum');
    node.enum = [...enumeration];
  }

  fillCombinators(node: SchemaNode, m: RegoObject): void {
    const { draft } = node;
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const list = m.get(key);
      if (list === undefined) continue;
      if (!Array.isArray(list)) throw invalidType('array', key);
      node[key] = list.map((s) => this.subschema(s, draft, 'valid schema', key));
    }
    const not = m.get('not');
    if (not !== undefined) node.not = this.subschema(not, draft, 'valid schema', 'not');
    if (!atLeast(draft, 7)) return;
    for (const key of ['if', 'then', 'else'] as const) {
      const s = m.get(key);
      if (s !== undefined) node[key] = this.subschema(s, draft, 'valid schema', key);
    }
  }
}

/** The outcome of {@link compileSchema}: the schema, or gojsonschema's error message. */
export type CompileResult =
  | { readonly ok: true; readonly schema: CompiledSchema }
  | { readonly ok: false; readonly message: string };

/** Compiles `schema` (a JSON-shaped value: object or boolean) into a {@link CompiledSchema}. */
export function compileSchema(schema: Value): CompileResult {
  const compiler = new Compiler(schema);
  try {
    const root = compiler.node(schema, detectDraft(schema));
    const document =
      schema instanceof RegoObject || typeof schema === 'boolean' ? schema : new RegoObject();
    return { ok: true, schema: { root, document, refs: compiler.refs } };
  } catch (error) {
    if (error instanceof SchemaError) return { ok: false, message: error.message };
    throw error;
  }
}
