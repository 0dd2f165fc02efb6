import type { APIRoute } from 'astro';
import { absoluteUrl } from '../utils/embed';

/** Lets crawlers in, keeps them out of the embed pages (made for iframes), and names the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${new URL(absoluteUrl('/embed/')).pathname}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
