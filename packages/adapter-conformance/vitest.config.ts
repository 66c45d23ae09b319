import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.int.test.ts'],
    // Packages are tested side by side on 2 cores in CI; slow, not stuck.
    testTimeout: 30_000,
  },
});
