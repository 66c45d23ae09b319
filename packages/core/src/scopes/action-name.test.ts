import { describe, expect, it } from 'vitest';
import { isAllowedByScopes } from './is-allowed-by-scopes.js';
import { isScopeCovered } from './is-scope-covered.js';
import { parseScope } from './parse-scope.js';
import { partitionScopes } from './partition-scopes.js';

describe('action globs (tool:crm.*), as the policy library reads them', () => {
  it('parses them', () => {
    expect(parseScope('tool:crm.*')).toEqual({ resource: 'tool', action: 'crm.*' });
    expect(parseScope('tool:get?')).toEqual({ resource: 'tool', action: 'get?' });
  });

  it('allows the tools they match, across dots, and nothing else', () => {
    const scopes = ['tool:crm.*'];
    expect(isAllowedByScopes(scopes, { resource: 'tool', action: 'crm.get_customer' })).toBe(true);
    expect(isAllowedByScopes(scopes, { resource: 'tool', action: 'crm.a.b' })).toBe(true);
    expect(isAllowedByScopes(scopes, { resource: 'tool', action: 'crmx' })).toBe(false);
    expect(isAllowedByScopes(scopes, { resource: 'tool', action: 'payments.refund' })).toBe(false);
  });

  it('decides coverage between names and globs soundly', () => {
    expect(isScopeCovered('tool:crm.get_customer', 'tool:crm.*')).toBe(true);
    expect(isScopeCovered('tool:crm.*', 'tool:crm.*')).toBe(true);
    expect(isScopeCovered('tool:crm.*', 'tool:*')).toBe(true);
    expect(isScopeCovered('tool:crm.*', 'tool:crm*')).toBe(true);
    expect(isScopeCovered('tool:crm*', 'tool:crm.*')).toBe(false);
    expect(isScopeCovered('tool:*', 'tool:crm.*')).toBe(false);
    expect(isScopeCovered('tool:payments.refund', 'tool:crm.*')).toBe(false);
  });

  it('grants a child exactly its parent glob, and escalates a wider one', () => {
    expect(partitionScopes(['tool:crm.*', 'tool:*'], ['tool:crm.*'])).toEqual({
      granted: ['tool:crm.*'],
      escalated: ['tool:*'],
    });
  });
});
