import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFigure, figureIds } from '../../figures/index';
import { svgToPng } from '../../charts/png';

/** A PNG of every figure (wide drawing at 2×), for download and social cards. */
export const getStaticPaths = (() => figureIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await svgToPng(buildFigure(String(params.id)).svg.wide, 2)), {
    headers: { 'Content-Type': 'image/png' },
  });
