/**
 * The browser page's entry: runs {@link runCheck} in the page, then again in a module Web
 * Worker, and posts both results to the serving `run.ts` at `/result`. The page is served with
 * a CSP whose `script-src 'self'` lacks `'unsafe-eval'`, so any `eval` or `new Function` in the
 * engine would throw, and be reported here as a CSP violation too.
 */
import * as rego from '../dist/index.js';
import { runCheck } from './check.js';

const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber} sample ${JSON.stringify(event.sample)}`,
  );
});

/**
 * Runs the check in a module worker and resolves with its message (or a description of its
 * failure to start).
 *
 * @returns {Promise<unknown>}
 */
function runInWorker() {
  return new Promise((resolve) => {
    const worker = new Worker('/browser-worker.js', { type: 'module' });
    worker.addEventListener('message', (event) => resolve(event.data));
    worker.addEventListener('error', (event) =>
      resolve({ error: `worker error: ${event.message}` }),
    );
  });
}

let page;
try {
  page = runCheck(rego);
} catch (error) {
  page = { error: String(error) };
}
const worker = await runInWorker();
// Violation events are dispatched as tasks after the code that caused them: the page's have
// arrived while it waited for the worker.
await fetch('/result', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ page, worker, violations }),
});
document.body.textContent = 'done';
