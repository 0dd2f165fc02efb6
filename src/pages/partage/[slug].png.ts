import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderShareCard } from '../../charts/share-card';
import { t } from '../../strings';
import { frenchTypography } from '../../utils/typography';

/** The image shown when a page is shared: one for the home page, one per chapter. */
export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters');
  return [
    { params: { slug: 'accueil' }, props: { kicker: t.site.organisationLong, title: `${t.site.reportTitle} ${t.site.year}` } },
    ...chapters.map((c) => ({ params: { slug: c.id }, props: { kicker: frenchTypography(c.data.part), title: frenchTypography(c.data.title) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareCard({ kicker: props.kicker, title: props.title, footer: `${t.site.organisation} — ${t.site.reportTitle} ${t.site.year}` });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
