import { describe, expect, it } from 'vitest';
import type { Value } from '../value.js';
import { register } from './rand.js';
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

describe('rand.intn', () => {
  it('draws from the caller-provided random source', () => {
    expect(
      call(
        'rand.intn',
        ['k', 100],
        createContext(() => 0.42),
      ),
    ).toBe(42);
    expect(
      call(
        'rand.intn',
        ['k', -10],
        createContext(() => 0.99),
      ),
    ).toBe(9);
    expect(call('rand.intn', ['k', 0])).toBe(0);
  });

  it('returns the same number for the same key and n within one query', () => {
    let next = 0.1;
    const context = createContext(() => {
      next += 0.2;
      return next;
    });
    const first = call('rand.intn', ['key', 100], context);
    expect(call('rand.intn', ['key', 100], context)).toBe(first);
    expect(call('rand.intn', ['key', 10], context)).not.toBe(first);
  });

  it('rejects non-integer bounds', () => {
    expect(() => call('rand.intn', ['k', 1.5])).toThrow(
      'rand.intn: operand 2 must be integer number but got floating-point number',
    );
    expect(() => call('rand.intn', [1, 2])).toThrow(
      'rand.intn: operand 1 must be string but got number',
    );
  });
});
