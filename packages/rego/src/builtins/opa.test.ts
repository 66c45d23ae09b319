import { describe, expect, it } from 'vitest';
import { RegoObject, type Value } from '../value.js';
import { register } from './opa.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';

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

describe('opa.runtime', () => {
  it('returns an empty object', () => {
    const result = call('opa.runtime', []);
    expect(result).toBeInstanceOf(RegoObject);
    expect((result as RegoObject).size).toBe(0);
  });
});
