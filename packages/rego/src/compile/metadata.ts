import type { Annotations, Module, Rule } from '../ast.js';
import { fromJson, RegoObject, type Value } from '../value.js';

/** Annotations as `rego.metadata.*` return them: OPA's field names, authors as objects. */
function annotationValue(annotations: Annotations): Value {
  const out: Record<string, unknown> = { ...annotations.raw, scope: annotations.scope };
  const authors = out.authors;
  if (Array.isArray(authors)) {
    out.authors = authors.map((author) => {
      if (typeof author !== 'string') return author;
      const match = /^(.*?)\s*<([^>]+)>\s*$/.exec(author);
      return match ? { name: match[1], email: match[2] } : { name: author };
    });
  }
  return fromJson(out);
}

function entry(path: readonly string[], annotations: Annotations | undefined): Value {
  const out = new RegoObject([['path', path]]);
  if (annotations) out.set('annotations', annotationValue(annotations));
  return out;
}

/**
 * The constant values of `rego.metadata.rule()` and `rego.metadata.chain()` for a rule, as OPA
 * computes them at compile time: the rule's own annotations, then document-scope annotations of
 * rules at the same path, then package and subpackages annotations up the package path. @internal
 */
export function ruleMetadata(options: {
  rule: Rule;
  path: readonly string[];
  modules: readonly Module[];
}): { rule: Value; chain: Value } {
  const { rule, path, modules } = options;
  const own = rule.annotations?.scope === 'rule' ? rule.annotations : undefined;
  const chain: Value[] = [entry(path, own)];
  for (const module of modules) {
    for (const other of module.rules) {
      const a = other.annotations;
      const first = other.head.ref[0];
      if (a?.scope !== 'document' || first?.type !== 'var') continue;
      if ([...module.package, first.name].join('.') === path.join('.')) chain.push(entry(path, a));
    }
  }
  for (let n = path.length - 1; n > 0; n--) {
    const pkg = path.slice(0, n);
    for (const module of modules) {
      if (module.package.join('.') !== pkg.join('.')) continue;
      for (const a of module.annotations) {
        const isPackage = a.scope === 'package' && n === path.length - 1;
        if (isPackage || a.scope === 'subpackages') chain.push(entry(pkg, a));
      }
    }
  }
  return { rule: own ? annotationValue(own) : new RegoObject(), chain };
}
