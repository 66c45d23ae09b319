import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: 'esm',
  dts: true,
  sourcemap: true,
  fixedExtension: false,
  // Only the bin entry is executable; the library entry stays a plain module.
  banner: ({ fileName }) => (fileName === 'cli.js' ? '#!/usr/bin/env node' : undefined),
});
