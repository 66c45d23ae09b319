import { describe, expect, it } from 'vitest';
import { referenceGovernor } from './__fixtures__/reference-governor.js';
import { createSessionResolver } from './session-resolver.js';

describe('a session id reused by another run', () => {
  it('does not hand one principal the session another principal opened', async () => {
    const { governor } = await referenceGovernor();
    const resolve = createSessionResolver({ governor });
    const admin = { principal: { id: 'admin' }, sessionId: 's1', scopes: ['tool:*'] };
    resolve({ context: admin });
    const guest = { principal: { id: 'guest' }, sessionId: 's1', scopes: [] };
    expect(() => resolve({ context: guest })).toThrow(/s1/);
  });

  it('does not keep scopes the context no longer grants', async () => {
    const { governor } = await referenceGovernor();
    const resolve = createSessionResolver({ governor });
    resolve({ context: { principal: { id: 'u' }, sessionId: 's2', scopes: ['tool:*'] } });
    const narrowed = { principal: { id: 'u' }, sessionId: 's2', scopes: ['tool:crm.*'] };
    expect(() => resolve({ context: narrowed })).toThrow(/s2/);
  });

  it('reuses the session for the same principal and scopes (a resume)', async () => {
    const { governor } = await referenceGovernor();
    const resolve = createSessionResolver({ governor });
    const context = { principal: { id: 'u' }, sessionId: 's3', scopes: ['tool:*'] };
    expect(resolve({ context })).toBe(resolve({ context: { ...context } }));
  });
});
