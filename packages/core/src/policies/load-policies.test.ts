import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTarGz } from '../testing/write-tar.js';
import { loadPolicies } from './load-policies.js';
import { parsePolicyBundle } from './load-policy-bundle.js';
import { loadPolicyDirectory } from './load-policy-directory.js';

const policies = new URL('../../../../policies', import.meta.url).pathname;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kitelogik-policies-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadPolicyDirectory', () => {
  it('loads the standard library without its tests, with the reference config as data', async () => {
    const bundle = await loadPolicyDirectory(policies);
    const paths = bundle.modules.map((m) => m.path);
    expect(paths).toContain('main/main.rego');
    expect(paths.some((p) => p.endsWith('_test.rego'))).toBe(false);
    expect(bundle.data).toMatchObject({ kitelogik: { config: { delegation: { max_depth: 2 } } } });
    expect(bundle.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('includes test files only when asked', async () => {
    const bundle = await loadPolicyDirectory(policies, { includeTests: true });
    expect(bundle.modules.some((m) => m.path === 'tools/tools_test.rego')).toBe(true);
  });

  it('merges data files at their folder path and refuses conflicts', async () => {
    await writeFile(join(dir, 'p.rego'), 'package p\n');
    await writeFile(join(dir, 'data.json'), '{"a": {"x": 1}}');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'a'));
    await writeFile(join(dir, 'a', 'data.yaml'), 'y: 2\nwhen: 2026-01-01\n');
    expect((await loadPolicyDirectory(dir)).data).toEqual({
      a: { x: 1, y: 2, when: '2026-01-01' },
    });
    await writeFile(join(dir, 'a', 'data.yaml'), 'x: 3\n');
    await expect(loadPolicyDirectory(dir)).rejects.toThrow(/conflict at data\.a\.x/);
  });

  it('keeps a __proto__ key as data', async () => {
    await writeFile(join(dir, 'p.rego'), 'package p\n');
    await writeFile(join(dir, 'data.json'), '{"__proto__": {"polluted": true}}');
    const bundle = await loadPolicyDirectory(dir);
    expect(Object.hasOwn(bundle.data as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a folder without modules', async () => {
    await expect(loadPolicyDirectory(dir)).rejects.toThrow(/no \.rego policy modules/);
  });
});

describe('OPA bundles', () => {
  const longName = `${'deep/'.repeat(25)}policy.rego`;
  const files = {
    '/.manifest': '{"revision": "r42", "roots": ["kitelogik"]}',
    '/main.rego': 'package kitelogik.main\n\ndecision := {"effect": "allow", "reasons": []}\n',
    [`/${longName}`]: 'package kitelogik.deep\n\nx := 1\n',
    '/main_test.rego': 'package kitelogik.main_test\n',
    '/kitelogik/config/data.json': '{"limit": 3}',
  };

  it('reads modules, data, revision and PAX long names, skipping tests', () => {
    const bundle = parsePolicyBundle(writeTarGz(files), 'b.tar.gz');
    expect(bundle.revision).toBe('r42');
    expect(bundle.modules.map((m) => m.path).sort()).toEqual([longName, 'main.rego']);
    expect(bundle.data).toEqual({ kitelogik: { config: { limit: 3 } } });
  });

  it('refuses data and packages outside the manifest roots', () => {
    const data = { ...files, '/other/data.json': '{"x": 1}' };
    expect(() => parsePolicyBundle(writeTarGz(data), 'b')).toThrow(/data\.other is outside/);
    const pkg = { ...files, '/evil.rego': 'package evil\n' };
    expect(() => parsePolicyBundle(writeTarGz(pkg), 'b')).toThrow(/package evil is outside/);
  });

  it('refuses entries that climb out of the bundle, and garbage', () => {
    const climbing = { ...files, '/../x.rego': 'package kitelogik.x\n' };
    expect(() => parsePolicyBundle(writeTarGz(climbing), 'b')).toThrow(/escapes the bundle/);
    expect(() => parsePolicyBundle(new Uint8Array([1, 2, 3]), 'b')).toThrow(
      /cannot read policy bundle/,
    );
  });

  it('loads a bundle from a file and from a URL', async () => {
    const bytes = writeTarGz(files);
    const path = join(dir, 'bundle.tar.gz');
    await writeFile(path, bytes);
    expect((await loadPolicies(path)).revision).toBe('r42');
    const server: Server = createServer((req, res) => {
      if (req.url === '/bundle.tar.gz') res.end(bytes);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect((await loadPolicies(`http://127.0.0.1:${port}/bundle.tar.gz`)).revision).toBe('r42');
      await expect(loadPolicies(`http://127.0.0.1:${port}/missing`)).rejects.toThrow(/HTTP 404/);
    } finally {
      server.close();
    }
  });

  it('names a source that does not exist', async () => {
    await expect(loadPolicies(join(dir, 'nope'))).rejects.toThrow(/does not exist/);
  });
});
