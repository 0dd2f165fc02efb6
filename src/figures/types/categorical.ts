import type { CategoricalData, ChartCategory, ChartSeries, ValueFormat } from '../../charts/model';
import type { ChartAnnotation } from '../../charts/annotate';
import { resolveCategoricalAnnotations } from '../annotations';
import { formatNumber } from '../../utils/format';
import type { RenderRequest } from '../types';
import type { DeclaredRow, Formats, Prepared, PrepareContext } from './contract';
import { t } from '../../strings';

// Shared by the chart types that draw categories × series (bars, columns, lines, donut): the
// category column, one value column per series (wide CSV) or a series column and a value column
// (long CSV), duplicates and empty names refused, sorting, large data cut or averaged. What differs
// per type comes in as hooks, called in this order.

const m = t.figureFile;

/** Most categories a bar or column chart draws; more are cut, with a note. */
export const maxCategories = 60;
/** Points per line series above which consecutive points are averaged, and the count they are brought to. */
export const maxLinePoints = 500;
export const linePointsTarget = 250;
/** Decimals an average of consecutive points keeps beyond those of the data. */
export const averagedExtraDecimals = 2;

export type XKind = 'year' | 'date' | 'category';

/** The column roles of a categorical figure file. */
export interface CategoricalSpec {
  categorie: string;
  /** The category column's header in the data table. */
  'titre-categories'?: string;
  valeur?: string;
  valeurs?: string[];
  serie?: string;
  tri?: 'aucun' | 'croissant' | 'decroissant';
  'titre-axe'?: string;
}

/** What the renderer of a categorical type is given besides the width and ids. */
export interface CategoricalRequest {
  format: ValueFormat;
  tickFormat: ValueFormat;
  valueLabel: string | undefined;
  /** The figure's annotations, in the chart's terms (src/figures/annotations.ts). */
  annotations: ChartAnnotation[];
}

export interface CategoricalHooks<Spec> {
  /** Negative values refused (stacks, parts of a whole). */
  noNegative?: boolean;
  /** After the values are read: more checks of them (false when a problem was pushed). */
  checkValues?(context: PrepareContext<Spec>, values: (number | null)[][], valueCols: number[], read: { categories: readonly ChartCategory[]; series: readonly ChartSeries[] }): boolean;
  /** The categories' positions on an axis (lines: years or dates) and their order; undefined when a problem was pushed. */
  axis?(context: PrepareContext<Spec>, categories: ChartCategory[], categoryLine: Map<string, number>, categoryCol: number, order: number[]): { xKind: XKind; order: number[] } | undefined;
  /** After reading: more checks or marks on the series (« surligner »; undefined when a problem was pushed). */
  series?(context: PrepareContext<Spec>, series: readonly ChartSeries[]): ChartSeries[] | undefined;
  /** After ordering: more checks or marks on the categories (undefined when a problem was pushed). */
  ordered?(context: PrepareContext<Spec>, ordered: ChartCategory[]): ChartCategory[] | undefined;
  /** Large data: bars keep their first categories, lines average consecutive points. */
  large?: 'cut' | 'average';
  /** More columns of the data table (the donut's shares). */
  table?(rows: DeclaredRow[], headers: string[], numeric: boolean[], values: (number | null)[][]): DeclaredRow[];
  /** The written description. */
  describe(data: CategoricalData, format: ValueFormat, xKind: XKind): string;
  /** Annotations: the values are shares of 100 % (no value line or band). */
  shares?: boolean;
  /** The drawing. */
  render(data: CategoricalData, request: RenderRequest & CategoricalRequest, xKind: XKind): string;
}

/** Reads a categorical figure's CSV into categories × series and prepares what it draws. */
export function prepareCategorical<Spec extends CategoricalSpec & { type: string; format: Parameters<PrepareContext['formatterFor']>[0] }>(
  context: PrepareContext<Spec>,
  hooks: CategoricalHooks<Spec>,
): Prepared | undefined {
  const { spec, table, csvFile, csvName, problems, before, sink, keyProblem, columnIndex, cellsOf, numberAt } = context;
  const categoryCol = columnIndex('categorie', spec.categorie);
  const multi = 'valeurs' in spec || 'serie' in spec ? spec : undefined;
  let valueCols: number[] = [];
  let seriesCol: number | undefined;
  if (multi) {
    if (multi.valeurs && (multi.serie || multi.valeur)) keyProblem(multi.serie ? 'serie' : 'valeur', m.seriesChoice);
    else if (multi.valeurs) valueCols = multi.valeurs.map((name) => columnIndex('valeurs', name)!);
    else if (multi.serie) {
      seriesCol = columnIndex('serie', multi.serie);
      if (!multi.valeur) keyProblem('serie', m.seriesChoice);
      else valueCols = [columnIndex('valeur', multi.valeur)!];
    } else if (multi.valeur) valueCols = [columnIndex('valeur', multi.valeur)!];
    else keyProblem('categorie', m.seriesMissing);
  } else {
    valueCols = [columnIndex('valeur', spec.valeur)!];
  }
  if (problems.length > before) return context.checkNumbersOnly(valueCols, multi?.valeurs ? 'valeurs' : 'valeur');

  const categories: ChartCategory[] = [];
  let series: ChartSeries[] = seriesCol === undefined ? valueCols.map((i) => ({ key: table.header[i]!, label: table.header[i]! })) : [];
  const cells = new Map<string, (number | null)[]>();
  const firstLine = new Map<string, number>();
  /** The line each category is first read from. */
  const categoryLine = new Map<string, number>();
  for (const record of table.records) {
    const label = cellsOf(record, categoryCol!);
    if (!label) {
      sink.add({ file: csvFile, line: record.line, column: categoryCol! + 1, columnName: table.header[categoryCol!] }, m.emptyCategory);
      continue;
    }
    let seriesIndex = 0;
    if (seriesCol !== undefined) {
      const name = cellsOf(record, seriesCol);
      seriesIndex = series.findIndex((s) => s.key === name);
      if (seriesIndex < 0) seriesIndex = series.push({ key: name, label: name }) - 1;
    }
    const dupKey = `${label}\u0000${seriesIndex}`;
    if (firstLine.has(dupKey)) {
      sink.add({ file: csvFile, line: record.line, column: categoryCol! + 1, columnName: table.header[categoryCol!] }, m.duplicateCategory(label, firstLine.get(dupKey)!));
      continue;
    }
    firstLine.set(dupKey, record.line);
    if (!cells.has(label)) {
      categories.push({ key: label, label });
      cells.set(label, []);
      categoryLine.set(label, record.line);
    }
    const row = cells.get(label)!;
    valueCols.forEach((col, j) => {
      const value = numberAt(record, col, multi?.valeurs ? 'valeurs' : 'valeur');
      if (value !== null && value < 0 && hooks.noNegative) {
        sink.add({ file: csvFile, line: record.line, column: col + 1, columnName: table.header[col] }, m.negative(`${context.id}.yaml`, spec.type));
      }
      row[seriesCol === undefined ? j : seriesIndex] = value;
    });
  }
  sink.close(csvFile);
  if (problems.length > before) return undefined;
  if (hooks.series) {
    const marked = hooks.series(context, series);
    if (!marked) return undefined;
    series = marked;
  }

  let values = series.map((_, s) => categories.map((c) => cells.get(c.key)![s] ?? null));
  // What could not be drawn is refused here, where `npm run check` sees it, not met while drawing.
  const valueKey = multi?.valeurs ? 'valeurs' : 'valeur';
  if (values.every((row) => row.every((v) => v === null))) {
    keyProblem(valueKey, m.noValues(valueKey, valueCols.map((i) => table.header[i]!), csvName));
    return undefined;
  }
  if (hooks.checkValues && !hooks.checkValues(context, values, valueCols, { categories, series })) return undefined;
  // The data's own decimals (the averages of long lines keep two more), whatever the display's.
  const decimals = context.decimalsFor(valueCols);
  const formats: Formats = context.formatterFor(spec.format, valueCols);
  const notes: string[] = [];
  const total = (c: number) => values.reduce((sum, v) => sum + (v[c] ?? 0), 0);

  // Order: as in the file, or by total.
  let order = categories.map((_, i) => i);
  if (spec.tri !== undefined && spec.tri !== 'aucun') {
    const sign = spec.tri === 'croissant' ? 1 : -1;
    order = order.sort((a, b) => sign * (total(a) - total(b)) || a - b);
  }

  let xKind: XKind = 'category';
  if (hooks.axis) {
    const axis = hooks.axis(context, categories, categoryLine, categoryCol!, order);
    if (!axis) return undefined;
    ({ xKind, order } = axis);
  }
  let ordered = order.map((i) => categories[i]!);
  values = values.map((v) => order.map((i) => v[i] ?? null));

  if (hooks.ordered) {
    const marked = hooks.ordered(context, ordered);
    if (!marked) return undefined;
    ordered = marked;
  }

  // Large data: bars keep their first categories, lines average consecutive points.
  if (hooks.large === 'cut' && ordered.length > maxCategories) {
    notes.push(m.truncatedCategories(formatNumber(maxCategories), formatNumber(ordered.length)));
    ordered = ordered.slice(0, maxCategories);
    values = values.map((v) => v.slice(0, maxCategories));
  }
  if (hooks.large === 'average' && ordered.length > maxLinePoints) {
    const size = Math.ceil(ordered.length / linePointsTarget);
    const buckets = Math.ceil(ordered.length / size);
    notes.push(m.aggregatedPoints(formatNumber(buckets), formatNumber(ordered.length), formatNumber(size)));
    const mean = (xs: (number | null | undefined)[]) => {
      const present = xs.filter((x): x is number => x !== null && x !== undefined);
      return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
    };
    // Averages keep two decimals more than the data (351.41, not 351.4062499999999, for whole numbers): drawn and downloaded alike.
    const averageDecimals = Math.min(decimals + averagedExtraDecimals, 10);
    const average = (xs: (number | null | undefined)[]) => {
      const value = mean(xs);
      return value === null ? null : Number(value.toFixed(averageDecimals));
    };
    const grouped: ChartCategory[] = [];
    const groupedValues: (number | null)[][] = values.map(() => []);
    for (let b = 0; b < buckets; b++) {
      const slice = ordered.slice(b * size, (b + 1) * size);
      grouped.push({
        key: slice[0]!.key,
        label: slice.length > 1 ? `${slice[0]!.label} – ${slice.at(-1)!.label}` : slice[0]!.label,
        position: mean(slice.map((c) => c.position)) ?? b,
      });
      values.forEach((v, s) => groupedValues[s]!.push(average(v.slice(b * size, (b + 1) * size))));
    }
    ordered = grouped;
    values = groupedValues;
  }

  const data: CategoricalData = { categories: ordered, series, values };
  // The data table's headers are words for readers: the category column's title, and for one series the value axis's title, when the figure file gives them (else the CSV's column names).
  const valueTitle = !multi && 'titre-axe' in spec ? spec['titre-axe'] : undefined;
  const headers = [spec['titre-categories'] ?? spec.categorie, ...series.map((s) => valueTitle ?? s.label)];
  const numeric = [false, ...series.map(() => true)];
  let rows: DeclaredRow[] = ordered.map((c, i) => ({
    raw: [xKind === 'date' && !c.label.includes(' – ') ? c.key : c.label, ...values.map((v) => v[i] ?? '')],
    shown: [c.label, ...values.map((v) => (v[i] === null || v[i] === undefined ? '—' : formats.value(v[i]!)))],
    ...(c.highlight ? { highlight: true } : {}),
  }));
  if (hooks.table) rows = hooks.table(rows, headers, numeric, values);
  const annotations = resolveCategoricalAnnotations(context, data, xKind, formats.value, { shares: hooks.shares });
  if (!annotations) return undefined;
  const request: CategoricalRequest = {
    format: formats.value,
    tickFormat: formats.tick,
    valueLabel: 'titre-axe' in spec ? spec['titre-axe'] : undefined,
    annotations: annotations.chart,
  };
  const description = hooks.describe(data, formats.value, xKind);
  const render = (r: RenderRequest): string => hooks.render(data, { ...r, ...request }, xKind);
  const highlightedColumns = series.flatMap((s, i) => (s.highlight ? [i + 1] : []));
  return { rows, headers, numeric, description, notes, render, annotations: annotations.sentences, ...(highlightedColumns.length ? { highlightedColumns } : {}) };
}
