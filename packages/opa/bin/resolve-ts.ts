// Lets Node run this package straight from source (node type-strips .ts): a relative import of
// `./x.js` that does not exist resolves to `./x.ts`. Used by bin/serve.ts and the load test;
// the published package runs from dist and never needs it.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const isRelative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!isRelative || !specifier.endsWith('.js')) throw error;
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});
