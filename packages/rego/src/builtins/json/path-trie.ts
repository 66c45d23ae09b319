import { RegoSet, typeName, type Value } from '../../value.js';
import { builtinTypeError } from '../registry.js';
import { formatTerm } from '../sprintf.js';
import { oneOfError } from '../strings/text-operands.js';

/**
 * The path operand of `json.filter` and `json.remove` as a trie: `"a/b/0"` strings (JSON
 * pointer escapes `~0`, `~1`) or arrays of segments. A node marked whole selects everything
 * below it, so `{"a", "a/b"}` selects all of `a`.
 */
export interface PathNode {
  isWhole: boolean;
  readonly children: Map<string, PathNode>;
}

/** The text a path segment or a document key is matched by. */
export function segmentKey(value: Value): string {
  return typeof value === 'string' ? value : formatTerm(value);
}

function segments(name: string, path: Value): string[] {
  if (typeof path === 'string') {
    const trimmed = path.replace(/^\/+|\/+$/g, '');
    if (trimmed === '') return [];
    return trimmed.split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  if (Array.isArray(path)) return path.map(segmentKey);
  throw builtinTypeError(
    name,
    `operand 2 must be one of {set, array} containing string paths or array of path segments but got ${typeName(path)}`,
  );
}

/** Builds the trie of the paths operand (operand 2) of builtin `name`. */
export function pathTrie(name: string, paths: Value): PathNode {
  if (!Array.isArray(paths) && !(paths instanceof RegoSet)) {
    throw oneOfError(name, 1, ['set', 'array'], paths);
  }
  const root: PathNode = { isWhole: false, children: new Map() };
  const list: readonly Value[] = Array.isArray(paths) ? paths : paths.values();
  for (const path of list) {
    let node = root;
    for (const segment of segments(name, path)) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { isWhole: false, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.isWhole = true;
  }
  return root;
}
