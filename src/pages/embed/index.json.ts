import type { APIRoute } from 'astro';
import { allFigures, buildFigure } from '../../figures/index';
import { figureLocations } from '../../utils/figure-locations';
import { absoluteUrl, embedPath } from '../../utils/embed';

/** The catalogue of figures for machines: what each is, where it is embedded from and its data. */
export const GET: APIRoute = async () => {
  const locations = await figureLocations();
  const list = allFigures().map((f) => {
    const location = locations.get(f.id);
    return {
      id: f.id,
      title: f.title,
      description: buildFigure(f.id).description,
      kind: f.kind,
      embedUrl: absoluteUrl(embedPath(f.id)),
      oembedUrl: absoluteUrl(`${embedPath(f.id)}oembed.json`),
      chapterUrl: location ? absoluteUrl(`/chapitres/${location.chapter}/#${location.anchor}`) : null,
      dataUrls: [absoluteUrl(`/figures/${f.id}.csv`), ...f.datasets.map((d) => absoluteUrl(`/donnees/${d}`))],
      pngUrl: absoluteUrl(`/figures/${f.id}.png`),
    };
  });
  return new Response(JSON.stringify({ figures: list }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
