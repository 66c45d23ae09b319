import { describe, expect, it } from 'vitest';
import { fromJson, RegoObject, RegoSet, toJson, type Value } from '../value.js';
import { register } from './graph.js';
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

const set = (...items: Value[]) => new RegoSet(items);
const graphOf = (edges: Record<string, Value>) => new RegoObject(Object.entries(edges));

describe('graph.reachable', () => {
  it('follows cycles once', () => {
    const graph = graphOf({ a: set('b'), b: set('c'), c: set('a') });
    expect(toJson(call('graph.reachable', [graph, set('a')]) as Value)).toEqual(['a', 'b', 'c']);
    const arrays = fromJson({ a: ['b'], b: ['c'], c: ['a'] });
    expect(toJson(call('graph.reachable', [arrays, ['a']]) as Value)).toEqual(['a', 'b', 'c']);
  });

  it('is empty for an empty graph and reaches vertices with null edges', () => {
    expect(toJson(call('graph.reachable', [new RegoObject(), set('a')]) as Value)).toEqual([]);
    expect(toJson(call('graph.reachable', [fromJson({ a: null }), ['a']]) as Value)).toEqual(['a']);
  });

  it('rejects malformed operands with eval_type_errors', () => {
    expect(() => call('graph.reachable', [1, [1]])).toThrow(
      'graph.reachable: operand 1 must be object but got number',
    );
    expect(() => call('graph.reachable', [fromJson({ a: [] }), 'a'])).toThrow(
      'graph.reachable: operand 2 must be one of {array, set} but got string',
    );
  });
});

describe('graph.reachable_paths', () => {
  const paths = (graph: unknown, initial: Value) =>
    toJson(call('graph.reachable_paths', [fromJson(graph), initial]) as Value);

  it('ends a path at a cycle', () => {
    expect(paths({ a: ['b'], b: ['c'], c: ['a'] }, ['a'])).toEqual([['a', 'b', 'c']]);
  });

  it('lists one path per branch, through shared ancestors', () => {
    const graph = { '1': [], '2': ['1'], '3': ['2'], '4': ['3', '2'], '5': ['4'] };
    expect(paths(graph, ['5'])).toEqual([
      ['5', '4', '2', '1'],
      ['5', '4', '3', '2', '1'],
    ]);
  });

  it('keeps separate components apart and stops before unknown vertices', () => {
    const graph = graphOf({
      a: set('b', 'c'),
      b: set('d'),
      c: set('d'),
      d: set(),
      e: set('f'),
      f: set('e'),
      x: set('x'),
    });
    expect(toJson(call('graph.reachable_paths', [graph, set('b', 'e')]) as Value)).toEqual([
      ['b', 'd'],
      ['e', 'f'],
    ]);
    expect(paths({ a: ['b'], b: ['nonexistent'] }, set('a', 'b'))).toEqual([['a', 'b'], ['b']]);
  });

  it('rejects malformed operands', () => {
    expect(() => paths(1, [1])).toThrow('operand 1 must be object but got number');
    expect(() => paths({ a: [] }, 'a')).toThrow('operand 2 must be one of {array, set}');
  });
});
