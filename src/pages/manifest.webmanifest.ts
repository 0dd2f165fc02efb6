import type { APIRoute } from 'astro';
import { t } from '../strings';
import { palette } from '../styles/theme';
import { href } from '../utils/url';

/** The web app manifest: name, language, colours and icon of the report. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: t.site.title,
        short_name: `${t.site.organisation} ${t.site.year}`,
        description: t.site.description,
        lang: t.lang,
        start_url: href('/'),
        scope: href('/'),
        display: 'browser',
        background_color: palette.paper,
        theme_color: palette.accent,
        icons: [{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
