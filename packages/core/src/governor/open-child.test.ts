import { describe, expect, it } from 'vitest';
import type { GovernanceEvent } from '../contract/governance-event.js';
import type { DecisionOutcome } from './decision-outcome.js';
import { childScopes } from './open-child.js';

const event = {
  kind: 'agent.spawn',
  action: { granted_scopes: ['fs:read:/workspace/**', 'tool:*'] },
} as unknown as GovernanceEvent;
const outcome = (obligations: Record<string, unknown>): DecisionOutcome => ({
  decision: { effect: 'allow', reasons: [], obligations },
  eventId: 'evt_1',
});

describe('childScopes', () => {
  it('narrows the granted scopes to narrow_scopes', () => {
    const narrowed = childScopes(outcome({ narrow_scopes: ['fs:read:/workspace/**'] }), event);
    expect(narrowed).toEqual(['fs:read:/workspace/**']);
  });

  it('grants nothing when narrow_scopes is malformed, never everything', () => {
    expect(childScopes(outcome({ narrow_scopes: 'fs:read:/workspace/**' }), event)).toEqual([]);
    expect(childScopes(outcome({ narrow_scopes: { a: 1 } }), event)).toEqual([]);
    expect(childScopes(outcome({}), event)).toEqual(['fs:read:/workspace/**', 'tool:*']);
  });
});
