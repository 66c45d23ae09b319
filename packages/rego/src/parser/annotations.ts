/**
 * METADATA comment blocks: `# METADATA` followed by contiguous comment lines holding YAML,
 * parsed into {@link Annotations}.
 * @internal
 */
import { parse as parseYaml } from 'yaml';
import type { Annotations } from '../ast.js';
import type { Comment } from '../lexer.js';
import { createParseError } from './parse-error.js';

/** A METADATA block and the row it ends on. */
export interface AnnotationBlock {
  readonly annotations: Annotations;
  readonly endRow: number;
}

const SCOPES = new Set(['package', 'rule', 'document', 'subpackages']);

/** Finds and parses every METADATA block of a module (scope defaults to `rule`). */
export function collectAnnotations(
  comments: readonly Comment[],
  options: { file: string; source: string },
): AnnotationBlock[] {
  const blocks: AnnotationBlock[] = [];
  for (let i = 0; i < comments.length; i++) {
    const head = comments[i] as Comment;
    if (head.text.trim() !== 'METADATA') continue;
    const lines: string[] = [];
    let row = head.row;
    while (comments[i + 1]?.row === row + 1 && comments[i + 1]?.col === head.col) {
      i++;
      row++;
      const text = (comments[i] as Comment).text;
      lines.push(text.startsWith(' ') ? text.slice(1) : text);
    }
    blocks.push({ annotations: toAnnotations(lines.join('\n'), head, options), endRow: row });
  }
  return blocks;
}

function toAnnotations(
  yaml: string,
  head: Comment,
  options: { file: string; source: string },
): Annotations {
  const fail = (message: string): never => {
    throw createParseError({
      message,
      ...options,
      row: head.row,
      col: head.col,
      offset: head.offset,
    });
  };
  let raw: unknown;
  try {
    raw = yaml.trim() === '' ? {} : parseYaml(yaml);
  } catch (error) {
    fail(`yaml: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('yaml: METADATA block must be a YAML mapping');
  }
  const doc = raw as Record<string, unknown>;
  const scope = doc.scope ?? 'rule';
  if (typeof scope !== 'string' || !SCOPES.has(scope))
    fail(`invalid annotation scope '${String(scope)}'`);
  const loc = { file: options.file, row: head.row, col: head.col, offset: head.offset };
  let annotations: Annotations = { scope: scope as Annotations['scope'], raw: doc, loc };
  if (typeof doc.title === 'string') annotations = { ...annotations, title: doc.title };
  if (typeof doc.description === 'string') {
    annotations = { ...annotations, description: doc.description };
  }
  if (typeof doc.entrypoint === 'boolean') {
    annotations = { ...annotations, entrypoint: doc.entrypoint };
  }
  if (doc.custom !== null && typeof doc.custom === 'object' && !Array.isArray(doc.custom)) {
    annotations = { ...annotations, custom: doc.custom as Record<string, unknown> };
  }
  return annotations;
}
