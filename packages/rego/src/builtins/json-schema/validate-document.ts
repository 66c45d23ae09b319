import { isNumber, RegoObject, type Value, valuesEqual } from '../../value.js';
import { marshalJson } from '../encoding/go-json.js';
import type { CompiledSchema, SchemaNode } from './schema-node.js';

/**
 * Validates a JSON-shaped document against a compiled schema in gojsonschema's order, producing
 * its error records: `type` (`required`, `invalid_type`, ...), `field` (`(root)`, `a.0.b`),
 * `description`, and the `field: description` text.
 */

/** One validation error, as gojsonschema's ResultError reports it. */
export interface SchemaViolation {
  readonly type: string;
  readonly field: string;
  readonly description: string;
}

/** The errors of one (sub)validation and its score (passed checks; picks anyOf's best branch). */
interface Outcome {
  errors: SchemaViolation[];
  score: number;
}

const ROOT = '(root)';

function fieldOf(context: readonly string[]): string {
  return context.length === 0 ? ROOT : context.join('.');
}

/** Go's big.Float `%v` (`'g'`, 10 significant digits) for bounds in messages. */
function formatNumber(n: number): string {
  if (n === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  if (exponent < -4 || exponent >= 10) {
    const [mantissa, exp] = n.toExponential(9).split('e') as [string, string];
    const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    const sign = exp.startsWith('-') ? '-' : '+';
    return `${trimmed}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(Number(n.toPrecision(10)));
}

function jsonType(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (isNumber(value)) return Number.isInteger(Number(value)) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  return Array.isArray(value) ? 'array' : 'object';
}

function typeMatches(types: readonly string[], value: Value): boolean {
  const type = jsonType(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

class Validator {
  constructor(readonly schema: CompiledSchema) {}

  run(node: SchemaNode, value: Value, context: readonly string[]): Outcome {
    const outcome: Outcome = { errors: [], score: 0 };
    this.visit(node, value, context, outcome);
    return outcome;
  }

  fail(outcome: Outcome, context: readonly string[], type: string, description: string): void {
    outcome.errors.push({ type, field: fieldOf(context), description });
  }

  visit(node: SchemaNode, value: Value, context: readonly string[], out: Outcome): void {
    if (node.pass !== undefined) {
      if (!node.pass) this.fail(out, context, 'false', 'False always fails validation');
      return;
    }
    if (node.ref !== undefined) {
      const target = this.schema.refs.get(node.ref);
      if (target !== undefined) this.visit(target, value, context, out);
      return;
    }
    if (node.types.length > 0 && !typeMatches(node.types, value)) {
      const expected = node.types.length === 1 ? node.types[0] : `[${node.types.join(',')}]`;
      this.fail(
        out,
        context,
        'invalid_type',
        `Invalid type. Expected: ${expected}, given: ${jsonType(value)}`,
      );
      return;
    }
    out.score++;
    this.combinators(node, value, context, out);
    this.common(node, value, context, out);
    if (isNumber(value)) this.number(node, Number(value), context, out);
    else if (typeof value === 'string') this.string(node, value, context, out);
    else if (Array.isArray(value)) this.array(node, value, context, out);
    else if (value instanceof RegoObject) this.object(node, value, context, out);
  }

  best(
    schemas: readonly SchemaNode[],
    value: Value,
    context: readonly string[],
  ): [number, Outcome | undefined] {
    let valid = 0;
    let best: Outcome | undefined;
    for (const schema of schemas) {
      const result = this.run(schema, value, context);
      if (result.errors.length === 0) valid++;
      else if (best === undefined || result.score > best.score) best = result;
    }
    return [valid, best];
  }

  combinators(node: SchemaNode, value: Value, context: readonly string[], out: Outcome): void {
    if (node.anyOf.length > 0) {
      const [valid, best] = this.best(node.anyOf, value, context);
      if (valid === 0) {
        this.fail(out, context, 'number_any_of', 'Must validate at least one schema (anyOf)');
        if (best) out.errors.push(...best.errors);
      }
    }
    if (node.oneOf.length > 0) {
      const [valid, best] = this.best(node.oneOf, value, context);
      if (valid !== 1) {
        this.fail(out, context, 'number_one_of', 'Must validate one and only one schema (oneOf)');
        if (valid === 0 && best) out.errors.push(...best.errors);
      }
    }
    if (node.allOf.length > 0) {
      let valid = 0;
      for (const schema of node.allOf) {
        const result = this.run(schema, value, context);
        if (result.errors.length === 0) valid++;
        out.errors.push(...result.errors);
      }
      if (valid !== node.allOf.length) {
        this.fail(out, context, 'number_all_of', 'Must validate all the schemas (allOf)');
      }
    }
    if (node.not && this.run(node.not, value, context).errors.length === 0) {
      this.fail(out, context, 'number_not', 'Must not validate the schema (not)');
    }
    if (value instanceof RegoObject) {
      for (const [key, dependency] of node.dependencies) {
        if (!value.has(key)) continue;
        if (Array.isArray(dependency)) {
          for (const name of dependency) {
            if (!value.has(name))
              this.fail(out, context, 'missing_dependency', `Has a dependency on ${name}`);
          }
        } else {
          out.errors.push(...this.run(dependency, value, context).errors);
        }
      }
    }
    if (node.if) {
      const isValid = this.run(node.if, value, context).errors.length === 0;
      const branch = isValid ? node.then : node.else;
      if (branch) {
        const result = this.run(branch, value, context);
        if (result.errors.length > 0) {
          this.fail(
            out,
            context,
            isValid ? 'condition_then' : 'condition_else',
            isValid
              ? 'Must validate "then" as "if" was valid'
              : 'Must validate "else" as "if" was not valid',
          );
          out.errors.push(...result.errors);
        }
      }
    }
  }

  common(node: SchemaNode, value: Value, context: readonly string[], out: Outcome): void {
    const field = fieldOf(context);
    if (node.const && !valuesEqual(node.const.value, value)) {
      this.fail(out, context, 'const', `${field} does not match: ${marshalJson(node.const.value)}`);
    }
    if (node.enum && !node.enum.some((allowed) => valuesEqual(allowed, value))) {
      const allowed = node.enum.map((v) => marshalJson(v)).join(', ');
      this.fail(out, context, 'enum', `${field} must be one of the following: ${allowed}`);
    }
  }

  number(node: SchemaNode, n: number, context: readonly string[], out: Outcome): void {
    if (node.multipleOf !== undefined) {
      const quotient = n / node.multipleOf;
      if (Math.abs(quotient - Math.round(quotient)) > 1e-9) {
        this.fail(
          out,
          context,
          'multiple_of',
          `Must be a multiple of ${formatNumber(node.multipleOf)}`,
        );
      }
    }
    if (node.maximum !== undefined && n > node.maximum) {
      this.fail(
        out,
        context,
        'number_lte',
        `Must be less than or equal to ${formatNumber(node.maximum)}`,
      );
    }
    if (node.exclusiveMaximum !== undefined && n >= node.exclusiveMaximum) {
      this.fail(
        out,
        context,
        'number_lt',
        `Must be less than ${formatNumber(node.exclusiveMaximum)}`,
      );
    }
    if (node.minimum !== undefined && n < node.minimum) {
      this.fail(
        out,
        context,
        'number_gte',
        `Must be greater than or equal to ${formatNumber(node.minimum)}`,
      );
    }
    if (node.exclusiveMinimum !== undefined && n <= node.exclusiveMinimum) {
      this.fail(
        out,
        context,
        'number_gt',
        `Must be greater than ${formatNumber(node.exclusiveMinimum)}`,
      );
    }
  }

  string(node: SchemaNode, text: string, context: readonly string[], out: Outcome): void {
    const length = [...text].length;
    if (node.minLength !== undefined && length < node.minLength) {
      this.fail(
        out,
        context,
        'string_gte',
        `String length must be greater than or equal to ${node.minLength}`,
      );
    }
    if (node.maxLength !== undefined && length > node.maxLength) {
      this.fail(
        out,
        context,
        'string_lte',
        `String length must be less than or equal to ${node.maxLength}`,
      );
    }
    if (node.pattern && !node.pattern[1].matcher(text).find()) {
      this.fail(out, context, 'pattern', `Does not match pattern '${node.pattern[0]}'`);
    }
  }

  array(node: SchemaNode, items: readonly Value[], context: readonly string[], out: Outcome): void {
    const child = (i: number): string[] => [...context, String(i)];
    if (Array.isArray(node.items)) {
      const tuple = node.items as SchemaNode[];
      items.forEach((item, i) => {
        const schema = tuple[i];
        if (schema) this.visit(schema, item, child(i), out);
        else if (node.additionalItems === false) {
          if (i === tuple.length) {
            this.fail(
              out,
              context,
              'array_no_additional_items',
              'No additional items allowed on array',
            );
          }
        } else if (node.additionalItems && node.additionalItems !== true) {
          this.visit(node.additionalItems, item, child(i), out);
        }
      });
    } else if (node.items) {
      const schema = node.items as SchemaNode;
      for (const [i, item] of items.entries()) this.visit(schema, item, child(i), out);
    }
    if (node.minItems !== undefined && items.length < node.minItems) {
      this.fail(out, context, 'array_min_items', `Array must have at least ${node.minItems} items`);
    }
    if (node.maxItems !== undefined && items.length > node.maxItems) {
      this.fail(out, context, 'array_max_items', `Array must have at most ${node.maxItems} items`);
    }
    if (node.uniqueItems) {
      outer: for (let j = 1; j < items.length; j++) {
        for (let i = 0; i < j; i++) {
          if (valuesEqual(items[i] as Value, items[j] as Value)) {
            this.fail(out, context, 'unique', `array items[${i},${j}] must be unique`);
            break outer;
          }
        }
      }
    }
    const contains = node.contains;
    if (contains) {
      const isMatched = items.some(
        (item, i) => this.run(contains, item, child(i)).errors.length === 0,
      );
      if (!isMatched) this.fail(out, context, 'contains', 'At least one of the items must match');
    }
  }

  object(node: SchemaNode, object: RegoObject, context: readonly string[], out: Outcome): void {
    const keys = object.keys().map(String);
    if (node.maxProperties !== undefined && keys.length > node.maxProperties) {
      this.fail(
        out,
        context,
        'array_max_properties',
        `Must have at most ${node.maxProperties} properties`,
      );
    }
    if (node.minProperties !== undefined && keys.length < node.minProperties) {
      this.fail(
        out,
        context,
        'array_min_properties',
        `Must have at least ${node.minProperties} properties`,
      );
    }
    for (const name of node.required) {
      if (!object.has(name)) this.fail(out, context, 'required', `${name} is required`);
    }
    for (const key of keys) {
      const member = object.get(key) as Value;
      const isDeclared = node.properties.some(([name]) => name === key);
      const patterns = node.patternProperties.filter(([, regex]) => regex.matcher(key).find());
      for (const [, , schema] of patterns) this.visit(schema, member, [...context, key], out);
      if (isDeclared || patterns.length > 0 || node.additionalProperties === undefined) continue;
      if (node.additionalProperties === false) {
        this.fail(
          out,
          context,
          'additional_property_not_allowed',
          `Additional property ${key} is not allowed`,
        );
      } else if (node.additionalProperties !== true) {
        this.visit(node.additionalProperties, member, [...context, key], out);
      }
    }
    if (node.propertyNames) {
      for (const key of keys) {
        if (this.run(node.propertyNames, key, context).errors.length > 0) {
          this.fail(
            out,
            context,
            'invalid_property_name',
            `Property name of "${key}" does not match`,
          );
        }
      }
    }
    for (const [name, schema] of node.properties) {
      const member = object.get(name);
      if (member !== undefined) this.visit(schema, member, [...context, name], out);
    }
  }
}

/** Validates `document` against `schema`; an empty list means it matches. */
export function validateDocument(schema: CompiledSchema, document: Value): SchemaViolation[] {
  return new Validator(schema).run(schema.root, document, []).errors;
}
