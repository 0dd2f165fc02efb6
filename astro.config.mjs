// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkFrenchTypography } from './src/markdown/remark-french-typography.ts';
import { remarkHeadingIds } from './src/markdown/remark-heading-ids.ts';
import { remarkFigureIds } from './src/markdown/remark-figure-ids.ts';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links.ts';
import { validateData } from './src/integrations/validate-data.ts';
import { validateFigures } from './src/integrations/validate-figures.ts';
import { siteUrlGuard } from './src/integrations/site-url.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { figureCacheReport } from './src/integrations/figure-cache.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { colorSchemesPlugin } from './src/styles/color-schemes.ts';
import { themeInStylesheet } from './src/integrations/theme-css.ts';
import { editorAdapter, editorIntegrations } from './src/editor/integration.ts';

// Where the report lives: SITE_URL is its public origin, BASE_PATH the sub-path it is served
// under (e.g. /rapport-2019-2020/). OUT_DIR lets tests build side by side.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

// Note: `astro dev` (so `npm run edit`, which staff run) would advise « npx @astrojs/upgrade » when
// a newer Astro is out; upgrades are a developer's move, made with the tests (see README).
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

/**
 * Vite wraps every dynamic import of the browser's code in a helper (1 KB gzip) that preloads the
 * imported chunk's own imports and stylesheets. The report's one dynamic import, the player of
 * « Écouter » (src/scripts/listen.ts), has neither, and the helper would weigh on every page that
 * never plays: it becomes a plain call. Not for the editor's build, whose React code needs it.
 * @returns {import('vite').Plugin}
 */
function plainDynamicImport() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'tiess:plain-dynamic-import',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === helper ? helper : undefined),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // Astro's own cache (content store, images) beside the figure cache, in .cache/, which CI keeps
  // between runs (npm ci empties node_modules). Tests build several variants; each keeps its own.
  cacheDir: process.env.ASTRO_CACHE_DIR || './.cache/astro',
  trailingSlash: 'ignore',
  // Note: Astro 7's default (« jsx ») drops the spaces between inline elements and text on separate
  // lines, which French text around components needs; true keeps Astro 5's lossless compression.
  compressHTML: true,
  // Note: pages render 4 at a time, so the PNGs (sharp, off the main thread) overlap.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Note: chapters go through unified (remark and rehype), whose plugins are ours; Astro 7's default
  // processor (Sätteri) runs no remark plugins. smartypants would turn "…" into English curly
  // quotes; French typography is ours.
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkHeadingIds, remarkFigureIds, remarkFrenchTypography],
      rehypePlugins: [rehypeExternalLinks],
    }),
  },
  // Embed pages are for iframes, /pdf/ pages for npm run pdf (both noindex): they stay out of the sitemap.
  // Note: the browser editor (Keystatic and React) is added only by `npm run edit` (KEYSTATIC=1):
  // `npm run build` and `npm run dev` never load it, so the published site holds no admin.
  integrations: [
    siteUrlGuard(),
    validateData(),
    validateFigures(),
    mdx(),
    sitemap({ filter: (page) => !/\/(embed|pdf)\//.test(page) }),
    searchIndex(),
    figureCacheReport(),
    themeInStylesheet(),
    ...(await editorIntegrations()),
    // Last: the site is written into <outDir>.partiel/ and swapped in for outDir once everything,
    // search index and sitemap included, is written; a failed build leaves the previous site as it was.
    stagedOutput(),
  ],
  // Note: only `npm run build:editeur` (the editor deployed apart, GitHub mode) has a server adapter.
  adapter: await editorAdapter(),
  devToolbar: { enabled: false },
  // Note: pages from getStaticPaths() carry a cacheKey (src/utils/page-keys.ts) and are copied from
  // the previous build (kept in cacheDir) when their key and code are unchanged; see README, Choices.
  // INCREMENTAL_BUILD=0 renders every page (npm run bench compares both).
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD !== '0' },
  // Note: scripts are never inlined, so a Content-Security-Policy without 'unsafe-inline' holds.
  // Embed pages may force a scheme: every `@media (prefers-color-scheme: …)` rule also applies there (src/styles/color-schemes.ts).
  // The page's script (src/components/PageScript.astro) is one file with the modules it imports, the
  // keyboard model included: the map's script, on map pages only, imports that model from it
  // rather than from a third file Rollup would otherwise split off for the two of them.
  vite: {
    css: { postcss: { plugins: [colorSchemesPlugin()] } },
    plugins: process.env.KEYSTATIC === '1' ? [] : [plainDynamicImport()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          manualChunks: (id) => (/PageScript\.astro\?astro&type=script|\/src\/scripts\/(enhance|chapter|chart-tooltip|copy|figure-keys|listen)\.ts$/.test(id) ? 'page' : undefined),
        },
      },
    },
  },
});
