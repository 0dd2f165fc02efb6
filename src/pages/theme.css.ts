import type { APIRoute } from 'astro';
import { themeCss } from '../styles/theme';
import { darkChartCss } from '../charts/dark';

/** The theme's custom properties as a stylesheet, so charts and CSS read one source; then the charts' dark scheme. */
export const GET: APIRoute = () => new Response(`${themeCss()}\n${darkChartCss()}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
