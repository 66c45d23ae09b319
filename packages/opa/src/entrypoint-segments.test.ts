import { describe, expect, it } from 'vitest';
import { entrypointSegments } from './entrypoint-segments.js';

describe('entrypointSegments', () => {
  it('reads dotted, bracketed and slash entrypoints alike', () => {
    expect(entrypointSegments('data.kitelogik.main.decision')).toEqual([
      'kitelogik',
      'main',
      'decision',
    ]);
    expect(entrypointSegments('data["kite-logik"].main')).toEqual(['kite-logik', 'main']);
    expect(entrypointSegments('kitelogik/main/decision')).toEqual([
      'kitelogik',
      'main',
      'decision',
    ]);
    expect(entrypointSegments('database/users')).toEqual(['database', 'users']);
  });

  it('maps data alone to the whole document', () => {
    expect(entrypointSegments('data')).toEqual([]);
  });

  it('refuses references that are not plain paths into data', () => {
    expect(() => entrypointSegments('input.user')).toThrow(/not a reference into data/);
    expect(() => entrypointSegments('data.a[0]')).toThrow(/not a reference into data/);
    expect(() => entrypointSegments('data.a..b')).toThrow(/not a reference into data/);
  });
});
