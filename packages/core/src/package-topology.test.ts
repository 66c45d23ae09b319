import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  type: string;
  sideEffects: boolean;
  files: string[];
  exports: Record<string, unknown>;
};

describe('@kitelogik/core package topology', () => {
  it('pins the package name and its export keys', () => {
    expect(manifest.name).toBe('@kitelogik/core');
    expect(Object.keys(manifest.exports)).toEqual(['.', './testing', './package.json']);
  });

  it('is ESM-only and side-effect free, and ships only dist', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.files).toEqual(['dist']);
  });

  it('lists types first in every conditional export', () => {
    for (const [key, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') continue;
      expect(Object.keys(target as object)[0], key).toBe('types');
    }
  });
});
