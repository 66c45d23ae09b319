import { expect } from 'vitest';
import { RegoObject, RegoSet, type Value, valuesEqual } from './src/value.js';

// RegoSet and RegoObject keep their members in private fields, which vitest's structural
// equality cannot see: without this tester, toEqual would pass for any two sets or objects.
expect.addEqualityTesters([
  (a: unknown, b: unknown): boolean | undefined => {
    const isRego = (v: unknown): boolean => v instanceof RegoSet || v instanceof RegoObject;
    if (!isRego(a) && !isRego(b)) return undefined;
    if (!isRego(a) || !isRego(b)) return false;
    return valuesEqual(a as Value, b as Value);
  },
]);
