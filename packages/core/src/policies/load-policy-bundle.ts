import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import {
  createPolicyBundle,
  type PolicyBundle,
  type PolicyModule,
} from '../engine/policy-bundle.js';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { mergeData } from './merge-data.js';
import { readTar } from './read-tar.js';

const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

interface Manifest {
  readonly revision?: string;
  readonly roots?: readonly string[];
}

/**
 * Loads an OPA bundle (`.tar.gz` as `opa build` writes it): `.rego` modules (never `_test.rego`),
 * `data.json` / `data.yaml` merged at their folder's path, and the `.manifest` revision and roots.
 * Every data path and every (plainly named) module package must lie under a declared root, as
 * OPA checks.
 *
 * @throws PolicyConfigError when the archive, a file in it or the manifest is malformed, or a
 * path escapes the bundle's roots.
 */
export async function loadPolicyBundle(path: string): Promise<PolicyBundle> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new PolicyConfigError({ message: `cannot read policy bundle ${path}`, cause });
  }
  return parsePolicyBundle(bytes, path);
}

/**
 * Parses the bytes of an OPA bundle (`.tar.gz`); `path` names it in errors. See
 * {@link loadPolicyBundle}.
 *
 * @throws PolicyConfigError as {@link loadPolicyBundle} does.
 */
export function parsePolicyBundle(bytes: Uint8Array, path: string): PolicyBundle {
  let files: ReturnType<typeof readTar>;
  try {
    // `opa build` writes gzip; a plain tar is accepted too.
    const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const unpacked = isGzip ? gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }) : bytes;
    files = readTar(unpacked);
  } catch (cause) {
    if (PolicyConfigError.isInstance(cause)) throw cause;
    throw new PolicyConfigError({
      message: `cannot read policy bundle ${path}: ${String(cause)}`,
      cause,
    });
  }
  const modules: PolicyModule[] = [];
  let data: unknown = {};
  let manifest: Manifest = {};
  for (const file of files) {
    const name = file.path.replace(/^\/+/, '');
    if (name.split('/').includes('..')) {
      throw new PolicyConfigError({
        message: `policy bundle ${path}: entry ${name} escapes the bundle`,
      });
    }
    const base = name.slice(name.lastIndexOf('/') + 1);
    const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/')).split('/') : [];
    if (base === '.manifest') manifest = parseManifest(path, decode(path, name, file.bytes));
    else if (base.endsWith('.rego') && !base.endsWith('_test.rego')) {
      modules.push({ path: name, source: decode(path, name, file.bytes) });
    } else if (base === 'data.json' || base === 'data.yaml' || base === 'data.yml') {
      const source = decode(path, name, file.bytes);
      data = mergeData(data, folder, parseData(path, name, source));
    }
  }
  if (modules.length === 0)
    throw new PolicyConfigError({ message: `policy bundle ${path} holds no .rego modules` });
  checkRoots(path, manifest, { data, modules });
  return createPolicyBundle({
    modules,
    data,
    ...(manifest.revision ? { revision: manifest.revision } : {}),
  });
}

function decode(bundle: string, name: string, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    throw new PolicyConfigError({
      message: `policy bundle ${bundle}: ${name} is not UTF-8`,
      cause,
    });
  }
}

function parseData(bundle: string, name: string, source: string): unknown {
  try {
    return name.endsWith('.json') ? JSON.parse(source) : parseYaml(source, { schema: 'core' });
  } catch (cause) {
    throw new PolicyConfigError({
      message: `policy bundle ${bundle}: ${name} does not parse`,
      cause,
    });
  }
}

function parseManifest(bundle: string, source: string): Manifest {
  const value: unknown = parseData(bundle, '.manifest.json', source);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PolicyConfigError({ message: `policy bundle ${bundle}: .manifest is not an object` });
  }
  const { revision, roots } = value as Record<string, unknown>;
  const isRoots = Array.isArray(roots) && roots.every((r) => typeof r === 'string');
  if (
    (revision !== undefined && typeof revision !== 'string') ||
    (roots !== undefined && !isRoots)
  ) {
    throw new PolicyConfigError({
      message: `policy bundle ${bundle}: bad .manifest revision or roots`,
    });
  }
  return {
    ...(typeof revision === 'string' ? { revision } : {}),
    ...(isRoots ? { roots: roots as string[] } : {}),
  };
}

// OPA refuses data and packages outside the manifest's roots; an empty root (the default) owns all.
function checkRoots(bundle: string, manifest: Manifest, contents: BundleContents): void {
  const roots = manifest.roots ?? [''];
  if (roots.includes('')) return;
  const isInside = (path: string): boolean =>
    roots.some((root) => path === root || path.startsWith(`${root}/`));
  const isAncestor = (path: string): boolean =>
    path === '' || roots.some((root) => root.startsWith(`${path}/`));
  const outside = (what: string): never => {
    throw new PolicyConfigError({
      message: `policy bundle ${bundle}: ${what} is outside the bundle roots`,
    });
  };
  const visit = (value: unknown, path: string): void => {
    if (path !== '' && isInside(path)) return;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isAncestor(path) || !isObject) outside(`data.${path.replaceAll('/', '.')}`);
    for (const [key, child] of Object.entries(value as object)) {
      visit(child, path === '' ? key : `${path}/${key}`);
    }
  };
  visit(contents.data, '');
  for (const module of contents.modules) {
    const name = /^\s*package\s+([\w.]+)/m.exec(module.source)?.[1];
    if (name !== undefined && !isInside(name.replaceAll('.', '/'))) outside(`package ${name}`);
  }
}

interface BundleContents {
  readonly data: unknown;
  readonly modules: readonly PolicyModule[];
}
