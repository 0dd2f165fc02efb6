import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderShareCard } from '../../charts/share-card';
import { cachedPng, contentKey } from '../../figures/cache';
import { figureCacheDir } from '../../figures/cache-dir';
import { t } from '../../strings';
import { frenchTypography } from '../../utils/typography';
import { textPageKey } from '../../utils/page-keys';

/** The image shown when a page is shared: one for the home page, one per chapter. */
export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters');
  const cards = [
    { params: { slug: 'accueil' }, props: { kicker: t.site.organisationLong, title: `${t.site.reportTitle} ${t.site.year}` } },
    ...chapters.map((c) => ({ params: { slug: c.id }, props: { kicker: frenchTypography(c.data.part), title: frenchTypography(c.data.title) } })),
  ];
  return cards.map((card) => ({ ...card, cacheKey: textPageKey('card', card.props.kicker, card.props.title) }));
}) satisfies GetStaticPaths;

// Note: kept in the figure cache, keyed by the card's texts and the code that draws it (a build
// with 200 chapters makes 201 cards; a rebuild finds them there).
export const GET: APIRoute = async ({ props }) => {
  const card = { kicker: props.kicker, title: props.title, footer: `${t.site.organisation} — ${t.site.reportTitle} ${t.site.year}` };
  const key = import.meta.env.DEV || !figureCacheDir() ? undefined : contentKey('card', card.kicker, card.title, card.footer);
  const png = await cachedPng(key, () => renderShareCard(card), false);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
