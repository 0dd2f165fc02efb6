import type { CategoricalData, ValueFormat } from '../charts/model';
import type { FigureSpec } from '../schemas/figure';
import { formatDay, formatNumber, formatPercent } from '../utils/format';
import { wholePercents } from '../charts/bars/bars';
import { percentText } from '../charts/donut/donut';
import { trendOf, type TrendWord } from './trend';
import { t } from '../strings';

// The alt text of a declarative figure when staff leave « description » empty: written in French
// from the data drawn — the kind of chart, how many items, the largest and smallest values, and
// for lines the trend of each series. Staff can always write their own.

export const count = (n: number, one: string, many: string) => `${formatNumber(n)}\u00a0${n > 1 ? many : one}`;

/** Names joined the French way: « A », « A et B », « A, B et C ». */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

interface Extreme {
  value: number;
  names: string[];
}

/** The largest and smallest values with every category that has them (ties listed, at most 3 names). */
export function extremes(items: readonly { name: string; value: number | null }[]): { max: Extreme; min: Extreme } | undefined {
  const present = items.filter((i): i is { name: string; value: number } => i.value !== null);
  if (!present.length) return undefined;
  const pick = (value: number) => {
    const names = present.filter((i) => i.value === value).map((i) => i.name);
    return { value, names: names.length > 3 ? [...names.slice(0, 3), count(names.length - 3, 'autre', 'autres')] : names };
  };
  return { max: pick(Math.max(...present.map((i) => i.value))), min: pick(Math.min(...present.map((i) => i.value))) };
}

export function extremesSentence(items: readonly { name: string; value: number | null }[], format: ValueFormat): string {
  const e = extremes(items);
  if (!e) return 'Aucune valeur.';
  if (e.max.value === e.min.value) return `Toutes les valeurs sont égales : ${format(e.max.value)}.`;
  return `Valeur la plus élevée : ${joinNames(e.max.names)} (${format(e.max.value)}) ; la plus faible : ${joinNames(e.min.names)} (${format(e.min.value)}).`;
}

/** The sentence naming what « surligner » highlights (« En évidence : Estrie et Laval. »), with its leading space; nothing when nothing is. */
export function highlightSentence(names: readonly string[]): string {
  return names.length ? ` ${t.highlight.described(joinNames(names))}` : '';
}

const trendWords: Record<TrendWord, string> = { hausse: 'en hausse', baisse: 'en baisse', stable: 'stable', aucune: 'sans tendance nette' };

/** The French alt text of a declarative figure, from what it draws; `kind` names the drawing (its type's `kindName`). Ends with what « surligner » highlights. */
export function describeFigure(
  kind: string,
  spec: FigureSpec,
  data: CategoricalData | undefined,
  format: ValueFormat | undefined,
  xKind: 'year' | 'date' | 'category',
  table?: { rows: number; headers: readonly string[]; highlighted?: readonly string[] },
): string {
  const chosen = [...(data?.categories ?? []), ...(data?.series ?? [])].filter((item) => item.highlight).map((item) => item.label);
  return describeData(kind, spec, data, format, xKind, table) + highlightSentence(table?.highlighted ?? chosen);
}

function describeData(
  kind: string,
  spec: FigureSpec,
  data: CategoricalData | undefined,
  format: ValueFormat | undefined,
  xKind: 'year' | 'date' | 'category',
  table?: { rows: number; headers: readonly string[] },
): string {
  if (spec.type === 'tableau' && table) {
    return `${kind} de ${count(table.rows, 'ligne', 'lignes')} et ${count(table.headers.length, 'colonne', 'colonnes')} : ${table.headers.join(', ')}.`;
  }
  if (!data || !format) return `${kind}.`;
  const { categories, series, values } = data;
  const seriesPart = series.length > 1 ? ` et ${count(series.length, 'série', 'séries')} (${joinNames(series.map((s) => s.label))})` : '';

  if (spec.type === 'carte-regions') {
    const missing = values[0]!.filter((v) => v === null).length;
    const items = categories.map((c, i) => ({ name: c.label, value: values[0]![i] ?? null }));
    const noData = missing ? ` ${count(missing, 'région n’a', 'régions n’ont')} pas de donnée.` : '';
    return `${kind}, colorées selon « ${series[0]!.label} ». ${extremesSentence(items, format)}${noData}`;
  }

  if (spec.type === 'anneau') {
    const parts = values[0]!.map((v) => v ?? 0);
    const total = parts.reduce((a, b) => a + b, 0);
    const items = categories.map((c, i) => ({ name: c.label, value: parts[i]! }));
    const e = extremes(items)!;
    // Note: the shares as the drawing writes them.
    const share = (v: number) => percentText(total > 0 ? v / total : 0);
    return `${kind} de ${count(categories.length, 'part', 'parts')}, total ${format(total)}. La plus grande part : ${joinNames(e.max.names)}, ${share(e.max.value)} (${format(e.max.value)}) ; la plus petite : ${joinNames(e.min.names)}, ${share(e.min.value)} (${format(e.min.value)}).`;
  }

  if (spec.type === 'lignes') {
    // Dates are said the French way: « 15 janvier 2020 ».
    const said = (c: (typeof categories)[number]) => (xKind !== 'date' || c.position === undefined || c.label.includes('–') ? c.label : formatDay(c.position));
    const first = categories[0] ? said(categories[0]) : '';
    const last = categories.at(-1) ? said(categories.at(-1)!) : '';
    const single = categories.length === 1;
    const points = `(${count(categories.length, 'point', 'points')})`;
    let range = xKind === 'category' ? points : xKind === 'date' ? `du ${first} au ${last} ${points}` : `de ${first} à ${last} ${points}`;
    if (single) range = xKind === 'date' ? `d’un seul point, le ${first}` : `d’un seul point, ${first}`;
    const perSeries = series.map((s, i) => {
      const points = categories
        .map((c, k) => ({ name: said(c), t: c.position ?? k, value: values[i]![k] ?? null }))
        .filter((p): p is { name: string; t: number; value: number } => p.value !== null);
      const name = series.length > 1 ? `${s.label} : ` : '';
      if (points.length === 0) return `${s.label} : aucune valeur.`;
      if (single) return `${name}${format(points[0]!.value)}.`;
      if (points.length === 1) return `${name}une seule valeur, ${format(points[0]!.value)} (${points[0]!.name}).`;
      const a = points[0]!;
      const b = points.at(-1)!;
      const e = extremes(points)!;
      return `${name}de ${format(a.value)} (${a.name}) à ${format(b.value)} (${b.name}), ${trendWords[trendOf(points).word]} ; maximum ${format(e.max.value)} (${joinNames(e.max.names)}), minimum ${format(e.min.value)} (${joinNames(e.min.names)}).`;
    });
    const seriesIntro = series.length > 1 ? `de ${count(series.length, 'série', 'séries')} ` : '';
    const sentences = perSeries.map((p) => p.charAt(0).toUpperCase() + p.slice(1));
    return `${kind} ${seriesIntro}${range}. ${sentences.join(' ')}`.replace(/ {2,}/g, ' ').trim();
  }

  const stacked100 = 'pourcentages' in spec && spec.pourcentages;
  const head = `${kind} de ${count(categories.length, 'catégorie', 'catégories')}${seriesPart}${stacked100 ? ', chaque barre ramenée à 100 %' : ''}.`;
  if (series.length === 1) {
    const items = categories.map((c, i) => ({ name: c.label, value: values[0]![i] ?? null }));
    return `${head} ${extremesSentence(items, format)}`;
  }
  if (stacked100) {
    // Note: whole percents that add up to 100 in each bar, as the drawing writes them.
    const shares = categories.flatMap((c, i) => {
      const percents = wholePercents(values.map((v) => Math.abs(v[i] ?? 0)));
      return series.map((serie, k) => ({ name: `${serie.label} en ${c.label}`, value: percents[k]! / 100 }));
    });
    const e = extremes(shares)!;
    return `${head} Part la plus élevée : ${joinNames(e.max.names)} (${formatPercent(e.max.value)}) ; la plus faible : ${joinNames(e.min.names)} (${formatPercent(e.min.value)}).`;
  }
  const stackedTotals = spec.type.endsWith('empilees');
  if (stackedTotals) {
    const items = categories.map((c, i) => ({ name: c.label, value: values.reduce((sum, v) => sum + (v[i] ?? 0), 0) }));
    const e = extremes(items)!;
    return `${head} Total le plus élevé : ${joinNames(e.max.names)} (${format(e.max.value)}) ; le plus faible : ${joinNames(e.min.names)} (${format(e.min.value)}).`;
  }
  const items = categories.flatMap((c, i) => series.map((s, k) => ({ name: `${c.label}, ${s.label}`, value: values[k]![i] ?? null })));
  return `${head} ${extremesSentence(items, format)}`;
}
