import { describe, expect, it } from 'vitest';
import { fromJson, RegoSet, toJson, type Value } from '../value.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';
import { register } from './walk.js';

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

const walk = (value: Value) => toJson(call('walk', [value]) as Value);

describe('walk', () => {
  it('is declared as a relation', () => {
    expect(registry.get('walk')?.isRelation).toBe(true);
  });

  it('yields a scalar at the empty path', () => {
    expect(walk(1)).toEqual([[[], 1]]);
  });

  it('walks arrays and objects depth-first, root first', () => {
    expect(walk(fromJson([1, 2]))).toEqual([
      [[], [1, 2]],
      [[0], 1],
      [[1], 2],
    ]);
    expect(walk(fromJson({ v2: 'goodbye', v1: 'hello' }))).toEqual([
      [[], { v1: 'hello', v2: 'goodbye' }],
      [['v1'], 'hello'],
      [['v2'], 'goodbye'],
    ]);
  });

  it('uses set members as their own path keys', () => {
    const inner = new RegoSet([1, 2, 3]);
    const result = walk(new RegoSet([inner]));
    expect(result).toEqual([
      [[], [[1, 2, 3]]],
      [[[1, 2, 3]], [1, 2, 3]],
      [[[1, 2, 3], 1], 1],
      [[[1, 2, 3], 2], 2],
      [[[1, 2, 3], 3], 3],
    ]);
  });

  it('keeps each path separate (OPA issue 7656)', () => {
    const pairs = walk(fromJson({ a: [{ b: [{ c: [{ aa: 'AA' }, { bb: 'BB' }] }] }] })) as [
      unknown[],
      unknown,
    ][];
    const leaves = pairs.filter(([, value]) => typeof value === 'string');
    expect(leaves).toEqual([
      [['a', 0, 'b', 0, 'c', 0, 'aa'], 'AA'],
      [['a', 0, 'b', 0, 'c', 1, 'bb'], 'BB'],
    ]);
  });
});
