import { registerHooks } from 'node:module';

// Lets node run this package's sources directly (type stripping): a relative `./x.js` import
// that does not exist resolves to `./x.ts`, as TypeScript's nodenext resolution does.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const isRelativeJs = specifier.startsWith('.') && specifier.endsWith('.js');
      if (!isRelativeJs) throw error;
      return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});
