import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCoveredByAny } from './is-scope-covered.js';
import { partitionScopes } from './partition-scopes.js';

describe('partitionScopes', () => {
  it('grants covered scopes and escalates the rest', () => {
    expect(
      partitionScopes(
        ['fs:write:/workspace/**', 'tool:search', 'fs:write:/etc/**', 'net:fetch'],
        ['fs:*:/workspace/**', 'tool:*'],
      ),
    ).toEqual({
      granted: ['fs:write:/workspace/**', 'tool:search'],
      escalated: ['fs:write:/etc/**', 'net:fetch'],
    });
  });

  it('escalates invalid requested scopes even under *:*', () => {
    expect(partitionScopes(['bad', 'fs:read:/a b', 'tool:x'], ['*:*'])).toEqual({
      granted: ['tool:x'],
      escalated: ['bad', 'fs:read:/a b'],
    });
  });

  it('lets invalid parent scopes grant nothing', () => {
    expect(partitionScopes(['tool:x'], ['tool x', '*'])).toEqual({
      granted: [],
      escalated: ['tool:x'],
    });
  });

  it('drops duplicate requests', () => {
    expect(partitionScopes(['tool:x', 'tool:x'], ['tool:x'])).toEqual({
      granted: ['tool:x'],
      escalated: [],
    });
  });

  it('grants only scopes covered by a parent and loses none', () => {
    const text = fc.oneof(
      fc.constantFrom('tool:a', 'tool:*', 'fs:read', 'fs:read:/w/**', 'fs:*:/w/*', '*:*', 'x'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(text), fc.array(text), (requested, parents) => {
        const { granted, escalated } = partitionScopes(requested, parents);
        for (const scope of granted) expect(isCoveredByAny(scope, parents)).toBe(true);
        for (const scope of escalated) expect(isCoveredByAny(scope, parents)).toBe(false);
        expect(new Set([...granted, ...escalated])).toEqual(new Set(requested));
      }),
    );
  });
});
