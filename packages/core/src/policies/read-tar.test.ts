import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTar } from '../testing/write-tar.js';
import { readTar } from './read-tar.js';

const decoder = new TextDecoder();
const hasTar = spawnSync('tar', ['--version']).status === 0;

describe('readTar', () => {
  it('reads regular files with their contents, dropping a leading slash', () => {
    const archive = writeTar({ '/.manifest': '{"revision":"r1"}', '/policy.wasm': 'wasm bytes' });
    const entries = readTar(archive);
    expect(entries.map((entry) => [entry.path, decoder.decode(entry.bytes)])).toEqual([
      ['.manifest', '{"revision":"r1"}'],
      ['policy.wasm', 'wasm bytes'],
    ]);
  });

  it('takes long names from pax headers', () => {
    const long = `${'deep/'.repeat(30)}data.json`;
    const entries = readTar(writeTar({ [long]: '{}' }));
    expect(entries.map((entry) => entry.path)).toEqual([long]);
  });

  it('refuses a damaged header and a truncated archive', () => {
    const archive = writeTar({ 'a.rego': 'package a' });
    const damaged = archive.slice();
    damaged[0] = 'b'.charCodeAt(0);
    expect(() => readTar(damaged)).toThrow(/checksum/);
    expect(() => readTar(archive.subarray(0, 515))).toThrow(/truncated/);
  });

  it.skipIf(!hasTar)('reads an archive written by the system tar, directories skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kl-tar-'));
    try {
      mkdirSync(join(dir, 'src', 'nested'), { recursive: true });
      writeFileSync(join(dir, 'src', 'nested', 'data.json'), '{"x":1}');
      writeFileSync(join(dir, 'src', 'p.rego'), 'package p\n');
      const out = join(dir, 'b.tar');
      expect(spawnSync('tar', ['-cf', out, '-C', join(dir, 'src'), '.']).status).toBe(0);
      const entries = readTar(new Uint8Array(readFileSync(out)));
      expect(Object.fromEntries(entries.map((e) => [e.path, decoder.decode(e.bytes)]))).toEqual({
        'nested/data.json': '{"x":1}',
        'p.rego': 'package p\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
