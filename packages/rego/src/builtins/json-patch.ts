/**
 * `json.patch`: RFC 6902 JSON Patch (add, remove, replace, move, copy, test) over Rego values,
 * including sets (an element is addressed by itself) and paths given as arrays of segments.
 * As in OPA, a patch that cannot be applied makes the call undefined rather than an error.
 */
import type { Value } from '../value.js';
import { applyPatches } from './json-patch/apply-patches.js';
import { arrayOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinRegistry } from './registry.js';

/** Declaration of `json.patch`. */
export const jsonPatchDeclaration: BuiltinDeclaration = {
  name: 'json.patch',
  args: ['any', 'array'],
  result: 'any',
  description:
    'Patches an object according to RFC6902. For example: `json.patch({"a": {"foo": 1}}, [{"op": "add", "path": "/a/bar", "value": 2}])` results in `{"a": {"foo": 1, "bar": 2}`. The patches are applied atomically: if any of them fails, the result will be undefined. Additionally works on sets, where a value contained in the set is considered to be its path.',
  category: 'object',
};

/** Registers `json.patch` into `registry`. */
export function register(registry: BuiltinRegistry): void {
  registry.define(jsonPatchDeclaration, (args) => {
    const operations = arrayOperand('json.patch', args, 1);
    return applyPatches(args[0] as Value, operations);
  });
}
