/** A failed check: the dotted path of the offending field and what is wrong with it. @internal */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** True for a non-null, non-array object. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds a {@link FieldProblem}. @internal */
export function problem(field: string, message: string): FieldProblem {
  return { field, message };
}

/** Names the JSON type of a value for messages (`null`, `array`, `number`, ...). @internal */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Checks a required non-empty string. @internal */
export function checkId(value: unknown, field: string): FieldProblem | undefined {
  if (typeof value !== 'string') return problem(field, `must be a string, got ${typeName(value)}`);
  if (value.length === 0) return problem(field, 'must not be empty');
  return undefined;
}

/** Checks a required string (may be empty). @internal */
export function checkString(value: unknown, field: string): FieldProblem | undefined {
  return typeof value === 'string'
    ? undefined
    : problem(field, `must be a string, got ${typeName(value)}`);
}

/** Checks a string or null. @internal */
export function checkNullableString(value: unknown, field: string): FieldProblem | undefined {
  return value === null || typeof value === 'string'
    ? undefined
    : problem(field, `must be a string or null, got ${typeName(value)}`);
}

/** Checks a finite number that is zero or more. @internal */
export function checkNonNegative(value: unknown, field: string): FieldProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return problem(field, `must be a finite number, got ${typeName(value)}`);
  }
  return value < 0 ? problem(field, 'must not be negative') : undefined;
}

/** Checks an integer that is zero or more. @internal */
export function checkCount(value: unknown, field: string): FieldProblem | undefined {
  return Number.isInteger(value) && (value as number) >= 0
    ? undefined
    : problem(field, `must be a non-negative integer, got ${typeName(value)}`);
}

/** Checks a number or null (an unlimited budget dimension). @internal */
export function checkNullableNumber(value: unknown, field: string): FieldProblem | undefined {
  return value === null || (typeof value === 'number' && !Number.isNaN(value))
    ? undefined
    : problem(field, `must be a number or null, got ${typeName(value)}`);
}

/** Checks an array of strings. @internal */
export function checkStringArray(value: unknown, field: string): FieldProblem | undefined {
  if (!Array.isArray(value)) return problem(field, `must be an array, got ${typeName(value)}`);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      return problem(`${field}[${i}]`, `must be a string, got ${typeName(value[i])}`);
    }
  }
  return undefined;
}

/** Checks a plain object. @internal */
export function checkObject(value: unknown, field: string): FieldProblem | undefined {
  return isRecord(value) ? undefined : problem(field, `must be an object, got ${typeName(value)}`);
}

/** Checks membership of a closed set of strings. @internal */
export function checkEnum(
  value: unknown,
  field: string,
  allowed: ReadonlySet<string>,
): FieldProblem | undefined {
  if (typeof value === 'string' && allowed.has(value)) return undefined;
  const shown = typeof value === 'string' ? `"${value}"` : typeName(value);
  return problem(field, `must be one of ${[...allowed].join(', ')}, got ${shown}`);
}
