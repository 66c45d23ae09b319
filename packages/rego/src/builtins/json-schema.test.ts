import { describe, expect, it } from 'vitest';
import { fromJson, toJson, type Value } from '../value.js';
import { register } from './json-schema.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';

const registry = new BuiltinRegistry();
register(registry);
const context: BuiltinContext = {
  nowNs: 0n,
  queryCache: new Map(),
  print: () => {},
  strict: true,
  random: () => 0,
};

/** Calls a builtin with JSON arguments (strings stay JSON text) and returns its JSON result. */
function call(name: string, ...args: unknown[]): unknown {
  const result = registry.get(name)?.implementation(args.map(fromJson) as Value[], context);
  return result === undefined ? undefined : toJson(result);
}

const NOT_VALID =
  'has a primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:[array boolean integer number null object string]';

describe('json.verify_schema (OPA jsonschema/test-json-verify_schema.yaml)', () => {
  it('accepts a valid schema string', () => {
    expect(call('json.verify_schema', '{"type": "boolean"}')).toEqual([true, null]);
  });
  it('reports an unknown primitive type, from a string or an object', () => {
    expect(call('json.verify_schema', '{"type": "unknown_type"}')).toEqual([
      false,
      `jsonschema: ${NOT_VALID}`,
    ]);
    expect(call('json.verify_schema', { type: 'unknown_type' })).toEqual([
      false,
      `jsonschema: ${NOT_VALID}`,
    ]);
  });
  it('reports loader and keyword errors', () => {
    expect(call('json.verify_schema', '{')).toEqual([false, 'jsonschema: invalid JSON string']);
    expect(call('json.verify_schema', 5)).toEqual([
      false,
      'jsonschema: wrong type, expected string or object',
    ]);
    expect(call('json.verify_schema', { minLength: -1 })).toEqual([
      false,
      'jsonschema: minLength must be greater than or equal to 0',
    ]);
    expect(call('json.verify_schema', { pattern: '(' })).toEqual([
      false,
      'jsonschema: pattern must be a valid regex',
    ]);
    expect(call('json.verify_schema', { $ref: '#/definitions/missing' })).toEqual([
      false,
      "jsonschema: Object has no key 'definitions'",
    ]);
  });
});

const idSchema = { properties: { id: { type: 'integer' } }, required: ['id'] };

describe('json.match_schema (OPA jsonschema/test-json-match_schema.yaml)', () => {
  it('matches a document against an object or string schema', () => {
    expect(call('json.match_schema', { id: 5 }, idSchema)).toEqual([true, []]);
    expect(call('json.match_schema', { id: 5 }, JSON.stringify(idSchema))).toEqual([true, []]);
  });
  it('raises a builtin error for an invalid schema', () => {
    expect(() =>
      call(
        'json.match_schema',
        { id: 'foo' },
        {
          properties: { id: { type: 'unknown' } },
          required: ['id'],
        },
      ),
    ).toThrow(
      'json.match_schema: has a primitive type that is NOT VALID -- given: /unknown/ Expected valid values are:[array boolean integer number null object string]',
    );
  });
});

describe('json.match_schema errors', () => {
  it('reports type and required errors with error, type, field and desc', () => {
    expect(call('json.match_schema', { id: 'x' }, idSchema)).toEqual([
      false,
      [
        {
          error: 'id: Invalid type. Expected: integer, given: string',
          type: 'invalid_type',
          field: 'id',
          desc: 'Invalid type. Expected: integer, given: string',
        },
      ],
    ]);
    expect(call('json.match_schema', {}, idSchema)).toEqual([
      false,
      [
        {
          error: '(root): id is required',
          type: 'required',
          field: '(root)',
          desc: 'id is required',
        },
      ],
    ]);
  });
  it('checks strings, numbers, enums, const and additional properties', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 2, maxLength: 4, pattern: '^[a-z]+$' },
        age: { type: 'number', minimum: 0, exclusiveMaximum: 150 },
        kind: { enum: ['a', 'b'] },
        version: { const: 1 },
      },
      additionalProperties: false,
    };
    const [valid, errors] = call(
      'json.match_schema',
      { name: 'ABCDE', age: 150, kind: 'c', version: 2, extra: true },
      schema,
    ) as [boolean, { error: string }[]];
    expect(valid).toBe(false);
    expect(errors.map((e) => e.error).sort()).toEqual(
      [
        '(root): Additional property extra is not allowed',
        'age: Must be less than 150',
        'kind: kind must be one of the following: "a", "b"',
        'name: String length must be less than or equal to 4',
        "name: Does not match pattern '^[a-z]+$'",
        'version: version does not match: 1',
      ].sort(),
    );
    expect(
      call('json.match_schema', { name: 'ab', age: 3.5, kind: 'a', version: 1 }, schema),
    ).toEqual([true, []]);
  });
  it('validates items, combinators, not and local $ref', () => {
    const schema = {
      definitions: { positive: { type: 'integer', minimum: 1 } },
      type: 'array',
      items: { $ref: '#/definitions/positive' },
      minItems: 1,
    };
    expect(call('json.match_schema', [1, 2], schema)).toEqual([true, []]);
    const [, errors] = call('json.match_schema', [1, 0], schema) as [boolean, { error: string }[]];
    expect(errors.map((e) => e.error)).toEqual(['1: Must be greater than or equal to 1']);
    expect(
      (
        call('json.match_schema', '5', { anyOf: [{ type: 'string' }, { maximum: 3 }] }) as unknown[]
      )[0],
    ).toBe(false);
    expect(call('json.match_schema', '5', { oneOf: [{ type: 'string' }, { maximum: 9 }] })).toEqual(
      [true, []],
    );
    expect(
      (
        call('json.match_schema', '5', { allOf: [{ type: 'integer' }, { minimum: 9 }] }) as [
          boolean,
          { type: string }[],
        ]
      )[1].map((e) => e.type),
    ).toEqual(['number_gte', 'number_all_of']);
    expect(call('json.match_schema', '"x"', { not: { type: 'string' } })).toEqual([
      false,
      [
        {
          error: '(root): Must not validate the schema (not)',
          type: 'number_not',
          field: '(root)',
          desc: 'Must not validate the schema (not)',
        },
      ],
    ]);
  });
  it('accepts boolean schemas and reports false ones', () => {
    expect(call('json.match_schema', '1', 'true')).toEqual([true, []]);
    expect((call('json.match_schema', '1', 'false') as unknown[])[0]).toBe(false);
  });
  it('raises a builtin error for a document that is neither JSON text nor an object', () => {
    expect(() => call('json.match_schema', 5, idSchema)).toThrow(
      'json.match_schema: wrong type, expected string or object',
    );
  });
});
