import type { Term, WithModifier } from '../ast.js';
import { compileTerm, type TermContext } from './compile-term.js';
import type { CallTarget, CTerm, CWith } from './plan.js';
import { dottedName, findNode, resolveRefPath } from './resolve-ref.js';

/** Compiles `with target as value`: input, data, or a function/builtin mock. @internal */
export function compileWith(modifier: WithModifier, cx: TermContext): CWith {
  const replacement = replacementOf(modifier.value, cx);
  const value: CTerm = replacement ? { t: 'const', v: null } : compileTerm(modifier.value, cx);
  const target = modifier.target;
  const resolved = resolveRefPath(target, undefined, cx.env);
  if (resolved && resolved.consumed === target.path.length) {
    if (resolved.root === 'input') return { kind: 'input', path: resolved.path, value };
    const { node, depth } = findNode(cx.env.root, resolved.path);
    if (depth === resolved.path.length && node.rules?.kind === 'function') {
      return { kind: 'function', name: node.name, value, replacement };
    }
    if (target.head.type === 'var' && target.head.name === 'data') {
      return { kind: 'data', path: resolved.path, value };
    }
    if (depth === resolved.path.length) return { kind: 'data', path: resolved.path, value };
  }
  const name = dottedName(target) ?? '';
  if (cx.env.registry.get(name) || name === 'print') {
    return { kind: 'function', name, value, replacement };
  }
  return { kind: 'data', path: resolved?.path ?? [], value };
}

function replacementOf(term: Term, cx: TermContext): CallTarget | undefined {
  const ref =
    term.type === 'ref'
      ? term
      : term.type === 'var'
        ? { type: 'ref' as const, head: term, path: [], loc: term.loc }
        : undefined;
  if (!ref) return undefined;
  const resolved = resolveRefPath(ref, cx.scope, cx.env);
  if (resolved && resolved.root === 'data' && resolved.consumed === ref.path.length) {
    const { node, depth } = findNode(cx.env.root, resolved.path);
    if (depth === resolved.path.length && node.rules?.kind === 'function') {
      return { kind: 'function', name: node.name, rules: node.rules };
    }
    return undefined;
  }
  if (ref.head.type === 'var' && cx.scope.lookup(ref.head.name) !== undefined) return undefined;
  const name = dottedName(ref);
  const builtin = name === undefined ? undefined : cx.env.registry.get(name);
  if (name !== undefined && builtin) return { kind: 'builtin', name, builtin };
  return undefined;
}
