/**
 * The entry for the edge-worker proxy: bundled into one classic script, it runs in a `node:vm`
 * context that has only ECMAScript and the Web APIs edge runtimes provide (no `process`,
 * `require` or `Buffer`) and refuses code generation from strings. It leaves its result on
 * `globalThis.smokeResult` for `run-edge-vm.ts` to read.
 */
import * as rego from '../dist/index.js';
import { runCheck } from './check.js';

globalThis.smokeResult = JSON.stringify(runCheck(rego));
