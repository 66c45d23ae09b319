import { defineConfig, type ViteUserConfig } from 'vitest/config';

/** Tests of the conformance runner's pure parts: `pnpm vitest run --config conformance/vitest.config.ts`. */
const config: ViteUserConfig = defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
  },
});

export default config;
