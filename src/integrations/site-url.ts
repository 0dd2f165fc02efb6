import type { AstroIntegration } from 'astro';
import { t } from '../strings';

/**
 * A build without SITE_URL writes http://localhost:4321 into canonical links, Open Graph, the
 * sitemap, robots.txt and oEmbed, and would send readers and search engines to localhost once
 * deployed: the build says so loudly, and refuses under CI=true (a deployment build), unless
 * SITE_URL_LOCAL=1 says a local build is wanted.
 */
export function siteUrlGuard(): AstroIntegration {
  return {
    name: 'tiess:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env.SITE_URL) return;
        if (process.env.CI === 'true' && process.env.SITE_URL_LOCAL !== '1') {
          const refused = new Error(`${t.deploy.noSiteUrl}\n${t.deploy.refusedInCi}`);
          refused.stack = refused.message;
          throw refused;
        }
        const line = '!'.repeat(72);
        logger.warn(`\n${line}\n${t.deploy.noSiteUrl}\n${t.deploy.localOnly}\n${line}`);
      },
    },
  };
}
