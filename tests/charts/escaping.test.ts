import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { renderBarChart, type BarsOptions } from '../../src/charts/bars/bars';
import { renderLines } from '../../src/charts/lines/lines';
import { renderDonut } from '../../src/charts/donut/donut';
import { renderTable } from '../../src/charts/table/table';
import { renderQuebecMap } from '../../src/charts/map/quebec-map';
import { renderStructure } from '../../src/charts/structure/structure';
import { renderTimeline } from '../../src/charts/timeline/timeline';
import { renderShareCard } from '../../src/charts/share-card';
import { createSvg, finalizeSvg } from '../../src/charts/svg';
import { svgToPng } from '../../src/charts/png';
import type { CategoricalData } from '../../src/charts/model';
import { loadRegions, loadRegionShapes, loadRegionBorders } from '../../src/data/regions';
import { escapeMarkup } from '../../src/utils/markup';
import { formatNumber } from '../../src/utils/format';

// Labels as staff type them: every character that means something in markup, and a text that
// looks like an entity or a tag (it must be shown as typed, not interpreted).
const hostile = ['R&D interne', 'Arts & culture', '< 5 employés', `L'économie "sociale"`, '5 > 3 <b>&amp;</b>'] as const;

const request = { idPrefix: 'test-', labelledBy: 'titre', format: (v: number) => formatNumber(v) };
/** A page's view of the drawing: the HTML parser, as a browser reads the inline SVG. */
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
/** Text with its spaces removed: a label wrapped on several lines (tspans) still reads as one. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The drawing is well-formed XML (librsvg, behind sharp, is a strict XML parser: an unescaped `&`
 * or `<` stops it with « xmlParseEntityRef: no name »), and, read as a page reads it, every
 * hostile text is in the drawing's text and, where given, in the marks' data-label as typed.
 */
async function expectRoundTrip(svg: string, { labels = [], texts = hostile }: { labels?: readonly string[]; texts?: readonly string[] } = {}) {
  const png = await svgToPng(svg, 1);
  expect((await sharp(png).metadata()).format).toBe('png');
  const doc = parse(svg);
  expect(doc.querySelectorAll('b, script').length).toBe(0);
  const text = squeeze(doc.querySelector('svg')!.textContent ?? '');
  for (const label of texts) expect(text, label).toContain(squeeze(label));
  const marked = [...doc.querySelectorAll('[data-label]')].map((el) => el.getAttribute('data-label'));
  for (const label of labels) expect(marked, label).toContain(label);
}

const categorical = (series: readonly string[]): CategoricalData => ({
  categories: hostile.map((label, i) => ({ key: `k${i}`, label, position: i })),
  series: series.map((label, i) => ({ key: `s${i}`, label })),
  values: series.map((_, s) => hostile.map((_, i) => 10 + i * 7 + s * 3)),
});

describe('escapeMarkup', () => {
  it('turns the five markup characters into entities and leaves every other character alone', () => {
    expect(escapeMarkup(`R&D <5> "a" 'b' &amp; é\u00a0%`)).toBe('R&amp;D &lt;5&gt; &quot;a&quot; &#39;b&#39; &amp;amp; é\u00a0%');
  });
});

describe('finalizeSvg writes well-formed markup', () => {
  it('escapes text and attribute values alike, and keeps no-break spaces visible in text', () => {
    const svg = createSvg(10, 10);
    svg.append('text').attr('data-label', hostile[0]).text('a\u00a0b & c');
    svg.append('g').attr('data-key', '"><img src=x onerror=alert(1)>');
    const out = finalizeSvg(svg.node()!, request);
    expect(out).toContain('<text data-label="R&amp;D interne">a&#160;b &amp; c</text>');
    expect(out).toContain('<g data-key="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" />');
  });
});

describe('hostile labels round-trip through every renderer', () => {
  const barLayouts: [BarsOptions['orientation'], BarsOptions['layout'], number][] = [
    ['horizontal', 'single', 1],
    ['vertical', 'single', 1],
    ['horizontal', 'grouped', 2],
    ['vertical', 'stacked', 2],
    ['horizontal', 'stacked100', 2],
  ];
  for (const [orientation, layout, count] of barLayouts) {
    for (const width of [360, 640]) {
      it(`bars (${orientation}, ${layout}, width ${width})`, async () => {
        const seriesLabels = count === 1 ? ['Nombre'] : [`Série "A" & <B>`, `L'autre`];
        const svg = renderBarChart(categorical(seriesLabels), { ...request, width, orientation, layout, valueLabel: 'Titre & <axe>' });
        const labels = count === 1 ? hostile : hostile.flatMap((c) => seriesLabels.map((s) => `${c} — ${s}`));
        // Note: narrow columns label some categories only (the marks all carry theirs in data-label).
        const texts = orientation === 'vertical' && width < 640 ? [] : [...hostile];
        await expectRoundTrip(svg, { labels, texts: [...texts, 'Titre & <axe>', ...(count === 1 ? [] : seriesLabels)] });
      });
    }
  }

  for (const width of [360, 640]) {
    it(`lines (width ${width})`, async () => {
      const seriesLabels = [`Série "A" & <B>`, `L'autre`];
      const svg = renderLines(categorical(seriesLabels), { ...request, width, xKind: 'category', valueLabel: 'Titre & <axe>' });
      await expectRoundTrip(svg, { labels: hostile.flatMap((c) => seriesLabels.map((s) => `${c} — ${s}`)), texts: [...seriesLabels] });
    });

    it(`donut (width ${width})`, async () => {
      const svg = renderDonut(categorical(['Entreprises']), { ...request, width });
      await expectRoundTrip(svg, { labels: hostile });
    });

    it(`table (width ${width})`, async () => {
      const svg = renderTable(
        { headers: ['Secteur & <type>', `"Nombre"`], numeric: [false, true], rows: hostile.map((label, i) => [label, String(i)]) },
        { ...request, width },
      );
      await expectRoundTrip(svg, { texts: [...hostile, 'Secteur & <type>', `"Nombre"`] });
    });

    it(`structure (width ${width})`, async () => {
      const svg = renderStructure(
        {
          membersTitle: 'Membres & <partenaires>',
          members: [hostile[0], hostile[1]],
          center: { title: hostile[2], subtitle: hostile[3] },
          groups: [{ title: 'Axe "un"', color: '#0072b2', items: [hostile[4]] }],
        },
        { ...request, width },
      );
      await expectRoundTrip(svg, { texts: [...hostile, 'Membres & <partenaires>', 'Axe "un"'] });
    });

    it(`timeline (width ${width})`, async () => {
      const events = hostile.map((label, i) => ({
        id: `e${i}`,
        dateLabel: i === 0 ? `mai 2019 & "après"` : 'juin 2019',
        series: i === 1 ? 'R&D <labo>' : 'SISMIC',
        color: '#0072b2',
        start: new Date(Date.UTC(2019, 4 + i * 2, 1)),
        label,
      }));
      const svg = renderTimeline(events, [{ series: `L'« autre » & <série>`, color: '#c24e00', label: 'Non daté' }], { ...request, width });
      await expectRoundTrip(svg, { texts: [...hostile, `mai 2019 & "après"`, 'R&D <labo>', `L'« autre » & <série>`] });
    });
  }

  it('map (choropleth, legend inside as in the PNG)', async () => {
    const regions = loadRegions();
    const svg = renderQuebecMap(
      loadRegionShapes('overview'),
      loadRegionShapes('detail'),
      regions.map((r, i) => ({ code: r.code, title: `${r.name} : ${hostile[i % hostile.length]}`, classIndex: i % 2 })),
      [],
      {
        ...request,
        width: 640,
        mode: 'choropleth',
        borders: { overview: loadRegionBorders('overview'), detail: loadRegionBorders('detail') },
        classes: [
          { label: hostile[2], color: '#d6e6f2' },
          { label: hostile[3], color: '#005a87' },
        ],
        legendTitle: hostile[0],
        insetTitle: hostile[4],
        legendInside: true,
      },
    );
    await expectRoundTrip(svg, { texts: [...hostile, ...regions.map((r, i) => `${r.name} : ${hostile[i % hostile.length]}`)] });
  });

  it('share card (a PNG, so librsvg must read its SVG)', async () => {
    const png = await renderShareCard({ kicker: hostile[0], title: `${hostile[3]} ${hostile[2]}`, footer: hostile[4] });
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});
