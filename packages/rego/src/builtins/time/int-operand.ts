import { isInteger, isNumber, type Value } from '../../value.js';
import { operandTypeError } from '../operands.js';
import { builtinTypeError } from '../registry.js';

/** An integer operand (OPA's `IntOperand`): a number without a fraction, else an eval_type_error. */
export function intOperand(name: string, args: readonly Value[], index: number): number {
  const value = args[index] as Value;
  if (!isNumber(value)) throw operandTypeError(name, index, ['number'], value);
  if (!isInteger(value)) {
    throw builtinTypeError(
      name,
      `operand ${index + 1} must be integer number but got floating-point number`,
    );
  }
  return Number(value);
}
