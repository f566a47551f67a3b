import { defineConfig } from 'vitest/config';

/**
 * unit: pure logic, no build needed (tests/unit, one file per module).
 * site: reads or serves the built site in dist/ (tests/site); run after `astro build`.
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
    ],
  },
});
