import { RegoError } from '../errors.js';
import type { EvalRoot } from './context.js';

const CHECK_EVERY = 1024;

/** Counts one evaluation step and enforces `maxSteps` and `timeoutMs`. @internal */
export function checkLimits(root: EvalRoot): void {
  if (root.maxSteps !== undefined && root.steps > root.maxSteps) {
    throw new RegoError({
      code: 'eval_limit_error',
      message: `evaluation exceeded the step limit of ${root.maxSteps}`,
    });
  }
  if (root.deadline !== undefined && Date.now() > root.deadline) {
    throw new RegoError({ code: 'eval_cancel_error', message: 'evaluation timed out' });
  }
  root.checkpoint =
    root.maxSteps === undefined
      ? root.steps + CHECK_EVERY
      : Math.min(root.steps + CHECK_EVERY, root.maxSteps + 1);
}
