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
  if (root.deadline !== undefined) checkDeadline(root.deadline);
  root.checkpoint =
    root.maxSteps === undefined
      ? root.steps + CHECK_EVERY
      : Math.min(root.steps + CHECK_EVERY, root.maxSteps + 1);
}

/** Throws `eval_cancel_error` when the wall clock is past `deadline` (ms since the epoch). @internal */
export function checkDeadline(deadline: number): void {
  if (Date.now() > deadline) {
    throw new RegoError({ code: 'eval_cancel_error', message: 'evaluation timed out' });
  }
}
