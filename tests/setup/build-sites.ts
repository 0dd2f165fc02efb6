import { rmSync } from 'node:fs';
import path from 'node:path';
import { builds, runBuildAsync, testBuildsDir } from '../helpers/build';

/**
 * Builds the site once per test run (default, sub-path, and with the gallery of example figures), for every test that reads dist.
 * Note: the three at once, one per core: they read the same sources, so what each writes into the
 * project's .astro/ folder is the same (Astro writes the content modules' list whole, by renaming),
 * and the figure cache they share is written entry by entry the same way.
 */
export default async function setup() {
  // Note: TEST_NO_BUILD=1 runs the unit tests alone, faster, while working on them; tests that read a build then fail.
  if (process.env.TEST_NO_BUILD === '1') return;
  rmSync(testBuildsDir, { recursive: true, force: true });
  const results = await Promise.all(
    Object.values(builds).map(async (build) => ({ build, ...(await runBuildAsync({ OUT_DIR: build.outDir, BASE_PATH: build.base, SITE_URL: 'https://rapport.example.org', ...build.env })) })),
  );
  for (const { build, status, output } of results) {
    if (status !== 0) throw new Error(`astro build failed (${path.basename(build.outDir)}, BASE_PATH=${build.base}):\n${output}`);
  }
}
