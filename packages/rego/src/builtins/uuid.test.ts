import { describe, expect, it } from 'vitest';
import { fromJson, toJson, type Value } from '../value.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { register } from './uuid.js';

const registry = new BuiltinRegistry();
register(registry);

function createContext(random: () => number = () => 0.5): BuiltinContext {
  return { nowNs: 0n, queryCache: new Map(), print: () => {}, strict: true, random };
}

function call(name: string, args: Value[], context = createContext()): Value | undefined {
  const builtin = registry.get(name);
  if (!builtin) throw new Error(`no builtin ${name}`);
  return builtin.implementation(args, context);
}

describe('uuid.rfc4122', () => {
  it('returns a version 4, RFC 4122 UUID', () => {
    const uuid = call('uuid.rfc4122', ['key']);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('returns the same UUID for the same key within one query', () => {
    const context = createContext();
    const first = call('uuid.rfc4122', ['key'], context);
    expect(call('uuid.rfc4122', ['key'], context)).toBe(first);
    expect(call('uuid.rfc4122', ['other'], context)).not.toBe(first);
    expect(call('uuid.rfc4122', ['key'], createContext())).not.toBe(first);
  });
});

describe('uuid.parse', () => {
  const parse = (text: string) => {
    const result = call('uuid.parse', [text]);
    return result === undefined ? undefined : toJson(result);
  };

  it('reports version and variant of a version 4 UUID', () => {
    expect(parse('00000000-0000-4000-8000-000000000000')).toEqual({
      variant: 'RFC4122',
      version: 4,
    });
    expect(parse('38074da4-0b00-388d-9c3c-362de965547a')).toEqual({
      variant: 'RFC4122',
      version: 3,
    });
  });

  it('decodes the fields of a version 2 UUID', () => {
    expect(parse('000003e8-48b9-21ee-b200-325096b39f47')).toEqual({
      clocksequence: 12800,
      domain: 'Person',
      id: 1000,
      macvariables: 'local:unicast',
      nodeid: '32-50-96-b3-9f-47',
      time: 1693566990121469600n,
      variant: 'RFC4122',
      version: 2,
    });
  });

  it('accepts the braced, urn and bare forms', () => {
    const v4 = { variant: 'RFC4122', version: 4 };
    expect(parse('{00000000-0000-4000-8000-000000000000}')).toEqual(v4);
    expect(parse('(00000000-0000-4000-8000-000000000000)')).toEqual(v4);
    expect(parse('URN:UUID:00000000-0000-4000-8000-000000000000')).toEqual(v4);
    expect(parse('00000000000040008000000000000000')).toEqual(v4);
  });

  it('is undefined for malformed UUIDs', () => {
    expect(parse('00000000-0000-4000-8000-00000000000')).toBeUndefined();
    expect(parse('00000000x0000-4000-8000-000000000000')).toBeUndefined();
    expect(parse('0000000g-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('rejects a non-string operand', () => {
    expect(() => call('uuid.parse', [fromJson(123)])).toThrow('operand 1 must be string');
  });
});
