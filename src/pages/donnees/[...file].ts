import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDir } from '../../data/csv';
import { dataFiles } from '../../data/index';
import { dataFilePageKey } from '../../utils/page-keys';

/** Every data file, published as-is for download under /donnees/. */
export const getStaticPaths = (() => dataFiles.map((file) => ({ params: { file }, cacheKey: dataFilePageKey(file) }))) satisfies GetStaticPaths;

const types: Record<string, string> = { '.csv': 'text/csv; charset=utf-8', '.topojson': 'application/json' };

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  return new Response(readFileSync(path.join(dataDir(), file)), {
    headers: { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' },
  });
};
