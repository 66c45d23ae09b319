// Runs `kitelogik decide` on every event in the README's table and checks the decision the
// table states; exits non-zero on any difference.
import { readFileSync } from 'node:fs';
import { run } from 'kitelogik';

const here = new URL('.', import.meta.url);
const policies = new URL('../../policies', import.meta.url).pathname;
const rows = readFileSync(new URL('README.md', here), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  // Cells split on unescaped pipes (a command in the table may hold an escaped one).
  .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()));

let failed = 0;
for (const [, file = '', , effect = '', codes = ''] of rows) {
  const name = file.replaceAll('`', '');
  let out = '';
  const code = await run(
    ['decide', '-d', policies, '--event', new URL(`events/${name}`, here).pathname],
    {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        out += text;
      },
    },
  );
  const decision = code === 0 ? JSON.parse(out) : undefined;
  const got = decision
    ? `${decision.effect} ${decision.reasons.map((r: { code: string }) => r.code).join(', ')}`
    : `exit ${code}: ${out.trim()}`;
  const want = `${effect} ${codes}`;
  const isSame = got === want;
  if (!isSame) failed += 1;
  console.log(
    `${isSame ? 'ok  ' : 'FAIL'} ${name}: ${got}${isSame ? '' : ` (README says ${want})`}`,
  );
}
console.log(`${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 && rows.length > 0 ? 0 : 1;
