import { z } from 'astro/zod';
import { axisTitle, common, multiSeries, strict, yesNo } from '../../../schemas/figure-keys';
import type { CategoricalData, ValueFormat } from '../../../charts/model';
import { formatNumber, formatPercent } from '../../../utils/format';
import { wholePercents } from '../../../charts/bars/bars';
import { count, highlightSentence, joinNames } from '../../describe';
import { highlightKey, seriesHighlight } from '../highlight';
import { trendOf } from '../../trend';
import { linePointsTarget, maxLinePoints, prepareCategorical, type XKind } from '../categorical';
import { t } from '../../../strings';
import { timeAxis, xAxisKinds } from '../time-axis';
import { annotationsSchema } from '../../annotations';
import { defineChartType } from '../contract';
import { renderAreas } from './render';
import { textes } from './textes';
import about from './about';

// Areas (aires): one series over time, or several stacked (also to 100 % of each date).

/** The written description: what is drawn over which span, then each series (or its share) from first to last date, with its trend. */
export function describeAreas(data: CategoricalData, format: ValueFormat, xKind: XKind, percent: boolean): string {
  const { categories, series, values } = data;
  const names = series.map((s) => s.label);
  const seriesPart = series.length > 1 ? (percent ? textes.seriesPart100 : textes.seriesPart)(count(series.length, 'série', 'séries'), joinNames(names)) : '';
  const points = count(categories.length, 'point', 'points');
  const first = categories[0]!.label;
  const last = categories.at(-1)!.label;
  const range = xKind === 'year' ? textes.years(first, last, points) : xKind === 'date' ? textes.dates(first, last, points) : textes.categories(points);
  const sentences = [textes.head(textes.kindName, seriesPart, range)];
  const trendOfRow = (row: readonly (number | null)[]) =>
    textes.trendWords[trendOf(categories.flatMap((c, i) => (row[i] === null || row[i] === undefined ? [] : [{ t: c.position ?? i, value: row[i]! }]))).word];
  const fromTo = (name: string, row: readonly (number | null)[], shown: (v: number) => string) => {
    const present = row.flatMap((v, i) => (v === null ? [] : [{ v, at: categories[i]!.label }]));
    if (present.length === 0) return `${name} : aucune valeur.`;
    return textes.fromTo(name, shown(present[0]!.v), present[0]!.at, shown(present.at(-1)!.v), present.at(-1)!.at, trendOfRow(row));
  };
  if (series.length === 1) return `${sentences[0]} ${fromTo(names[0]!, values[0]!, format)}`;
  const totals = categories.map((_, c) => values.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  if (percent) {
    // Note: whole percents that add up to 100 at each date, as the drawing writes them.
    const percents = (c: number) => wholePercents(values.map((row) => row[c] ?? 0));
    for (const [s, name] of names.entries()) {
      const share = (c: number) => formatPercent(percents(c)[s]! / 100);
      sentences.push(textes.shareFromTo(name, share(0), first, share(categories.length - 1), last));
    }
    return sentences.join(' ');
  }
  sentences.push(fromTo(textes.total, totals, format));
  for (const [s, name] of names.entries()) sentences.push(fromTo(name, values[s]!, format));
  return sentences.join(' ');
}

export default defineChartType({
  ...about,
  kindName: textes.kindName,
  kind: 'chart',
  listen: { mode: 'marks', skip: [textes.total] },
  schema: strict({
    ...common,
    ...multiSeries,
    'titre-axe': axisTitle,
    /** What the category column holds: years, dates, or plain categories (auto: found from the values). */
    'axe-x': z.enum(xAxisKinds, { error: `axe-x : une de ces valeurs attendue : ${xAxisKinds.join(', ')}` }).default('auto'),
    /** Each date stacked to 100 %. */
    pourcentages: yesNo('pourcentages').default(false),
    /** Series drawn in their colour, the others muted. */
    surligner: highlightKey('serie'),
    annotations: annotationsSchema,
  }),
  largeCase: {
    keys: 'categorie: date\nvaleurs: [Coopératives, OBNL, Mutuelles]\n',
    csv: (rows, random) => {
      const lines = ['date,Coopératives,OBNL,Mutuelles'];
      for (let i = 0; i < rows; i++) {
        const date = new Date(Date.UTC(1800, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        lines.push(`${date},${Math.round(100 + random() * 50)},${Math.round(200 + random() * 80)},${Math.round(random() * 40)}`);
      }
      return `${lines.join('\n')}\n`;
    },
    drawn: (rows) => {
      if (rows <= maxLinePoints) return { rows, note: undefined };
      const size = Math.ceil(rows / linePointsTarget);
      const buckets = Math.ceil(rows / size);
      return { rows: buckets, note: t.figureFile.aggregatedPoints(formatNumber(buckets), formatNumber(rows), formatNumber(size)) };
    },
  },
  gallery: {
    'exemple-aires': { first: '2012\u00a0: Coopératives\u00a0: 1\u202f200\u202f; OBNL\u00a0: 2\u202f100\u202f; Mutuelles\u00a0: 300\u202f; Total\u00a0: 3\u202f600', count: 9 },
    'exemple-aires-annotations': { first: '2012\u00a0: Coopératives\u00a0: 1\u202f200\u202f; OBNL\u00a0: 2\u202f100\u202f; Mutuelles\u00a0: 300\u202f; Total\u00a0: 3\u202f600', count: 11 },
    'exemple-aires-100': {
      first: '2012\u00a0: Coopératives\u00a0: 1\u202f200 (33\u00a0%)\u202f; OBNL\u00a0: 2\u202f100 (59\u00a0%)\u202f; Mutuelles\u00a0: 300 (8\u00a0%)\u202f; Total\u00a0: 3\u202f600',
      count: 9,
    },
    'exemple-aires-surligner': { first: '2012\u00a0: Coopératives\u00a0: 1\u202f200\u202f; OBNL\u00a0: 2\u202f100\u202f; Mutuelles\u00a0: 300\u202f; Total\u00a0: 3\u202f600', count: 9 },
  },
  prepare: (context) => {
    const { spec } = context;
    const valueKey = spec.valeurs ? 'valeurs' : 'valeur';
    return prepareCategorical(context, {
      noNegative: true,
      // Stacked areas need every value (a gap would make the areas above it fall), and at 100 % a total above 0.
      checkValues: ({ keyProblem }, values, _valueCols, { categories, series }) => {
        if (values.length < 2) return true;
        for (const [s, row] of values.entries()) {
          const gap = row.findIndex((v) => v === null);
          if (gap >= 0) {
            keyProblem(valueKey, textes.gap(valueKey, series[s]!.label, categories[gap]!.label));
            return false;
          }
        }
        const empty = categories.findIndex((_, c) => values.every((row) => row[c] === 0));
        if (spec.pourcentages && empty >= 0) {
          keyProblem('pourcentages', textes.noWhole(categories[empty]!.label));
          return false;
        }
        return true;
      },
      series: seriesHighlight(spec.surligner),
      axis: timeAxis(spec['axe-x'], textes.onePoint),
      large: 'average',
      describe: (data, format, xKind) => describeAreas(data, format, xKind, spec.pourcentages) + highlightSentence(data.series.filter((s) => s.highlight).map((s) => s.label)),
      shares: spec.pourcentages,
      render: (data, request, xKind) => renderAreas(data, { ...request, xKind, percent: spec.pourcentages }),
    });
  },
});
