import { RegoObject, RegoSet, type Value, valuesEqual } from '../../value.js';
import { arrayIndex } from './patch-path.js';

/**
 * Immutable edits of a Rego document at a path, with the semantics of OPA's edit tree: objects
 * are keyed by the segment value, sets by the element itself (an inserted element must equal its
 * key), and arrays by index (`-` appends). Every failure is `undefined`; `json.patch` turns any
 * failure into "no result".
 */

/** The child of `container` under `key`, or undefined when there is none. */
export function childAt(container: Value, key: Value): Value | undefined {
  if (container instanceof RegoObject) return container.get(key);
  if (container instanceof RegoSet) return container.has(key) ? key : undefined;
  if (Array.isArray(container)) {
    const index = arrayIndex(key, container.length);
    if (index === undefined || index < 0 || index >= container.length) return undefined;
    return container[index];
  }
  return undefined;
}

function withChild(container: Value, key: Value, child: Value): Value | undefined {
  if (container instanceof RegoObject) {
    const copy = new RegoObject(container.entries());
    copy.set(key, child);
    return copy;
  }
  if (container instanceof RegoSet) {
    // Editing inside a set element replaces the element: a set's key is its value.
    const copy = new RegoSet(container.values().filter((item) => !valuesEqual(item, key)));
    copy.add(child);
    return copy;
  }
  if (Array.isArray(container)) {
    const index = arrayIndex(key, container.length) as number;
    return container.map((item, i) => (i === index ? child : item));
  }
  return undefined;
}

/** Inserts `value` under `key` of `container` (object member set, set add, array splice). */
function insertChild(container: Value, key: Value, value: Value): Value | undefined {
  if (container instanceof RegoObject) return withChild(container, key, value);
  if (container instanceof RegoSet) {
    if (!valuesEqual(key, value)) return undefined;
    return new RegoSet([...container.values(), value]);
  }
  if (Array.isArray(container)) {
    const index = arrayIndex(key, container.length);
    if (index === undefined || index < 0 || index > container.length) return undefined;
    return [...container.slice(0, index), value, ...container.slice(index)];
  }
  return undefined;
}

/** Deletes the child under `key` of `container`; the child must exist. */
function deleteChild(container: Value, key: Value): Value | undefined {
  if (container instanceof RegoObject) {
    if (!container.has(key)) return undefined;
    return new RegoObject(container.entries().filter(([k]) => !valuesEqual(k, key)));
  }
  if (container instanceof RegoSet) {
    if (!container.has(key)) return undefined;
    return new RegoSet(container.values().filter((item) => !valuesEqual(item, key)));
  }
  if (Array.isArray(container)) {
    const index = arrayIndex(key, container.length);
    if (index === undefined || index < 0 || index >= container.length) return undefined;
    return container.filter((_, i) => i !== index);
  }
  return undefined;
}

type ChildEdit = (container: Value, key: Value) => Value | undefined;

/** Applies `edit` to the container that holds the last segment of `path`, rebuilding its parents. */
function editParent(root: Value, path: readonly Value[], edit: ChildEdit): Value | undefined {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  if (rest.length === 0) return edit(root, head);
  const child = childAt(root, head);
  if (child === undefined) return undefined;
  const edited = editParent(child, rest, edit);
  return edited === undefined ? undefined : withChild(root, head, edited);
}

/** The value at `path`, or undefined when the path does not exist. */
export function valueAt(root: Value, path: readonly Value[]): Value | undefined {
  let node: Value | undefined = root;
  for (const segment of path) {
    if (node === undefined) return undefined;
    node = childAt(node, segment);
  }
  return node;
}

/** `root` with `value` inserted at the non-empty `path`, or undefined. */
export function insertAt(root: Value, path: readonly Value[], value: Value): Value | undefined {
  return editParent(root, path, (container, key) => insertChild(container, key, value));
}

/** `root` without the child at the non-empty `path`, or undefined when it does not exist. */
export function deleteAt(root: Value, path: readonly Value[]): Value | undefined {
  return editParent(root, path, deleteChild);
}
