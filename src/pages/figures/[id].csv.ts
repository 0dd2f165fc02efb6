import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFigure, figureIds } from '../../figures/index';
import { figurePageKey } from '../../utils/page-keys';

/** The rows each figure draws, as CSV (the same rows as its HTML table); the BOM lets Excel read it as UTF-8. */
export const getStaticPaths = (() => figureIds().map((id) => ({ params: { id }, cacheKey: figurePageKey('csv', id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`\ufeff${buildFigure(String(params.id)).csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
