import { rmSync } from 'node:fs';
import { builds, runBuild, testBuildsDir } from '../helpers/build';

/** Builds the site once per test run (default, sub-path, and with the gallery of example figures), for every test that reads dist. */
export default function setup() {
  // Note: TEST_NO_BUILD=1 runs the unit tests alone, faster, while working on them; tests that read a build then fail.
  if (process.env.TEST_NO_BUILD === '1') return;
  rmSync(testBuildsDir, { recursive: true, force: true });
  for (const build of Object.values(builds)) {
    const { status, output } = runBuild({ OUT_DIR: build.outDir, BASE_PATH: build.base, SITE_URL: 'https://rapport.example.org', ...build.env });
    if (status !== 0) throw new Error(`astro build failed (BASE_PATH=${build.base}):\n${output}`);
  }
}
