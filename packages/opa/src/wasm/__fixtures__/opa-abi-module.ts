// A tiny module implementing OPA's Wasm ABI 1.2, written in the WebAssembly text format and
// assembled at test time with the `wabt` npm package, so the Wasm engine is tested without the
// opa binary. Values are kept as NUL-terminated JSON text: `opa_json_parse` copies the text and
// `opa_json_dump` returns it unchanged, which is all a host ever observes of OPA's value heap.
//
// Entrypoints (ids in order): test/echo → {"input": input, "data": data}; test/now →
// time.now_ns(); test/match → regex.match("^[a-z]+$", input); test/undefined → no result;
// test/abort → opa_abort("boom").
import wabt from 'wabt';

/** Builtin name → id, as the module's `builtins()` export reports them. */
export type BuiltinIds = Readonly<Record<string, number>>;

/** The entrypoints the module exports, by name → id. */
export const ENTRYPOINTS: Readonly<Record<string, number>> = {
  'test/echo': 0,
  'test/now': 1,
  'test/match': 2,
  'test/undefined': 3,
  'test/abort': 4,
};

function watString(text: string): string {
  return [...new TextEncoder().encode(`${text}\0`)]
    .map((byte) =>
      byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c
        ? String.fromCharCode(byte)
        : `\\${byte.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

/** The WAT source; `builtins` lists what the module says it calls (`time.now_ns`, `regex.match`). */
export function opaAbiModuleWat(builtins: BuiltinIds): string {
  const strings: Record<string, string> = {
    builtins: JSON.stringify(builtins),
    entrypoints: JSON.stringify(ENTRYPOINTS),
    echoA: '[{"result":{"input":',
    echoB: ',"data":',
    close: '}}]',
    resultA: '[{"result":',
    resultB: '}]',
    none: '[]',
    null: 'null',
    pattern: '"^[a-z]+$"',
    boom: 'boom',
  };
  const at: Record<string, number> = {};
  let offset = 1024;
  const segments: string[] = [];
  for (const [name, text] of Object.entries(strings)) {
    at[name] = offset;
    segments.push(`(data (i32.const ${offset}) "${watString(text)}")`);
    offset += new TextEncoder().encode(text).length + 1;
  }
  const now = builtins['time.now_ns'] ?? -1;
  const match = builtins['regex.match'] ?? -1;
  return `(module
  (import "env" "memory" (memory 2))
  (import "env" "opa_abort" (func $abort (param i32)))
  (import "env" "opa_builtin0" (func $builtin0 (param i32 i32) (result i32)))
  (import "env" "opa_builtin2" (func $builtin2 (param i32 i32 i32 i32) (result i32)))
  (global $heap (mut i32) (i32.const 65536))
  (global (export "opa_wasm_abi_version") i32 (i32.const 1))
  (global (export "opa_wasm_abi_minor_version") i32 (i32.const 2))
  ${segments.join('\n  ')}
  (func $strlen (param $p i32) (result i32) (local $n i32)
    (block $end (loop $next
      (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $n))
  (func $copy (param $dst i32) (param $src i32) (param $n i32) (local $i i32)
    (block $end (loop $next
      (br_if $end (i32.ge_u (local.get $i) (local.get $n)))
      (i32.store8 (i32.add (local.get $dst) (local.get $i))
        (i32.load8_u (i32.add (local.get $src) (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next))))
  (func $malloc (export "opa_malloc") (param $n i32) (result i32) (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (block $fits (loop $grow
      (br_if $fits (i32.le_u (global.get $heap) (i32.mul (memory.size) (i32.const 65536))))
      (drop (memory.grow (i32.const 1)))
      (br $grow)))
    (local.get $p))
  (func (export "opa_heap_ptr_get") (result i32) (global.get $heap))
  (func (export "opa_heap_ptr_set") (param $p i32) (global.set $heap (local.get $p)))
  (func $parse (export "opa_json_parse") (param $p i32) (param $n i32) (result i32) (local $q i32)
    (local.set $q (call $malloc (i32.add (local.get $n) (i32.const 1))))
    (call $copy (local.get $q) (local.get $p) (local.get $n))
    (i32.store8 (i32.add (local.get $q) (local.get $n)) (i32.const 0))
    (local.get $q))
  (func (export "opa_json_dump") (param $v i32) (result i32) (local.get $v))
  (func (export "builtins") (result i32) (i32.const ${at.builtins}))
  (func (export "entrypoints") (result i32) (i32.const ${at.entrypoints}))
  (func $puts (param $p i32) (local $n i32)
    (local.set $n (call $strlen (local.get $p)))
    (call $copy (call $malloc (local.get $n)) (local.get $p) (local.get $n)))
  (func $wrap (param $v i32) (result i32) (local $start i32)
    (local.set $start (global.get $heap))
    (call $puts (i32.const ${at.resultA}))
    (call $puts (local.get $v))
    (call $puts (i32.const ${at.resultB}))
    (i32.store8 (call $malloc (i32.const 1)) (i32.const 0))
    (local.get $start))
  (func (export "opa_eval") (param $reserved i32) (param $entrypoint i32) (param $data i32)
      (param $input i32) (param $length i32) (param $heapPtr i32) (param $format i32) (result i32)
      (local $value i32) (local $start i32)
    (global.set $heap (local.get $heapPtr))
    (local.set $value (i32.const ${at.null}))
    (if (i32.ne (local.get $length) (i32.const 0))
      (then (local.set $value (call $parse (local.get $input) (local.get $length)))))
    (if (i32.eq (local.get $entrypoint) (i32.const 0)) (then
      (local.set $start (global.get $heap))
      (call $puts (i32.const ${at.echoA}))
      (call $puts (local.get $value))
      (call $puts (i32.const ${at.echoB}))
      (call $puts (local.get $data))
      (call $puts (i32.const ${at.close}))
      (i32.store8 (call $malloc (i32.const 1)) (i32.const 0))
      (return (local.get $start))))
    (if (i32.eq (local.get $entrypoint) (i32.const 1)) (then
      (return (call $wrapOrNone (call $builtin0 (i32.const ${now}) (i32.const 0))))))
    (if (i32.eq (local.get $entrypoint) (i32.const 2)) (then
      (return (call $wrapOrNone
        (call $builtin2 (i32.const ${match}) (i32.const 0) (i32.const ${at.pattern}) (local.get $value))))))
    (if (i32.eq (local.get $entrypoint) (i32.const 4)) (then (call $abort (i32.const ${at.boom}))))
    (i32.const ${at.none}))
  (func $wrapOrNone (param $v i32) (result i32)
    (if (i32.eqz (local.get $v)) (then (return (i32.const ${at.none}))))
    (call $wrap (local.get $v)))
)`;
}

/** Assembles {@link opaAbiModuleWat} into a Wasm binary with wabt. */
export async function assembleOpaAbiModule(builtins: BuiltinIds): Promise<Uint8Array> {
  const assembler = await wabt();
  const module = assembler.parseWat('opa-abi-module.wat', opaAbiModuleWat(builtins));
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
