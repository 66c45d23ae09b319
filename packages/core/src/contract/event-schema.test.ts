import { describe, expect, it } from 'vitest';
import { governanceEventSchema } from './event-schema.js';

describe('governanceEventSchema', () => {
  it('is a draft 2020-12 schema requiring the contract envelope', () => {
    expect(governanceEventSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(governanceEventSchema.required).toEqual([
      'version',
      'kind',
      'id',
      'time',
      'framework',
      'session',
      'agent',
      'budget',
      'action',
    ]);
  });

  it('has one action branch per kind, and the same kinds as the enum', () => {
    const kinds = governanceEventSchema.oneOf?.map((branch) => branch.properties?.kind?.const);
    expect(kinds).toEqual(governanceEventSchema.properties?.kind?.enum);
  });

  it('serialises to JSON for docs', () => {
    expect(JSON.parse(JSON.stringify(governanceEventSchema))).toEqual(governanceEventSchema);
  });
});
