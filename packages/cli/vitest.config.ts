import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.int.test.ts'],
    // The formatter round trip over OPA's corpus takes seconds, more when CI tests packages side by side.
    testTimeout: 120_000,
  },
});
