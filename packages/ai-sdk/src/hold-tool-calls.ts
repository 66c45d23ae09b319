import { checkPlan, type PlannedCall } from './check-plan.js';
import type { ModelStreamPart } from './framework-types.js';
import type { GovernanceState } from './governance-state.js';
import type { ModelCallGate } from './model-call-gate.js';

/**
 * A stream transform for one streamed model call: `tool-call` parts are held back until the
 * `finish` part, where the call's usage is settled and the held calls are decided as one plan
 * before they are released, so no tool of the step starts before its plan is known. Text and
 * tool-input deltas pass through as they arrive. @internal
 */
export function holdToolCalls(
  state: GovernanceState,
  gate: ModelCallGate,
): TransformStream<ModelStreamPart, ModelStreamPart> {
  const held: ModelStreamPart[] = [];
  let isSettled = false;
  const release = async (
    controller: TransformStreamDefaultController<ModelStreamPart>,
  ): Promise<void> => {
    await checkPlan(state, held as PlannedCall[]);
    for (const part of held) controller.enqueue(part);
    held.length = 0;
  };
  return new TransformStream({
    async transform(part, controller) {
      if (part.type === 'tool-call') {
        held.push(part);
        return;
      }
      if (part.type === 'finish') {
        isSettled = true;
        await gate.settle(part.usage);
        await release(controller);
      }
      controller.enqueue(part);
    },
    async flush(controller) {
      if (!isSettled) await gate.settle(undefined);
      if (held.length > 0) await release(controller);
    },
  });
}
