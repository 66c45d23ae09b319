import type { Module, Rule, Term } from '@kitelogik/rego';

/** A non-test rule and whether some test reaches it. */
export interface RuleCoverage {
  /** `data.<package>.<rule>`. */
  readonly name: string;
  readonly file: string;
  readonly row: number;
  readonly isCovered: boolean;
}

/** A referenced data path: string segments, `*` where the source had a variable. */
type DataPath = readonly string[];

interface RuleNode {
  readonly key: readonly string[];
  readonly module: Module;
  readonly rules: Rule[];
}

const isTestFile = (file: string): boolean => file.endsWith('_test.rego');

/**
 * Static rule coverage: a rule of a non-test module counts as covered when a test rule refers
 * to it, directly or through the rules it refers to (references resolved over the parsed AST:
 * `data.` paths, import aliases, names of the same package; a variable path segment matches
 * any key). It shows which rules no test mentions; it does not prove that a rule's body ran or
 * produced a value (the engine exposes no evaluation trace).
 */
export function ruleCoverage(modules: readonly Module[]): RuleCoverage[] {
  const nodes = new Map<string, RuleNode>();
  for (const module of modules) {
    for (const rule of module.rules) {
      const head = rule.head.ref[0];
      if (head?.type !== 'var') continue;
      const key = [...module.package, head.name];
      const id = key.join('\u0000');
      const node = nodes.get(id) ?? { key, module, rules: [] };
      node.rules.push(rule);
      nodes.set(id, node);
    }
  }
  const covered = new Set<string>();
  const queue: RuleNode[] = [];
  const visit = (path: DataPath): void => {
    for (const [id, node] of nodes) {
      if (!covered.has(id) && matches(path, node.key)) {
        covered.add(id);
        queue.push(node);
      }
    }
  };
  for (const node of nodes.values()) {
    if (isTestFile(node.module.file) && (node.key.at(-1) ?? '').startsWith('test_')) {
      queue.push(node);
    }
  }
  while (queue.length > 0) {
    const node = queue.pop() as RuleNode;
    for (const rule of node.rules) {
      for (const path of referencedPaths(rule, node.module)) visit(path);
    }
  }
  const result: RuleCoverage[] = [];
  for (const [id, node] of nodes) {
    if (isTestFile(node.module.file)) continue;
    const first = node.rules[0] as Rule;
    result.push({
      name: `data.${node.key.join('.')}`,
      file: node.module.file,
      row: first.loc.row,
      isCovered: covered.has(id),
    });
  }
  return result;
}

function matches(path: DataPath, key: readonly string[]): boolean {
  const length = Math.min(path.length, key.length);
  for (let i = 0; i < length; i++) {
    if (path[i] !== '*' && path[i] !== key[i]) return false;
  }
  return true;
}

/** Every data path a rule's head, body and else chain refer to. */
function referencedPaths(rule: Rule, module: Module): DataPath[] {
  const aliases = new Map<string, DataPath>();
  for (const imported of module.imports) {
    const path = refPath(imported.path);
    if (path[0] !== 'data') continue;
    aliases.set(imported.alias ?? path.at(-1) ?? '', path.slice(1));
  }
  const local = new Set(
    module.rules.map((r) => (r.head.ref[0]?.type === 'var' ? r.head.ref[0].name : '')),
  );
  const paths: DataPath[] = [];
  const addRef = (term: Term & { type: 'ref' }): void => {
    if (term.head.type !== 'var') return;
    const path = refPath(term);
    const [root, ...rest] = path;
    if (root === 'data') paths.push(rest);
    else if (root !== undefined && aliases.has(root))
      paths.push([...(aliases.get(root) ?? []), ...rest]);
    else if (root !== undefined && local.has(root)) paths.push([...module.package, root, ...rest]);
  };
  walk({ head: rule.head, body: rule.body, elses: rule.elses }, (node) => {
    if (isTerm(node, 'ref')) addRef(node);
    else if (isTerm(node, 'var')) addRef({ type: 'ref', head: node, path: [], loc: node.loc });
  });
  return paths;
}

function refPath(ref: Term & { type: 'ref' }): string[] {
  const head = ref.head.type === 'var' ? ref.head.name : '*';
  const path = [head];
  for (const segment of ref.path) {
    if (segment.type === 'scalar' && typeof segment.value === 'string') path.push(segment.value);
    else {
      path.push('*');
      if (segment.type !== 'var') break;
    }
  }
  return path;
}

function isTerm<TType extends Term['type']>(
  node: unknown,
  type: TType,
): node is Term & { type: TType } {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as { type?: unknown }).type === type &&
    'loc' in node
  );
}

/** Visits every object in an AST fragment (locations skipped). */
function walk(node: unknown, visit: (node: unknown) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  visit(node);
  if (isTerm(node, 'ref') && node.head.type === 'var') {
    // The head variable is part of the reference just visited, not a reference of its own.
    walk(node.path, visit);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'loc') walk(child, visit);
  }
}
