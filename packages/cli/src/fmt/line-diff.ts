/**
 * A unified diff of two texts (whole-file hunk granularity kept small: 3 lines of context),
 * computed with a longest-common-subsequence table, which is fine for policy-sized files.
 */
export function lineDiff(before: string, after: string, file: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const ops: { kind: ' ' | '-' | '+'; text: string; aLine: number; bLine: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] as string, aLine: i++, bLine: j++ });
    } else if (
      j < b.length &&
      (i >= a.length ||
        ((lcs[i] as number[])[j + 1] as number) >= ((lcs[i + 1] as number[])[j] as number))
    ) {
      ops.push({ kind: '+', text: b[j] as string, aLine: i, bLine: j++ });
    } else {
      ops.push({ kind: '-', text: a[i] as string, aLine: i++, bLine: j });
    }
  }
  const out = [`--- ${file}`, `+++ ${file} (formatted)`];
  const CONTEXT = 3;
  let index = 0;
  while (index < ops.length) {
    if (ops[index]?.kind === ' ') {
      index++;
      continue;
    }
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    while (end < ops.length) {
      const nextChange = ops.slice(end).findIndex((op) => op.kind !== ' ');
      if (nextChange === -1 || nextChange > CONTEXT * 2) break;
      end += nextChange + 1;
    }
    end = Math.min(ops.length, end + CONTEXT);
    const hunk = ops.slice(start, end);
    const first = hunk[0] as (typeof ops)[number];
    const aCount = hunk.filter((op) => op.kind !== '+').length;
    const bCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${first.aLine + 1},${aCount} +${first.bLine + 1},${bCount} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.text}`);
    index = end;
  }
  return `${out.join('\n')}\n`;
}
