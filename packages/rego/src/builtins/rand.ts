/**
 * `rand.intn(key, n)`: a random integer in `[0, |n|)`, the same for the same key and `n` within
 * one query (OPA caches it per query). Randomness comes from the caller's `random` source.
 */
import { isInteger, type Value } from '../value.js';
import { numberOperand, stringOperand } from './operands.js';
import {
  type BuiltinContext,
  type BuiltinDeclaration,
  type BuiltinRegistry,
  builtinTypeError,
} from './registry.js';

const intnDeclaration: BuiltinDeclaration = {
  name: 'rand.intn',
  args: ['string', 'number'],
  result: 'number',
  description:
    'Returns a random integer between 0 and n (n exclusive); the same key and n return the same number within one query.',
  category: 'numbers',
  isNondeterministic: true,
};

function intn(args: readonly Value[], context: BuiltinContext): Value {
  const name = intnDeclaration.name;
  const key = stringOperand(name, args, 0);
  const n = numberOperand(name, args, 1);
  if (!isInteger(n)) {
    throw builtinTypeError(name, 'operand 2 must be integer number but got floating-point number');
  }
  if (n === 0) return 0;
  const bound = Math.abs(Number(n));
  const cacheKey = `rand.intn\0${key}-${bound}`;
  const cached = context.queryCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = Math.min(Math.floor(context.random() * bound), bound - 1);
  context.queryCache.set(cacheKey, result);
  return result;
}

/** Registers `rand.intn`. */
export function register(registry: BuiltinRegistry): void {
  registry.define(intnDeclaration, intn);
}
