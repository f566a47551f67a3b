import { defineConfig } from 'vitest/config';

/**
 * unit: logic without a build (tests/unit, mirroring the code: src/a/b.ts is tested in
 *   tests/unit/a/b.test.ts; tests/unit/readme-layout.test.ts checks the mirror).
 * site: reads or serves the built site in dist/ (tests/site); run after `astro build`.
 * lighthouse: Lighthouse on the built site (tests/lighthouse); slow, and run on its own
 *   after site so that nothing else competes for the CPU while it measures.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'lighthouse',
          include: ['tests/lighthouse/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
