import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.int.test.ts'],
    // Some tests start a decision server process; give a loaded CI machine room, still bounded.
    testTimeout: 15_000,
    hookTimeout: 15_000,
  },
});
