import { z } from 'astro/zod';
import { axisTitle, common, multiSeries, strict } from '../../../schemas/figure-keys';
import type { ChartCategory } from '../../../charts/model';
import { renderLines } from '../../../charts/lines/lines';
import { formatDay } from '../../../utils/format';
import { describeFigure } from '../../describe';
import { prepareCategorical, type XKind } from '../categorical';
import { defineChartType } from '../contract';
import { t } from '../../../strings';

// Lines: one or more series over years, dates or ordered categories.

const m = t.figureFile;
const kindName = 'Graphique linéaire';
const xAxisKinds = ['auto', 'annees', 'dates', 'categories'] as const;

/** A date cell (2019-05-01 or 01/05/2019) as epoch milliseconds (UTC), or undefined. */
function parseDate(cell: string): number | undefined {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : cell;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const d = new Date(time);
  return d.getUTCMonth() === Number(match[2]) - 1 && d.getUTCDate() === Number(match[3]) ? time : undefined;
}

export default defineChartType({
  order: 7,
  summary: 'lignes : une ou plusieurs séries au fil des années ou des dates',
  kindName,
  kind: 'chart',
  schema: strict({
    ...common,
    ...multiSeries,
    'titre-axe': axisTitle,
    /** What the category column holds: years, dates, or plain categories (auto: found from the values). */
    'axe-x': z.enum(xAxisKinds, { errorMap: () => ({ message: `axe-x : une de ces valeurs attendue : ${xAxisKinds.join(', ')}` }) }).default('auto'),
  }),
  examples: ['exemple-lignes', 'exemple-lignes-dates', 'exemple-lignes-etapes'],
  prepare: (context) => {
    const { spec } = context;
    return prepareCategorical(context, {
      axis: ({ keyProblem, problems, before, sink, csvFile, csvName, table }, categories, categoryLine, categoryCol, order) => {
        const labels = categories.map((c) => c.label);
        const years = labels.every((l) => /^\d{4}$/.test(l));
        const dates = labels.map(parseDate);
        const wanted = spec['axe-x'];
        if (wanted === 'annees' && !years) keyProblem('axe-x', m.xNotYears);
        if (wanted === 'dates' && dates.some((d) => d === undefined)) keyProblem('axe-x', m.xNotDates);
        if (problems.length > before) return undefined;
        const xKind: XKind =
          wanted === 'annees' || (wanted === 'auto' && years) ? 'year' : wanted === 'dates' || (wanted === 'auto' && dates.every((d) => d !== undefined)) ? 'date' : 'category';
        categories.forEach((c, i) => (c.position = xKind === 'year' ? Number(c.label) : xKind === 'date' ? dates[i] : i));
        // One date written two ways (2019-05-01 and 01/05/2019) is one point: the line cannot go back in time.
        const seen = new Map<number, ChartCategory>();
        for (const c of categories) {
          const first = seen.get(c.position!);
          if (first) sink.add({ file: csvFile, line: categoryLine.get(c.key)!, column: categoryCol + 1, columnName: table.header[categoryCol] }, m.sameDate(c.label, first.label, categoryLine.get(first.key)!));
          else seen.set(c.position!, c);
        }
        if (categories.length < 2) keyProblem('type', m.lineOnePoint(csvName, categoryLine.get(categories[0]!.key)!));
        if (problems.length > before) return undefined;
        // Dates are shown the French way (« 15 janvier 2020 »); the key keeps the date as written.
        if (xKind === 'date') categories.forEach((c) => (c.label = formatDay(c.position!)));
        if (xKind !== 'category') order = order.sort((a, b) => categories[a]!.position! - categories[b]!.position!);
        return { xKind, order };
      },
      large: 'average',
      describe: (data, format, xKind) => describeFigure(kindName, spec, data, format, xKind),
      render: (data, request, xKind) => renderLines(data, { ...request, xKind }),
    });
  },
});
