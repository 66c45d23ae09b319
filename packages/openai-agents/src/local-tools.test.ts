import { PolicyConfigError } from '@kitelogik/core';
import { Agent, run, shellTool } from '@openai/agents-core';
import { assistantMessage, ScriptedModel } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { referenceHarness } from './__fixtures__/reference-harness.js';
import { governAgent } from './govern-agent.js';

describe('tools the SDK runs locally without a function hook', () => {
  it('refuses to govern an agent whose local shell would run commands undecided', async () => {
    const harness = await referenceHarness({ scopes: [] });
    const ran: string[][] = [];
    const shell = shellTool({
      shell: {
        async run(action) {
          ran.push(action.commands);
          return { output: [] };
        },
      },
    });
    const model = new ScriptedModel([
      [
        {
          type: 'shell_call',
          callId: 's1',
          status: 'completed',
          action: { commands: ['rm -rf /'] },
        } as never,
      ],
      [assistantMessage('done')],
    ]);
    const agent = new Agent({ name: 'ops', model, tools: [shell] });
    let governed: Agent | undefined;
    try {
      governed = governAgent(agent, harness.session);
    } catch (error) {
      expect(PolicyConfigError.isInstance(error)).toBe(true);
    }
    if (governed !== undefined) await run(governed, 'clean up').catch(() => undefined);
    expect(ran).toEqual([]);
  });
});
