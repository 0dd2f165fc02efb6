import { z } from 'astro/zod';
import { axisTitle, categoryTitle, column, common, strict } from '../../../schemas/figure-keys';
import type { CategoricalData, ValueFormat } from '../../../charts/model';
import { formatNumber } from '../../../utils/format';
import { count, extremes, highlightSentence, joinNames } from '../../describe';
import { highlightKey, seriesHighlight } from '../highlight';
import { trendOf, type TrendWord } from '../../trend';
import { linePointsTarget, maxLinePoints, prepareCategorical, type XKind } from '../categorical';
import { t } from '../../../strings';
import { timeAxis, xAxisKinds } from '../time-axis';
import { defineChartType, type PrepareContext } from '../contract';
import { maxPanels, panelCharts, renderMultiples, type PanelChart } from './render';
import { textes } from './textes';
import about from './about';

// Small multiples (petits-multiples): the same small chart, lines or columns, once per value of a
// column (one per region…), on one value axis, in a grid that follows the drawing's width. Its CSV is
// long: a panel column, a category column and a value column; each panel is a series of the shared
// categorical reading (src/figures/types/categorical.ts), its time axis that of lines.

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The written description: how many charts of what, their span, the highest and lowest values, and over time the last values and each panel's trend. */
export function describeMultiples(data: CategoricalData, format: ValueFormat, xKind: XKind, chart: PanelChart): string {
  const { categories, series, values } = data;
  const [one, many] = textes.chartNames[chart];
  const sentences = [textes.head(textes.kindName, count(series.length, one, many), joinNames(series.map((s) => s.label)))];
  const [mark, markPlural] = textes.markNames[chart];
  const marks = count(categories.length, mark, markPlural);
  const years = categories.every((c) => /^\d{4}$/.test(c.label));
  const timed = xKind !== 'category' || years;
  const first = categories[0]!.label;
  const last = categories.at(-1)!.label;
  sentences.push(xKind === 'date' ? textes.span.date(first, last, marks) : timed ? textes.span.year(first, last, marks) : textes.span.category(count(categories.length, ...textes.categoryNames)));
  // The highest and lowest values, ties named once per panel (« Côte-Nord, 2019 et 2020 »).
  const present = series.flatMap((s, p) => categories.flatMap((c, i) => (values[p]![i] === null || values[p]![i] === undefined ? [] : [{ panel: s.label, at: c.label, value: values[p]![i]! }])));
  if (present.length) {
    const where = (value: number) => {
      const byPanel = new Map<string, string[]>();
      for (const m of present) if (m.value === value) byPanel.set(m.panel, [...(byPanel.get(m.panel) ?? []), m.at]);
      const names = [...byPanel].map(([panel, at]) => textes.at(panel, joinNames(at)));
      return joinNames(names.length > 3 ? [...names.slice(0, 3), count(names.length - 3, ...textes.others)] : names);
    };
    const max = Math.max(...present.map((m) => m.value));
    const min = Math.min(...present.map((m) => m.value));
    sentences.push(max === min ? textes.allEqual(format(max)) : textes.extremes(format(max), where(max), format(min), where(min)));
  }
  if (!timed) return sentences.join(' ');
  const end = extremes(series.map((s, p) => ({ name: s.label, value: values[p]!.at(-1) ?? null })));
  if (end && end.max.value !== end.min.value && values.filter((row) => row.at(-1) !== null && row.at(-1) !== undefined).length > 1) {
    sentences.push(textes.last(last, format(end.max.value), joinNames(end.max.names), format(end.min.value), joinNames(end.min.names)));
  }
  const groups = new Map<TrendWord, string[]>();
  for (const [p, s] of series.entries()) {
    const points = categories.flatMap((c, i) => (values[p]![i] === null || values[p]![i] === undefined ? [] : [{ t: c.position ?? (years ? Number(c.label) : i), value: values[p]![i]! }]));
    const word = trendOf(points).word;
    groups.set(word, [...(groups.get(word) ?? []), s.label]);
  }
  const parts = (['hausse', 'baisse', 'stable', 'aucune'] as const).filter((w) => groups.get(w)?.length).map((w) => textes.trend(textes.trends[w], joinNames(groups.get(w)!)));
  sentences.push(`${sentence(parts.join(' ; '))}.`);
  return sentences.join(' ');
}

const schema = strict({
  ...common,
  /** The column whose values each get a chart (one per region…). */
  panneau: column('panneau'),
  /** The column of each chart's categories (years, dates or names). */
  categorie: column('categorie'),
  'titre-categories': categoryTitle,
  /** The column of the values (numbers). */
  valeur: column('valeur'),
  /** What each small chart is: lines (the default) or columns. */
  graphique: z.enum(panelCharts, { error: textes.graphique(panelCharts) }).default('lignes'),
  'titre-axe': axisTitle,
  /** Lines only: what the category column holds (auto: found from the values). */
  'axe-x': z.enum(xAxisKinds, { error: textes.axeX(xAxisKinds) }).default('auto'),
  /** Panels drawn in their colour with their name in bold, the others muted. */
  surligner: highlightKey('panneau'),
});

/** Dates per panel of the size case: its rows shared by four panels. */
const casePanels = ['Estrie', 'Montérégie', 'Laurentides', 'Outaouais'];

export default defineChartType({
  ...about,
  kindName: textes.kindName,
  kind: 'chart',
  schema,
  gallery: {
    'exemple-petits-multiples': { first: 'Montréal — 2015\u00a0: 120', count: 36 },
    'exemple-petits-multiples-colonnes': { first: 'Habitation — 2016\u00a0: 320', count: 20 },
    'exemple-petits-multiples-surligner': { first: 'Montréal — 2015\u00a0: 120', count: 36 },
  },
  largeCase: {
    keys: 'panneau: region\ncategorie: date\nvaleur: emplois\n',
    csv: (rows, random) => {
      const lines = ['region,date,emplois'];
      for (let i = 0; i < rows; i++) {
        const date = new Date(Date.UTC(1800, 0, 1) + Math.floor(i / casePanels.length) * 86_400_000).toISOString().slice(0, 10);
        lines.push(`${casePanels[i % casePanels.length]},${date},${Math.round(100 + random() * 50)}`);
      }
      return `${lines.join('\n')}\n`;
    },
    drawn: (rows) => {
      const dates = Math.ceil(rows / casePanels.length);
      if (dates <= maxLinePoints) return { rows: dates, note: undefined };
      const size = Math.ceil(dates / linePointsTarget);
      const buckets = Math.ceil(dates / size);
      return { rows: buckets, note: t.figureFile.aggregatedPoints(formatNumber(buckets), formatNumber(dates), formatNumber(size)) };
    },
  },
  prepare: (context) => {
    const { spec, keyProblem, table } = context;
    const lines = spec.graphique === 'lignes';
    if (!lines && spec['axe-x'] !== 'auto') keyProblem('axe-x', textes.axeXColumns);
    // Each panel is a series of the shared reading, its column named by « panneau » in every message.
    const panels: PrepareContext<typeof spec & { serie: string }> = {
      ...context,
      spec: { ...spec, serie: spec.panneau },
      columnIndex: (key, name) => context.columnIndex(key === 'serie' ? 'panneau' : key, name),
    };
    return prepareCategorical(panels, {
      checkValues: (_context, _values, _cols, { series }) => {
        const column = table.header[table.header.indexOf(spec.panneau)]!;
        if (series.length > maxPanels) keyProblem('panneau', textes.tooManyPanels(series.length, column, maxPanels, series.map((s) => s.label)));
        else if (series.length < 2) keyProblem('panneau', textes.onePanel(column, series[0]!.label));
        else return true;
        return false;
      },
      series: seriesHighlight(spec.surligner, 'panneau'),
      axis: lines ? timeAxis(spec['axe-x'], textes.onePoint) : undefined,
      large: lines ? 'average' : 'cut',
      describe: (data, format, xKind) =>
        describeMultiples(data, format, xKind, spec.graphique) + highlightSentence(data.series.filter((s) => s.highlight).map((s) => s.label)),
      render: (data, request, xKind) => renderMultiples(data, { ...request, chart: spec.graphique, xKind }),
    });
  },
});
