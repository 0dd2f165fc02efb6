import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { themeCss } from '../styles/theme';
import { darkChartCss } from '../charts/dark';

const themeModule = path.resolve(import.meta.dirname, '../styles/theme.ts');
const darkModule = path.resolve(import.meta.dirname, '../charts/dark.ts');
const globalCss = path.resolve(import.meta.dirname, '../styles/global.css');

/**
 * The theme's custom properties (src/styles/theme.ts, which the chart renderers read too) and the
 * charts' dark colours (src/charts/dark.ts) written at the top of global.css, so every page loads one stylesheet, not the theme apart (one request less).
 * In `npm run dev` the theme is read again through Vite, so a saved theme.ts shows at once.
 */
export function themeInStylesheet(): AstroIntegration {
  let dev = false;
  let server: ViteDevServer | undefined;
  const plugin: Plugin = {
    name: 'tiess:theme-css',
    enforce: 'pre',
    configureServer(devServer) {
      // Note: a build starts short-lived servers of its own (content sync); only `astro dev` reads the theme live.
      if (dev) server = devServer;
    },
    async transform(code, id) {
      if (id.split('?')[0] !== globalCss) return undefined;
      this.addWatchFile(themeModule);
      this.addWatchFile(darkModule);
      const css = server ? ((await server.ssrLoadModule(themeModule)) as { themeCss: () => string }).themeCss() : themeCss();
      // Then the charts' dark scheme (screen only), gated for embed pages that force a scheme by the PostCSS plugin like the rest of the sheet.
      const dark = server ? ((await server.ssrLoadModule(darkModule)) as { darkChartCss: () => string }).darkChartCss() : darkChartCss();
      return { code: `${css}\n${dark}\n${code}`, map: null };
    },
  };
  return {
    name: 'tiess:theme-css',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        dev = command === 'dev';
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
