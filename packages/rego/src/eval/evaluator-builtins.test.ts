import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

const source = 'package t\np := r.body if r := http.send({"method": "GET", "url": input.url})';

describe('http.send', () => {
  it('sends through the httpSend hook', () => {
    const policy = compile({ modules: [{ path: 't.rego', source }] });
    const result = policy.evaluate('data.t.p', {
      input: { url: 'https://example.test/a' },
      httpSend: (request) => ({
        status_code: 200,
        body: { echoed: (request as { url: string }).url },
      }),
    });
    expect(result).toEqual({ echoed: 'https://example.test/a' });
  });

  it('checks request keys as OPA does and fails without a hook', () => {
    const bad = compile({
      modules: [{ path: 't.rego', source: 'package t\np := http.send({"method": "GET"})' }],
    });
    let error: unknown;
    try {
      bad.evaluate('data.t.p', { strictBuiltinErrors: true });
    } catch (e) {
      error = e;
    }
    expect(RegoError.isInstance(error) && error.message).toBe(
      'http.send: missing required request parameters(s): {"url"}',
    );
    const policy = compile({ modules: [{ path: 't.rego', source }] });
    expect(policy.evaluate('data.t.p', { input: { url: 'x' } })).toBeUndefined();
  });
});

describe('rego.metadata', () => {
  it('returns the rule annotations and the chain up to the package', () => {
    const module = `# METADATA
# description: pkg
package t

# METADATA
# title: The rule
# authors:
# - Ann <ann@example.test>
p := [rego.metadata.rule(), rego.metadata.chain()]
`;
    const policy = compile({ modules: [{ path: 't.rego', source: module }] });
    const rule = {
      authors: [{ email: 'ann@example.test', name: 'Ann' }],
      scope: 'rule',
      title: 'The rule',
    };
    expect(policy.evaluate('data.t.p')).toEqual([
      rule,
      [
        { annotations: rule, path: ['t', 'p'] },
        { annotations: { description: 'pkg', scope: 'package' }, path: ['t'] },
      ],
    ]);
  });
});

describe('rego.parse_module', () => {
  it('returns the module AST with the package path as terms', () => {
    const source =
      'package t\np := m.package.path[1].value if m := rego.parse_module("x.rego", "package foo.bar")';
    expect(compile({ modules: [{ path: 't.rego', source }] }).evaluate('data.t.p')).toBe('foo');
  });
});
