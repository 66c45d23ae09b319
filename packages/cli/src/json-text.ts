/**
 * `JSON.stringify` that also prints bigints (Rego integers past 2^53) as exact JSON numbers.
 */
export function jsonText(value: unknown, indent?: number): string {
  const marks: string[] = [];
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (typeof item !== 'bigint') return item;
      marks.push(item.toString());
      return `\u0000bigint${marks.length - 1}\u0000`;
    },
    indent,
  );
  if (marks.length === 0) return text ?? 'undefined';
  return (text ?? 'undefined').replace(
    /"\\u0000bigint(\d+)\\u0000"/g,
    (_match, index: string) => marks[Number(index)] ?? '0',
  );
}
