import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that run `astro build` in the project itself or start a dev server. Builds in the
 * project share its generated .astro/ folder (the list of content modules among others: two builds
 * at once would read each other's), and a dev server wants a core of its own: these files run one
 * after another, once the others are done. tests/helpers/build.ts and tests/helpers/editor.ts refuse
 * such a build or server from a file not listed here.
 */
const serialFiles = [
  'tests/authoring/authoring.test.ts',
  'tests/authoring/check.test.ts',
  'tests/browser/editor.test.ts',
  'tests/browser/publish.test.ts',
  'tests/pages/build.test.ts',
  'tests/pages/drawable-build.test.ts',
  'tests/pages/failed-build.test.ts',
  'tests/pages/figures-build.test.ts',
  'tests/pages/hostile-labels-build.test.ts',
  'tests/pages/site-url.test.ts',
  'tests/pdf/pdf.test.ts',
  'tests/quality/security.test.ts',
];

/**
 * The longest files that run two at a time, started first so that both workers end together. Note:
 * vitest orders by the durations of the previous run, or by file size when it has none (a clean
 * clone, CI); a long file started last would run alone at the end.
 */
const startFirst = ['tests/browser/gallery.test.ts', 'tests/pages/cache-build.test.ts', 'tests/browser/map.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = startFirst.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return at < 0 ? startFirst.length : at;
    };
    return sorted.map((spec, at) => ({ spec, at })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.at - b.at).map(({ spec }) => spec);
  }
}

const env = { TZ: 'America/Toronto', ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/build-sites.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { sequencer: LongestFirst },
    // Note: the machine CI runs on has two cores. First every other file, two at a time (unit tests,
    // pages of the test builds read from disk or in Chromium, builds in copies of the project), then
    // the files above, one at a time.
    projects: [
      {
        extends: true,
        test: {
          name: 'parallele',
          // Note: a chart type's own tests sit in its folder (src/figures/types/<type>/).
          include: ['tests/**/*.test.ts', 'src/figures/types/*/*.test.ts'],
          exclude: [...configDefaults.exclude, ...serialFiles],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          env: { ...env, TIESS_TEST_GROUP: 'parallele' },
        },
      },
      {
        extends: true,
        test: {
          name: 'en-serie',
          include: serialFiles,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          env: { ...env, TIESS_TEST_GROUP: 'en-serie' },
        },
      },
    ],
  },
});
