/**
 * The entry that Node, Deno and Bun run: it imports the built package the way a user's code
 * would (`../dist/index.js`, whose bare imports resolve through `node_modules`), runs
 * {@link runCheck} and prints its result as one line of JSON for `run.ts` to read.
 */
import * as rego from '../dist/index.js';
import { runCheck } from './check.js';

// biome-ignore lint/suspicious/noConsole: the result goes to stdout, and console is the one printer every runtime has.
console.log(JSON.stringify(runCheck(rego)));
