import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFigure, figureIds, pngSize } from '../../../figures/index';
import { absoluteUrl, embedSnippet, embedWidth } from '../../../utils/embed';
import { t } from '../../../strings';
import { figurePageKey } from '../../../utils/page-keys';

/** An oEmbed "rich" document per figure, so CMSs that speak oEmbed embed it from its URL. */
export const getStaticPaths = (() => figureIds().map((id) => ({ params: { id }, cacheKey: figurePageKey('oembed', id) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const figure = buildFigure(String(params.id));
  const { width, height } = pngSize(figure);
  const body = {
    version: '1.0',
    type: 'rich',
    title: figure.definition.title,
    provider_name: t.site.organisation,
    provider_url: absoluteUrl('/'),
    html: embedSnippet({ id: figure.definition.id, title: figure.definition.title, height: figure.embedFallbackHeight }),
    width: embedWidth,
    height: figure.embedHeight,
    thumbnail_url: absoluteUrl(`/figures/${figure.definition.id}.png`),
    thumbnail_width: width,
    thumbnail_height: height,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
