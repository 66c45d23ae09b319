import type { Session } from '@kitelogik/core';
import { describe, expect, it } from 'vitest';
import { createAiSdkGovernance } from './create-ai-sdk-governance.js';

/** A custom session whose decisions carry whatever effect the test names. */
function sessionSaying(effect: unknown): Session {
  return {
    id: 'custom',
    decide: async () => ({ eventId: 'e1', decision: { effect, reasons: [] } }),
    settle: async () => undefined,
    approve: async () => ({ ok: true }),
  } as unknown as Session;
}

const call = { toolCallId: 'c1', toolName: 'search', input: { q: 'x' } };

describe('toolApproval fails closed', () => {
  it.each(['allowed', 'ALLOW', undefined, null, 42])(
    'denies a call whose decision has the unexpected effect %s',
    async (effect) => {
      const governance = createAiSdkGovernance({ session: sessionSaying(effect) });
      const status = await governance.toolApproval({ toolCall: call, messages: [] });
      expect(status).toMatchObject({ type: 'denied' });
    },
  );

  it('still approves an allow', async () => {
    const governance = createAiSdkGovernance({ session: sessionSaying('allow') });
    expect(await governance.toolApproval({ toolCall: call, messages: [] })).toBe('approved');
  });

  it('denies when the session rejects', async () => {
    const session = {
      id: 'revoked',
      decide: async () => Promise.reject(new Error('session revoked')),
    } as unknown as Session;
    const governance = createAiSdkGovernance({ session });
    const status = await governance.toolApproval({ toolCall: call, messages: [] });
    expect(status).toMatchObject({ type: 'denied' });
  });
});
