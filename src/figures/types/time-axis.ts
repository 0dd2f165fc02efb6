import type { ChartCategory } from '../../charts/model';
import { formatDay } from '../../utils/format';
import type { CategoricalHooks, XKind } from './categorical';
import { t } from '../../strings';

// Shared by the types drawn over time (lignes, aires): what the category column holds (years, dates
// or plain categories, « axe-x »), each category's position, one date written two ways refused,
// dates shown the French way, and the categories in time order.

const m = t.figureFile;

/** What « axe-x » may say. */
export const xAxisKinds = ['auto', 'annees', 'dates', 'categories'] as const;

/** A date cell (2019-05-01 or 01/05/2019) as epoch milliseconds (UTC), or undefined. */
export function parseDate(cell: string): number | undefined {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : cell;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const d = new Date(time);
  return d.getUTCMonth() === Number(match[2]) - 1 && d.getUTCDate() === Number(match[3]) ? time : undefined;
}

/** The axis hook of a type drawn over time, for the « axe-x » its figure file says; `onePoint` says that one date cannot be drawn. */
export function timeAxis<Spec>(wanted: (typeof xAxisKinds)[number], onePoint: (file: string, line: number) => string = m.lineOnePoint): NonNullable<CategoricalHooks<Spec>['axis']> {
  return ({ keyProblem, problems, before, sink, csvFile, csvName, table }, categories, categoryLine, categoryCol, order) => {
    const labels = categories.map((c) => c.label);
    const years = labels.every((l) => /^\d{4}$/.test(l));
    const dates = labels.map(parseDate);
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
    if (categories.length < 2) keyProblem('type', onePoint(csvName, categoryLine.get(categories[0]!.key)!));
    if (problems.length > before) return undefined;
    // Dates are shown the French way (« 15 janvier 2020 »); the key keeps the date as written.
    if (xKind === 'date') categories.forEach((c) => (c.label = formatDay(c.position!)));
    if (xKind !== 'category') order = order.sort((a, b) => categories[a]!.position! - categories[b]!.position!);
    return { xKind, order };
  };
}
