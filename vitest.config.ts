import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Note: a chart type's own tests sit in its folder (src/figures/types/<type>/).
    include: ['tests/**/*.test.ts', 'src/figures/types/*/*.test.ts'],
    globalSetup: ['tests/setup/build-sites.ts'],
    testTimeout: 60_000,
    // Note: test files run one after another: several spawn \`astro build\`, which shares the
    // project's generated .astro/ folder, and browser tests want the two cores to themselves.
    fileParallelism: false,
    hookTimeout: 120_000,
    env: { TZ: 'America/Toronto', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
