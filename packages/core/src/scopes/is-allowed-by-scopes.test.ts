import { describe, expect, it } from 'vitest';
import { isAllowedByScopes } from './is-allowed-by-scopes.js';

describe('isAllowedByScopes', () => {
  const scopes = ['tool:search', 'fs:read:/workspace/**', 'net:fetch:*.example.com', 'bad scope'];

  it.each([
    [{ resource: 'tool', action: 'search' }, true],
    [{ resource: 'tool', action: 'fs.write' }, false],
    [{ resource: 'fs', action: 'read', subject: '/workspace/a.txt' }, true],
    [{ resource: 'fs', action: 'read', subject: '/workspace' }, false],
    [{ resource: 'fs', action: 'read', subject: '/etc/passwd' }, false],
    [{ resource: 'fs', action: 'read' }, false],
    [{ resource: 'fs', action: 'write', subject: '/workspace/a.txt' }, false],
    [{ resource: 'net', action: 'fetch', subject: 'api.example.com' }, true],
    [{ resource: 'net', action: 'fetch', subject: 'a.b.example.com' }, false],
    [{ resource: 'net', action: 'fetch', subject: 'example.com' }, false],
  ])('judges %j as %s', (request, expected) => {
    expect(isAllowedByScopes(scopes, request)).toBe(expected);
  });

  it('lets wildcards and unqualified scopes allow any subject', () => {
    expect(isAllowedByScopes(['*:*'], { resource: 'fs', action: 'write', subject: '/x' })).toBe(
      true,
    );
    expect(isAllowedByScopes(['fs:*'], { resource: 'fs', action: 'write' })).toBe(true);
    expect(isAllowedByScopes([], { resource: 'tool', action: 'search' })).toBe(false);
  });
});
