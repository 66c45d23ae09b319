import type { Session } from '@kitelogik/core';
import { Agent, RunContext } from '@openai/agents-core';
import { assistantMessage, ScriptedModel } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { governAgent } from './govern-agent.js';
import type { AnyFunctionTool } from './sdk-types.js';
import { subagentTool } from './subagent-tool.js';

describe('a sub-agent tool whose spawn is not allowed', () => {
  it.each(['deny', 'require_approval'])(
    'never runs the child when the spawn says %s, even with a session attached',
    async (effect) => {
      const childActions: unknown[] = [];
      const child = {
        id: 'child',
        revoke: async () => undefined,
        settle: async () => undefined,
        decide: async (action: unknown) => {
          childActions.push(action);
          return { eventId: 'c', decision: { effect: 'allow', reasons: [] } };
        },
      } as unknown as Session;
      const session = {
        id: 'root',
        spawn: async () => ({ eventId: 'e', decision: { effect, reasons: [] }, session: child }),
      } as unknown as Session;
      const childModel = new ScriptedModel([[assistantMessage('researched')]]);
      const researcher = new Agent({ name: 'researcher', model: childModel });
      const tool = subagentTool(researcher, { toolName: 'research', toolDescription: 'r' });
      const root = new Agent({ name: 'root', model: new ScriptedModel([]), tools: [tool] });
      const governed = governAgent(root, session);
      const research = governed.tools[0] as AnyFunctionTool;
      const toolCall = {
        type: 'function_call' as const,
        callId: 'r1',
        name: 'research',
        arguments: '{"input":"x"}',
      };
      const output = await research
        .invoke(new RunContext(), '{"input":"x"}', { toolCall })
        .catch((error: unknown) => `thrown ${String(error)}`);
      expect(childActions).toEqual([]);
      expect(childModel.calls).toEqual([]);
      expect(String(output)).toMatch(/^Denied by policy/);
    },
  );
});
