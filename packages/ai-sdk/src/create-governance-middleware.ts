import type { LanguageModelMiddleware } from 'ai';
import { checkPlan, type PlannedCall } from './check-plan.js';
import { deniedGenerateResult, deniedStreamResult } from './denied-model-call.js';
import { discloseTools } from './disclose-tools.js';
import type { GovernanceState } from './governance-state.js';
import { holdToolCalls } from './hold-tool-calls.js';
import { openModelCall } from './model-call-gate.js';

/**
 * The model middleware of a governance (for `wrapLanguageModel`): it hides tools denied
 * outright, decides a `model.call` before each call and commits its usage after, and decides
 * the tool calls of each generated step as an `agent.plan`, streaming or not. @internal
 */
export function createGovernanceMiddleware(state: GovernanceState): LanguageModelMiddleware {
  return {
    specificationVersion: 'v4',
    transformParams: ({ params }) => discloseTools(state, params),
    async wrapGenerate({ doGenerate, params, model }) {
      const gate = await openModelCall(state, model.modelId, params.prompt);
      if (!gate.isAllowed) return deniedGenerateResult(gate.decision);
      let result: Awaited<ReturnType<typeof doGenerate>>;
      try {
        result = await doGenerate();
      } catch (error) {
        await gate.settle(undefined);
        throw error;
      }
      await gate.settle(result.usage);
      const calls = result.content.filter((part) => part.type === 'tool-call');
      await checkPlan(state, calls as PlannedCall[]);
      return result;
    },
    async wrapStream({ doStream, params, model }) {
      const gate = await openModelCall(state, model.modelId, params.prompt);
      if (!gate.isAllowed) return deniedStreamResult(gate.decision);
      let result: Awaited<ReturnType<typeof doStream>>;
      try {
        result = await doStream();
      } catch (error) {
        await gate.settle(undefined);
        throw error;
      }
      return { ...result, stream: result.stream.pipeThrough(holdToolCalls(state, gate)) };
    },
  };
}
