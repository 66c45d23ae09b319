/**
 * The Web Worker's entry: runs {@link runCheck} inside a dedicated module worker (which gets the
 * page's CSP from its own response headers) and posts the result, with any CSP violation the
 * worker saw, back to the page.
 */
import * as rego from '../dist/index.js';
import { runCheck } from './check.js';

const violations = [];
self.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber} sample ${JSON.stringify(event.sample)}`,
  );
});

let result;
try {
  result = runCheck(rego);
} catch (error) {
  result = { error: String(error) };
}
// Violation events are dispatched as tasks after the code that caused them: let them arrive.
setTimeout(() => self.postMessage({ ...result, violations }), 200);
