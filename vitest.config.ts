import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-sites.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: 'America/Toronto', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
