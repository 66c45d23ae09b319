/**
 * The `kitelogik` executable: {@link run} wired to the process's streams. The exit code is
 * set, not forced, so pending output is flushed before the process ends.
 */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
