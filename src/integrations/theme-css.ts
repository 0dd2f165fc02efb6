import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { themeCss } from '../styles/theme';

const themeModule = path.resolve(import.meta.dirname, '../styles/theme.ts');
const globalCss = path.resolve(import.meta.dirname, '../styles/global.css');

/**
 * The theme's custom properties (src/styles/theme.ts, which the chart renderers read too) written at
 * the top of global.css, so every page loads one stylesheet, not the theme apart (one request less).
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
      const css = server ? ((await server.ssrLoadModule(themeModule)) as { themeCss: () => string }).themeCss() : themeCss();
      return { code: `${css}\n${code}`, map: null };
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
