import { describe, expect, it } from 'vitest';
import { keyOf, RegoObject, RegoSet, type Value } from '../value.js';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './objects.js';

const { call, errorOf } = builtinHarness([register]);

const object = (...entries: (readonly [Value, Value])[]): RegoObject => new RegoObject(entries);
const set = (...items: Value[]): RegoSet => new RegoSet(items);

/** Canonical text of a result: toEqual cannot see inside a RegoObject's private map. */
function text(value: Value | undefined): unknown {
  return value === undefined ? undefined : keyOf(value);
}

function expectCall(name: string, args: Value[], expected: Value): void {
  expect(text(call(name, ...args))).toBe(text(expected));
}

describe('object.get', () => {
  it('returns a key or the default (objectget 0263-0267)', () => {
    expectCall('object.get', [object(['a', 'b']), 'c', 'c'], 'c');
    expectCall('object.get', [object([1, 2]), 1, 3], 2);
    expectCall('object.get', [object([1, 2]), 2, 3], 3);
    expectCall('object.get', [object(['a', object(['b', 'c'])]), 'a', true], object(['b', 'c']));
    expectCall('object.get', [object(['a', object(['b', 'c'])]), 'b', true], true);
    expectCall('object.get', [object(['a', null]), 'a', true], null);
  });

  it('follows array paths (objectget/path)', () => {
    const nested = object(['a', object(['b', object(['c', 1])])]);
    expectCall('object.get', [object(['a', 1]), [], 2], object(['a', 1]));
    expectCall('object.get', [object(['a', 1]), ['a'], 2], 1);
    expectCall('object.get', [object(['a', 1]), ['b'], 2], 2);
    expectCall('object.get', [nested, ['a', 'b', 'a'], 2], 2);
    expectCall('object.get', [nested, ['a', 'b', 'c'], 2], 1);
    const keyed = object([1, object(['b', object([[1, 2, 3], 1])])]);
    expectCall('object.get', [keyed, [1, 'b', [1, 2, 3]], 2], 1);
    expectCall('object.get', [object(['a', object(['b', [1, 2, 3]])]), ['a', 'b', 'a'], 2], 2);
    const arrays = object(['a', object(['b', [object(['c', 1])]])]);
    expectCall('object.get', [arrays, ['a', 'b', 0, 'c'], 2], 1);
    expectCall('object.get', [object(['s', set('x')]), ['s', 'x'], 2], 'x');
  });

  it('rejects non-objects', () => {
    expect(errorOf('object.get', 'object', ['a'], 2)).toEqual({
      code: 'eval_type_error',
      message: 'object.get: operand 1 must be object but got string',
    });
  });
});

describe('object.keys', () => {
  it('returns keys of any type (objectkeys)', () => {
    expectCall('object.keys', [object([1, 1], [2, 2])], set(1, 2));
    expectCall('object.keys', [object([object(['a', 1]), 1])], set(object(['a', 1])));
    expectCall('object.keys', [object([['a'], 1], [['b'], 2])], set(['a'], ['b']));
    expectCall('object.keys', [object()], set());
    expect(errorOf('object.keys', 'object').message).toBe(
      'object.keys: operand 1 must be object but got string',
    );
  });
});

describe('object.remove and object.filter', () => {
  const source = object(['a', 1], ['b', object(['c', 3])], ['d', 4]);

  it('removes keys given as set, array or object (objectremove 0279-0288)', () => {
    expectCall('object.remove', [source, set('a')], object(['b', object(['c', 3])], ['d', 4]));
    expectCall('object.remove', [source, set('b', 'd')], object(['a', 1]));
    expectCall('object.remove', [source, ['d', 'b']], object(['a', 1]));
    expectCall('object.remove', [source, object(['b', 1], ['d', ''])], object(['a', 1]));
    expectCall('object.remove', [object(), set('a', 'b')], object());
    expectCall('object.remove', [source, set()], source);
    expectCall('object.remove', [source, set('z')], source);
  });

  it('keeps only given keys (objectfilter 0300-0308, 0318, 0319)', () => {
    expectCall('object.filter', [source, set('a', 'd')], object(['a', 1], ['d', 4]));
    expectCall('object.filter', [source, ['a', 'd']], object(['a', 1], ['d', 4]));
    expectCall('object.filter', [source, object(['a', 'foo'])], object(['a', 1]));
    expectCall('object.filter', [source, set()], object());
    expectCall('object.filter', [object(), set('a')], object());
    expectCall('object.filter', [object(['a', 1], [[[7]], 2]), set([[7]])], object([[[7]], 2]));
    expectCall('object.filter', [object(['a', 1], ['b', 2]), set('b')], object(['b', 2]));
  });

  it("words type errors with OPA's unsorted type list", () => {
    for (const name of ['object.remove', 'object.filter']) {
      expect(errorOf(name, false, set('a'))).toEqual({
        code: 'eval_type_error',
        message: `${name}: operand 1 must be object but got boolean`,
      });
      expect(errorOf(name, object(['a', 1]), 'foo').message).toBe(
        `${name}: operand 2 must be one of {object, set, array} but got string`,
      );
      expect(errorOf(name, object(['a', 1]), null).message).toBe(
        `${name}: operand 2 must be one of {object, set, array} but got null`,
      );
    }
  });
});

describe('object.union and object.union_n', () => {
  it('merges recursively, right side winning (objectunion 0269-0276)', () => {
    expectCall('object.union', [object(), object(['a', 1])], object(['a', 1]));
    expectCall('object.union', [object(['a', 1]), object()], object(['a', 1]));
    const nested = object(['a', object(['b', object(['c', 1])])]);
    expectCall(
      'object.union',
      [nested, object(['b', 2])],
      object(['a', object(['b', object(['c', 1])])], ['b', 2]),
    );
    expectCall('object.union', [object(['a', 1]), object(['a', 2])], object(['a', 2]));
    expectCall(
      'object.union',
      [object(['a', 1]), object(['a', object(['b', object(['c', 1])])], ['d', 7])],
      object(['a', object(['b', object(['c', 1])])], ['d', 7]),
    );
    expectCall(
      'object.union',
      [
        object(['a', object(['b', object(['c', 1])])], ['e', 1]),
        object(['a', object(['b', 'foo'], ['b1', 'bar'])], ['d', 7], ['e', 17]),
      ],
      object(['a', object(['b', 'foo'], ['b1', 'bar'])], ['d', 7], ['e', 17]),
    );
    expect(errorOf('object.union', object(['a', 1]), [1, 2, 3]).message).toBe(
      'object.union: operand 2 must be object but got array',
    );
  });

  it('folds an array of objects (objectunionn)', () => {
    expectCall('object.union_n', [[object()]], object());
    expectCall('object.union_n', [[]], object());
    expectCall(
      'object.union_n',
      [[object(['foo', 'bar']), object(['x', 'y'])]],
      object(['foo', 'bar'], ['x', 'y']),
    );
    expectCall(
      'object.union_n',
      [[object(['foo', 'bar']), object(['foo', 'baz'])]],
      object(['foo', 'baz']),
    );
    expectCall(
      'object.union_n',
      [
        [
          object(['a', 1], ['b', 2], ['c', 3]),
          object(['foo', 'baz'], ['a', 'a'], ['b', 2], ['d', 4]),
          object(['a', 'final A!'], ['e', 5.0]),
        ],
      ],
      object(['a', 'final A!'], ['b', 2], ['c', 3], ['d', 4], ['e', 5], ['foo', 'baz']),
    );
    // A non-object in the chain replaces earlier objects instead of merging with them.
    expectCall(
      'object.union_n',
      [[object(['a', object(['b', 2])]), object(['a', 4]), object(['a', object(['c', 3])])]],
      object(['a', object(['c', 3])]),
    );
    expect(errorOf('object.union_n', [object(), 'x']).message).toBe(
      'object.union_n: operand 1 must be array of objects but got array containing string',
    );
  });
});

describe('object.subset', () => {
  const a = object(['a', 5], ['b', 7], ['c', 15]);

  it('checks object subsets, recursively (subset/simple, nested)', () => {
    expectCall('object.subset', [a, object(['a', 5])], true);
    expectCall('object.subset', [object(['a', 5]), a], false);
    expectCall('object.subset', [a, object(['a', 5], ['b', 10])], false);
    const superNested = object(
      ['a', 5],
      ['nested', object(['x', 10], ['y', 15], ['set1', set(1, 2, 3, 4)], ['arr1', [6, 7, 8, 9]])],
    );
    const subNested = object(['nested', object(['x', 10], ['set1', set(4, 1)], ['arr1', [6, 7]])]);
    expectCall('object.subset', [superNested, subNested], true);
    expectCall('object.subset', [subNested, superNested], false);
  });

  it('checks sets, arrays (contiguous runs) and sets in arrays', () => {
    expectCall('object.subset', [set(1, 2, 3), set(3, 2)], true);
    expectCall('object.subset', [set(3, 2), set(1, 2, 3)], false);
    expectCall('object.subset', [set(1, set('a', 'b')), set(set('a', 'b'))], true);
    expectCall('object.subset', [set(1, set('a', 'b', 'c')), set(set('a', 'b'))], false);
    const array = [1, 2, 3, 4, 5, 6];
    expectCall('object.subset', [array, [3, 4, 5]], true);
    expectCall('object.subset', [array, [1, 2, 3]], true);
    expectCall('object.subset', [array, [4, 5, 6]], true);
    expectCall('object.subset', [array, [4, 5, 6, 8]], false);
    expectCall('object.subset', [array, [1, 3]], false);
    expectCall('object.subset', [[3, 4, 5], array], false);
    expectCall('object.subset', [array, set(4, 3, 2)], true);
    expectCall('object.subset', [array, set(9, 8, 7)], false);
  });

  it('rejects mismatched kinds', () => {
    expect(errorOf('object.subset', set(4, 3, 2), [1, 2])).toEqual({
      code: 'eval_type_error',
      message:
        'object.subset: both arguments object.subset must be of the same type or array and set',
    });
  });
});
