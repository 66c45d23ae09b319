import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from './load-policies.js';

const dir = (name: string): string =>
  fileURLToPath(new URL(`./__fixtures__/overlay/${name}`, import.meta.url));

describe('loadPolicies', () => {
  it('keeps every module and lets a later directory overlay the data of an earlier one', async () => {
    const bundle = await loadPolicies([dir('a'), dir('b')]);
    expect(bundle.modules.map((module) => module.path)).toEqual(['0/main.rego', '1/main.rego']);
    expect(bundle.data).toEqual({
      kitelogik: { config: { tools: { known: ['a', 'b'], deny: ['x'] }, keep: true } },
    });
  });

  it('loads a single directory as it is', async () => {
    const bundle = await loadPolicies([dir('a')]);
    expect(bundle.modules.map((module) => module.path)).toEqual(['main.rego']);
  });
});
