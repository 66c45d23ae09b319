/**
 * The graph builtins: `graph.reachable` (every vertex reachable from the initial ones) and
 * `graph.reachable_paths` (every maximal path from them). A graph is an object from vertex to an
 * array or set of neighbours; the initial vertices are an array or set.
 */
import { type RegoObject, RegoSet, typeName, type Value } from '../value.js';
import { objectOperand } from './operands.js';
import {
  type BuiltinContext,
  type BuiltinDeclaration,
  type BuiltinRegistry,
  builtinTypeError,
  CHECK_DEADLINE_EVERY,
} from './registry.js';

const reachableDeclaration: BuiltinDeclaration = {
  name: 'graph.reachable',
  args: ['object', 'any'],
  result: 'set',
  description: 'Computes the set of reachable nodes in the graph from a set of starting nodes.',
  category: 'graph',
};

const reachablePathsDeclaration: BuiltinDeclaration = {
  name: 'graph.reachable_paths',
  args: ['object', 'any'],
  result: 'set',
  description: 'Computes the set of reachable paths in the graph from a set of starting nodes.',
  category: 'graph',
};

/** The members of an array or set of vertices; anything else has none. */
function vertices(collection: Value | undefined): readonly Value[] {
  if (Array.isArray(collection)) return collection;
  if (collection instanceof RegoSet) return collection.values();
  return [];
}

function initialVertices(name: string, args: readonly Value[]): readonly Value[] {
  const initial = args[1] as Value;
  if (!Array.isArray(initial) && !(initial instanceof RegoSet)) {
    throw builtinTypeError(
      name,
      `operand 2 must be one of {array, set} but got ${typeName(initial)}`,
    );
  }
  return vertices(initial);
}

function reachable(args: readonly Value[]): Value {
  const graph = objectOperand(reachableDeclaration.name, args, 0);
  const queue = [...initialVertices(reachableDeclaration.name, args)];
  const reached = new RegoSet();
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as Value;
    const edges = graph.get(node);
    // A vertex absent from the graph is not reached.
    if (edges === undefined || reached.has(node)) continue;
    reached.add(node);
    for (const neighbour of vertices(edges)) if (!reached.has(neighbour)) queue.push(neighbour);
  }
  return reached;
}

interface PathSearch {
  readonly graph: RegoObject;
  readonly paths: RegoSet;
  readonly context: BuiltinContext;
  /** Path extensions so far: the paths of a dense graph grow exponentially, so the deadline is checked. */
  steps: number;
}

function extendPaths(search: PathSearch, root: Value, path: readonly Value[], seen: RegoSet): void {
  if (++search.steps % CHECK_DEADLINE_EVERY === 0) search.context.checkDeadline?.();
  const edges = search.graph.get(root);
  if (edges === undefined) {
    // The path ends before a vertex missing from the graph.
    search.paths.add(path);
    return;
  }
  const extended = [...path, root];
  const neighbours = vertices(edges);
  if (neighbours.length === 0) {
    search.paths.add(extended);
    return;
  }
  const visited = new RegoSet([...seen, root]);
  for (const neighbour of neighbours) {
    // A cycle ends the path.
    if (visited.has(neighbour)) search.paths.add(extended);
    else extendPaths(search, neighbour, extended, visited);
  }
}

function reachablePaths(args: readonly Value[], context: BuiltinContext): Value {
  const graph = objectOperand(reachablePathsDeclaration.name, args, 0);
  const search: PathSearch = { graph, paths: new RegoSet(), context, steps: 0 };
  for (const node of initialVertices(reachablePathsDeclaration.name, args)) {
    const edges = graph.get(node);
    if (edges === undefined) continue;
    const neighbours = vertices(edges);
    if (neighbours.length === 0) search.paths.add([node]);
    for (const neighbour of neighbours) {
      extendPaths(search, neighbour, [node], new RegoSet([node]));
    }
  }
  return search.paths;
}

/** Registers the graph builtins. */
export function register(registry: BuiltinRegistry): void {
  registry.define(reachableDeclaration, reachable);
  registry.define(reachablePathsDeclaration, reachablePaths);
}
