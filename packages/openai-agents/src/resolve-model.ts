import { PolicyConfigError } from '@kitelogik/core';
import type { Model, ModelProvider } from '@openai/agents-core';
import type { AnyAgent } from './sdk-types.js';

/** The model an agent calls, resolved once on first use, and the name events report. @internal */
export interface ModelSource {
  readonly name: string;
  readonly resolve: () => Promise<Model>;
}

/**
 * How to reach an agent's model: a `Model` object is used as is; a model name (or none, the
 * SDK default) goes through `provider`. Without a provider such an agent is refused: the
 * runner would resolve the name itself and its calls would escape governance. @internal
 */
export function modelSource(agent: AnyAgent, provider?: ModelProvider): ModelSource {
  const { model } = agent;
  if (typeof model !== 'string') {
    const name = (model as { model?: unknown }).model;
    return {
      name: typeof name === 'string' ? name : model.constructor.name,
      resolve: () => Promise.resolve(model),
    };
  }
  if (provider === undefined) {
    throw new PolicyConfigError({
      message: `agent "${agent.name}" names its model ("${model}"): pass modelProvider to govern its calls`,
    });
  }
  let resolved: Promise<Model> | undefined;
  return {
    name: model === '' ? 'default' : model,
    resolve: () => {
      resolved ??= Promise.resolve(provider.getModel(model === '' ? undefined : model));
      return resolved;
    },
  };
}
