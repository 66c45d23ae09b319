import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The workspace's published shape, pinned: every package name, its export keys, and the
// dependency direction adapters, cli -> core -> rego (opa -> core).
interface Manifest {
  name: string;
  private?: boolean;
  type: string;
  sideEffects: boolean;
  files: string[];
  engines: { node: string };
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

const packagesDir = new URL('../../', import.meta.url);
const manifests: Manifest[] = readdirSync(packagesDir)
  .sort()
  .map((dir) => JSON.parse(readFileSync(new URL(`${dir}/package.json`, packagesDir), 'utf8')));

const kitelogikDeps = (m: Manifest): string[] =>
  Object.keys(m.dependencies ?? {})
    .filter((name) => name.startsWith('@kitelogik/') || name === 'kitelogik')
    .sort();

describe('workspace package topology', () => {
  it('pins every package name and its export keys', () => {
    expect(Object.fromEntries(manifests.map((m) => [m.name, Object.keys(m.exports)]))).toEqual({
      '@kitelogik/adapter-conformance': ['.', './package.json'],
      '@kitelogik/ai-sdk': ['.', './package.json'],
      kitelogik: ['.', './package.json'],
      '@kitelogik/core': ['.', './testing', './package.json'],
      '@kitelogik/langgraph': ['.', './package.json'],
      '@kitelogik/mcp': ['.', './package.json'],
      '@kitelogik/opa': ['.', './package.json'],
      '@kitelogik/openai-agents': ['.', './package.json'],
      '@kitelogik/rego': ['.', './package.json'],
    });
  });

  it('keeps the dependency direction: adapters and engines -> core -> rego', () => {
    for (const m of manifests) {
      const deps = kitelogikDeps(m);
      if (m.name === '@kitelogik/rego') expect(deps, m.name).toEqual([]);
      else if (m.name === '@kitelogik/core') expect(deps, m.name).toEqual(['@kitelogik/rego']);
      else if (m.name === 'kitelogik') expect(deps, m.name).not.toContain('kitelogik');
      else expect(deps, m.name).toEqual(['@kitelogik/core']);
    }
  });

  it('makes every package ESM-only, side-effect free, dist-only, Node >= 22.12, types first', () => {
    for (const m of manifests) {
      expect(m.type, m.name).toBe('module');
      expect(m.sideEffects, m.name).toBe(false);
      expect(m.files, m.name).toEqual(['dist']);
      expect(m.engines.node, m.name).toBe('>=22.12');
      for (const [key, target] of Object.entries(m.exports)) {
        if (typeof target === 'string') continue;
        expect(Object.keys(target as object)[0], `${m.name} ${key}`).toBe('types');
      }
    }
  });
});
