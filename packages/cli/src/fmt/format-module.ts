import type { Module, Rule } from '@kitelogik/rego';
import type { Import } from './ast-types.js';
import { scanSource } from './scan-source.js';
import { isGroupableOneLiner, writeRule } from './write-rule.js';
import { writeRef } from './write-term.js';
import { Writer } from './writer.js';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function importKey(imported: Import): string {
  const w = new Writer(scanSource(''));
  writeRef(w, imported.path);
  return `${w.finish().trimEnd()} ${imported.alias ?? ''}`;
}

/** Imports sorted by path then alias (OPA sorts them), keeping each one's location. */
export function sortImports(imports: readonly Import[]): Import[] {
  return [...imports].sort((a, b) => {
    const [x, y] = [importKey(a), importKey(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Imports split where the source left a blank line between two of them. */
function groupImports(imports: readonly Import[]): Import[][] {
  const groups: Import[][] = [];
  for (const imported of imports) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group === undefined || last === undefined || imported.loc.row - last.loc.row > 1) {
      groups.push([imported]);
    } else {
      group.push(imported);
    }
  }
  return groups;
}

function packagePath(path: readonly string[]): string {
  return path
    .map((segment, index) =>
      index === 0 ? segment : IDENT.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

/**
 * Prints a parsed module in OPA's canonical style: tabs, imports sorted within their groups, one
 * blank line between
 * rules (adjacent one-liners stay together), `if` bodies one expression per line, collections
 * broken over lines the way the source broke them, and every comment of `source` put back
 * before the node that follows it (trailing comments stay at the end of their line).
 */
export function printModule(module: Module, source: string): string {
  const w = new Writer(scanSource(source));
  w.flushComments(module.packageLoc.offset, module.packageLoc.row);
  w.write(`package ${packagePath(module.package)}`);
  // Imports in groups separated by blank lines in the source, each group sorted.
  for (const group of groupImports(module.imports)) {
    w.blankLine();
    for (const [index, imported] of sortImports(group).entries()) {
      if (index > 0) w.newline();
      w.flushComments(imported.loc.offset, imported.loc.row);
      w.write('import ');
      writeRef(w, imported.path);
      if (imported.alias !== undefined) w.write(` as ${imported.alias}`);
      w.writeTrailingOn(imported.loc.row);
    }
  }
  let previous: Rule | undefined;
  for (const rule of module.rules) {
    const isAdjacent =
      previous !== undefined &&
      isGroupableOneLiner(previous) &&
      isGroupableOneLiner(rule) &&
      rule.loc.row === previous.loc.row + 1;
    if (isAdjacent) w.newline();
    else {
      // Trailing comments of the previous line go before the blank line.
      w.flushComments(Math.min(rule.loc.offset, firstOwnLineComment(w, rule.loc.offset)));
      w.blankLine();
    }
    w.flushComments(rule.loc.offset, rule.loc.row);
    writeRule(w, rule);
    previous = rule;
  }
  if (w.hasComments()) {
    w.flushComments(firstOwnLineComment(w, Number.POSITIVE_INFINITY));
    w.blankLine();
    w.flushComments(Number.POSITIVE_INFINITY);
  }
  return w.finish();
}

function firstOwnLineComment(w: Writer, before: number): number {
  const own = w.scan.comments.find((c) => !c.isTrailing && c.offset < before && w.isPending(c));
  return own?.offset ?? before;
}
