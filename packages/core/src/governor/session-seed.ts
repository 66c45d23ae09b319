import { PolicyConfigError } from '../errors/policy-config-error.js';
import type { GovernorContext } from './governor-context.js';
import type { SessionSeed } from './open-session.js';
import type { SessionOptions } from './session.js';

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Turns root-session options into the shared event blocks, checking the misuse that would
 * otherwise make every event invalid. @internal
 * @throws PolicyConfigError on a missing principal id, or scopes/budgets of the wrong type.
 */
export function toSessionSeed(context: GovernorContext, options: SessionOptions): SessionSeed {
  const { principal } = options;
  if (typeof principal?.id !== 'string' || principal.id.length === 0) {
    throw new PolicyConfigError({ message: 'a session needs a principal with a non-empty id' });
  }
  if (!isStringArray(options.scopes)) {
    throw new PolicyConfigError({ message: 'session scopes must be an array of strings' });
  }
  if (typeof options.budgets !== 'object' || options.budgets === null) {
    throw new PolicyConfigError({ message: 'session budgets must be an object of limits' });
  }
  return {
    sessionBlock: {
      id: options.id ?? context.newId('sess'),
      principal: { ...principal, roles: principal.roles ?? [] },
      data_labels: [...(options.dataLabels ?? [])],
      labels: options.labels ?? {},
    },
    agent: {
      id: options.agent?.id ?? context.newId('agt'),
      name: options.agent?.name ?? 'agent',
      depth: 0,
      lineage: [],
      scopes: [...options.scopes],
    },
    limits: options.budgets,
  };
}
