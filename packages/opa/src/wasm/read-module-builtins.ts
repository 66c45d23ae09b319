import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';

interface AbiExports {
  readonly builtins: () => number;
  readonly opa_json_dump: (address: number) => number;
}

/**
 * The builtins a loaded Wasm module calls on the host, read from its `builtins()` export (a JSON
 * object of name → id, per OPA's Wasm ABI). Values it allocates sit above the data heap pointer
 * and are overwritten by the next evaluation, so reading them leaks nothing.
 */
export function readModuleBuiltins(policy: LoadedPolicy): string[] {
  const instance =
    'instance' in policy.wasmInstance ? policy.wasmInstance.instance : policy.wasmInstance;
  const exports = instance.exports as unknown as AbiExports;
  const address = exports.opa_json_dump(exports.builtins());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = address;
  while (end < bytes.length && bytes[end] !== 0) end++;
  const json: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(address, end)));
  return typeof json === 'object' && json !== null ? Object.keys(json).sort() : [];
}
