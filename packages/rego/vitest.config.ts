import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'conformance/**/*.test.ts'],
    exclude: ['src/**/*.int.test.ts'],
    // Property and fuzz tests run for about a second alone; CI runs packages side by side on 2 cores.
    testTimeout: 30_000,
    setupFiles: ['./vitest.setup.ts'],
  },
});
