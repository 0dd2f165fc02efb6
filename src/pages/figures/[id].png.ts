import type { APIRoute, GetStaticPaths } from 'astro';
import { figureIds, figurePng } from '../../figures/index';
import { figurePageKey } from '../../utils/page-keys';

/** A PNG of every figure (wide drawing at 2×, a map with its legend), for download and social cards; kept in the figure cache. */
export const getStaticPaths = (() => figureIds().map((id) => ({ params: { id }, cacheKey: figurePageKey('png', id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await figurePng(String(params.id))), {
    headers: { 'Content-Type': 'image/png' },
  });
