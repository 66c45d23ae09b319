import { mergeData, PolicyConfigError } from '@kitelogik/core';
import { readBundleFiles } from './read-bundle-files.js';

/** What a Wasm bundle holds once unpacked: the module, the base document and the entrypoints. */
export interface WasmBundle {
  readonly wasm: Uint8Array;
  readonly data: unknown;
  /** Entrypoints the manifest names (`kitelogik/main/decision`); empty when it names none. */
  readonly entrypoints: readonly string[];
  readonly revision?: string;
}

interface WasmManifest {
  readonly revision?: unknown;
  readonly wasm?: readonly { readonly entrypoint?: unknown; readonly module?: unknown }[];
}

const decoder = new TextDecoder();

function parseJson(path: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (cause) {
    throw new PolicyConfigError({ message: `bundle file ${path} is not valid JSON`, cause });
  }
}

/** Merges a `data.json` found at `path` into `base` at its folder's path, naming the file on a conflict. */
function mergeDataFile(base: unknown, path: string, value: unknown): unknown {
  try {
    return mergeData(base, path.split('/').slice(0, -1), value);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new PolicyConfigError({ message: `bundle data ${path}: ${message}`, cause });
  }
}

/**
 * Reads a bundle built by `opa build -t wasm`: `/.manifest` names the module and its entrypoints,
 * `/policy.wasm` is the module (or the first module the manifest lists) and every `data.json` is
 * merged into the base document at its folder's path.
 *
 * @throws PolicyConfigError when the archive cannot be read or holds no Wasm module.
 */
export function readWasmBundle(archive: Uint8Array): WasmBundle {
  let files: ReadonlyMap<string, Uint8Array>;
  try {
    files = readBundleFiles(archive);
  } catch (cause) {
    throw new PolicyConfigError({
      message: `cannot read the Wasm bundle: ${String(cause)}`,
      cause,
    });
  }
  const manifestBytes = files.get('.manifest');
  const manifest = (
    manifestBytes === undefined ? {} : parseJson('.manifest', manifestBytes)
  ) as WasmManifest;
  const listed = Array.isArray(manifest.wasm) ? manifest.wasm : [];
  const modulePath =
    listed.map((entry) => entry.module).find((path) => typeof path === 'string') ?? 'policy.wasm';
  const wasm = files.get(String(modulePath).replace(/^\/+/, ''));
  if (wasm === undefined) {
    throw new PolicyConfigError({ message: `the Wasm bundle has no module ${String(modulePath)}` });
  }
  let data: unknown = {};
  for (const [path, bytes] of files) {
    if (path !== 'data.json' && !path.endsWith('/data.json')) continue;
    data = mergeDataFile(data, path, parseJson(path, bytes));
  }
  const entrypoints = listed
    .map((entry) => entry.entrypoint)
    .filter((entrypoint): entrypoint is string => typeof entrypoint === 'string');
  const bundle = { wasm, data, entrypoints };
  return typeof manifest.revision === 'string' && manifest.revision !== ''
    ? { ...bundle, revision: manifest.revision }
    : bundle;
}
