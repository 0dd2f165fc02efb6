import type { APIRoute } from 'astro';
import { themeCss } from '../styles/theme';

/** The theme's custom properties as a stylesheet, so charts and CSS read one source. */
export const GET: APIRoute = () => new Response(themeCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
