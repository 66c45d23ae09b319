/**
 * A module: `package`, imports, then rules, with METADATA blocks attached to the statement
 * that follows them.
 * @internal
 */
import type { Annotations, Import, Module, RefTerm, Rule } from '../ast.js';
import type { Comment } from '../lexer.js';
import { type AnnotationBlock, collectAnnotations } from './annotations.js';
import type { ParserState } from './parser-state.js';
import { parseRule } from './rules.js';
import { parsePostfix } from './terms.js';

/** Parses a whole module from a lexed token list. */
export function parseModuleTokens(state: ParserState, comments: readonly Comment[]): Module {
  const { file, source } = state.options;
  const blocks = collectAnnotations(comments, { file, source });
  let nextBlock = 0;
  /** Takes the METADATA blocks that end before `row`; returns the last one. */
  const take = (row: number): AnnotationBlock | undefined => {
    let last: AnnotationBlock | undefined;
    while (nextBlock < blocks.length && (blocks[nextBlock] as AnnotationBlock).endRow < row) {
      last = blocks[nextBlock++];
    }
    return last;
  };
  const all: Annotations[] = [];
  if (!state.isKeyword('package')) state.unexpected('package keyword');
  const packageToken = state.token;
  let packageBlock = take(packageToken.row)?.annotations;
  if (packageBlock && packageBlock.raw.scope === undefined) {
    packageBlock = { ...packageBlock, scope: 'package' };
  }
  state.advance();
  const path = parsePackagePath(state);
  const imports: Import[] = [];
  const rules: Rule[] = [];
  while (state.isKeyword('import')) {
    const imported = parseImport(state);
    imports.push(imported);
    if (isNotKeywordImport(imported)) state.isNotBodyEnabled = true;
  }
  while (!state.isEof()) {
    if (state.isKeyword('import')) state.unexpected('rule (imports must precede rules)');
    const block = take(state.token.row)?.annotations;
    if (block) all.push(block);
    const isRuleScoped = block && (block.scope === 'rule' || block.scope === 'document');
    rules.push(parseRule(state, isRuleScoped ? block : undefined));
    if (!state.isEof() && !state.token.isAfterNewline && !state.isPunct(';')) {
      state.unexpected();
    }
    state.acceptPunct(';');
  }
  take(Number.POSITIVE_INFINITY);
  const annotations = packageBlock ? [packageBlock, ...all] : all;
  return {
    file,
    package: path,
    packageLoc: state.loc(packageToken),
    imports,
    rules,
    annotations,
  };
}

function parsePackagePath(state: ParserState): string[] {
  const token = state.token;
  const term = parsePostfix(state);
  const segments =
    term.type === 'var' ? [term] : term.type === 'ref' ? [term.head, ...term.path] : [];
  const path: string[] = [];
  for (const segment of segments) {
    if (segment.type === 'var' && segment === segments[0]) path.push(segment.name);
    else if (segment.type === 'scalar' && typeof segment.value === 'string')
      path.push(segment.value);
    else throw state.error('package path must be a reference of strings', token);
  }
  if (path.length === 0) state.unexpected('package path', token);
  return path;
}

function parseImport(state: ParserState): Import {
  const start = state.advance();
  const token = state.token;
  const term = parsePostfix(state);
  let path: RefTerm;
  if (term.type === 'var') path = { type: 'ref', head: term, path: [], loc: term.loc };
  else if (term.type === 'ref' && term.head.type === 'var') path = term;
  else throw state.error('invalid import path', token);
  const root = (path.head as { name: string }).name;
  if (!['data', 'input', 'future', 'rego'].includes(root)) {
    throw state.error(
      `unexpected import path, must begin with one of: {data, future, input, rego}, got: ${root}`,
      token,
    );
  }
  let alias: string | undefined;
  if (state.acceptKeyword('as')) {
    const name = state.token;
    if (name.kind !== 'ident' || state.isReserved(name)) state.unexpected('import alias', name);
    state.advance();
    alias = name.text;
  }
  const result: Import = { path, loc: state.span(start) };
  return alias === undefined ? result : { ...result, alias };
}

/** `import future.keywords` or `import future.keywords.not` enables `not { body }`. */
function isNotKeywordImport(imported: Import): boolean {
  const { head, path } = imported.path;
  if (head.type !== 'var' || head.name !== 'future') return false;
  const names = path.map((segment) => (segment.type === 'scalar' ? segment.value : undefined));
  return (
    names[0] === 'keywords' && (names.length === 1 || (names.length === 2 && names[1] === 'not'))
  );
}
