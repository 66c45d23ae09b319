import { RegoObject, type Value, valuesEqual } from '../../value.js';
import { deleteAt, insertAt, valueAt } from './edit-document.js';
import { patchPath } from './patch-path.js';

/**
 * The document being patched. `isDeleted` marks a removed root, which only an `add` at the root
 * can bring back (OPA's edit tree behaves the same).
 */
type Document = { readonly isDeleted: false; readonly value: Value } | { readonly isDeleted: true };

const deleted: Document = { isDeleted: true };

function present(value: Value | undefined): Document | undefined {
  return value === undefined ? undefined : { isDeleted: false, value };
}

function insert(document: Document, path: readonly Value[], value: Value): Document | undefined {
  if (path.length === 0) return present(value);
  return document.isDeleted ? undefined : present(insertAt(document.value, path, value));
}

function remove(document: Document, path: readonly Value[]): Document | undefined {
  if (document.isDeleted) return undefined;
  return path.length === 0 ? deleted : present(deleteAt(document.value, path));
}

function read(document: Document, path: readonly Value[]): Value | undefined {
  return document.isDeleted ? undefined : valueAt(document.value, path);
}

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

/** One operation, with the members its op requires (OPA checks op, path, then from or value). */
interface Operation {
  readonly op: string;
  readonly path: readonly Value[];
  readonly from: Value | undefined;
  readonly value: Value | undefined;
}

function readOperation(item: Value): Operation | undefined {
  if (!(item instanceof RegoObject)) return undefined;
  const op = item.get('op');
  if (typeof op !== 'string' || !OPS.has(op)) return undefined;
  const rawPath = item.get('path');
  if (rawPath === undefined) return undefined;
  const from = item.get('from');
  if ((op === 'move' || op === 'copy') && from === undefined) return undefined;
  const value = item.get('value');
  if ((op === 'add' || op === 'replace' || op === 'test') && value === undefined) return undefined;
  const path = patchPath(rawPath);
  return path === undefined ? undefined : { op, path, from, value };
}

function applyOne(document: Document, operation: Operation): Document | undefined {
  const { op, path } = operation;
  switch (op) {
    case 'add':
      return insert(document, path, operation.value as Value);
    case 'remove':
      return remove(document, path);
    case 'replace': {
      const removed = remove(document, path);
      return removed && insert(removed, path, operation.value as Value);
    }
    case 'test': {
      const found = read(document, path);
      return found !== undefined && valuesEqual(found, operation.value as Value)
        ? document
        : undefined;
    }
    default: {
      const from = patchPath(operation.from);
      if (from === undefined) return undefined;
      const chunk = read(document, from);
      if (chunk === undefined) return undefined;
      const source = op === 'move' ? remove(document, from) : document;
      return source && insert(source, path, chunk);
    }
  }
}

/**
 * Applies RFC 6902 `operations` to `target` as OPA's `json.patch` does: the patched document, or
 * undefined when any operation is malformed or fails (a failed `test`, a missing path, a set
 * element that does not equal its key, a removed root).
 */
export function applyPatches(target: Value, operations: readonly Value[]): Value | undefined {
  let document: Document = { isDeleted: false, value: target };
  for (const item of operations) {
    const operation = readOperation(item);
    if (operation === undefined) return undefined;
    const next = applyOne(document, operation);
    if (next === undefined) return undefined;
    document = next;
  }
  return document.isDeleted ? undefined : document.value;
}
