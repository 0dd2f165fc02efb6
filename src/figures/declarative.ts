import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, type Document, type LineCounter } from 'yaml';
import { parseFrenchYaml } from '../utils/french-yaml';
import { DataError, displayPath, dataDir, type DataErrorLocation } from '../data/csv';
import { checkCsvShape, listCsvFiles, loadTable, parseNumberCell, decimalsOf } from '../data/table';
import { loadRegions, loadRegionShapes, loadRegionBorders } from '../data/regions';
import { figureSchemas, figureTypeNames, keysOf, type FigureSpec, type FigureType } from '../schemas/figure';
import type { CategoricalData, ChartCategory, ChartSeries, Legend } from '../charts/model';
import { renderBarChart } from '../charts/bars/bars';
import { renderLines } from '../charts/lines/lines';
import { renderDonut } from '../charts/donut/donut';
import { renderTable, type TableDrawing } from '../charts/table/table';
import { landFill, mapLegend, renderQuebecMap } from '../charts/map/quebec-map';
import { classify } from '../charts/map/classes';
import { valueFormatter, formatDay, formatNumber, formatPercent, type ValueUnit } from '../utils/format';
import { describeFigure } from './describe';
import type { FigureDefinition, RenderRequest, TableColumn } from './types';
import { t } from '../strings';

// Figures declared by staff in src/content/figures/<id>.yaml: the file is read with its line
// numbers, checked against the schema of its type, then its CSV is read and checked against the
// column roles. Every problem is reported with the file and line that hold it; a figure with a
// problem is never drawn.

const m = t.figureFile;

/** Where figure files live: src/content/figures, or REPORT_FIGURES_DIR (tests). */
export function figuresDir(): string {
  return path.resolve(process.env.REPORT_FIGURES_DIR ?? path.join(process.cwd(), 'src/content/figures'));
}

/** The gallery of example figures (every type, example data), read only when GALERIE=1: never published. */
export const gallery = { figures: 'docs/galerie/figures', data: 'docs/galerie/donnees' } as const;

/** Folders of figure files, each with the folder its CSV files are read from. */
export function figureSources(): { figures: string; data: string }[] {
  const sources = [{ figures: figuresDir(), data: dataDir() }];
  if (process.env.GALERIE === '1') sources.push({ figures: path.resolve(gallery.figures), data: path.resolve(gallery.data) });
  return sources;
}

/** Most categories a bar or column chart draws; more are cut, with a note. */
export const maxCategories = 60;
/** Points per line series above which consecutive points are averaged, and the count they are brought to. */
export const maxLinePoints = 500;
export const linePointsTarget = 250;
/** Decimals an average of consecutive points keeps beyond those of the data. */
export const averagedExtraDecimals = 2;
/** Most rows a table figure shows; more are cut, with a note. */
export const maxTableRows = 200;
/** Most parts of a donut. */
export const maxDonutParts = 6;

/** A figure file read and checked: its spec, or every problem found in it. */
export interface FigureFile {
  id: string;
  file: string;
  /** Folder its CSV is read from (data/, or the gallery's example data). */
  dataDir: string;
  spec?: FigureSpec;
  /** Line of each top-level key, for messages. */
  lines: Map<string, number>;
  problems: DataError[];
}

/** A row of a declarative figure's table: raw values (CSV download) and shown values (fr-CA). */
export interface DeclaredRow {
  raw: (string | number)[];
  shown: string[];
  /** Length of the in-cell bar (0 to 1), table figures with « barres » only. */
  bar?: number;
}

/** Reads one figure file: YAML with line numbers, then the schema of its type. */
export function readFigureFile(file: string, csvDir = dataDir()): FigureFile {
  const id = path.basename(file).replace(/\.ya?ml$/i, '');
  const lines = new Map<string, number>();
  const result: FigureFile = { id, file, dataDir: csvDir, lines, problems: [] };
  const problem = (line: number | undefined, text: string) => result.problems.push(new DataError({ file, line }, text));
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problem(undefined, m.badId);

  const source = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const { doc, lineCounter, problems: yamlProblems } = parseFrenchYaml(source, textKeys);
  if (yamlProblems.length) {
    for (const p of yamlProblems) result.problems.push(new DataError({ file, line: p.line, column: p.column }, m.yaml(p.text)));
    return result;
  }
  if (!isMap(doc.contents)) {
    problem(1, m.notAMap);
    return result;
  }
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
  }
  const data = editorForm(doc.toJS() as Record<string, unknown>, doc, lineCounter, lines);
  const type = data.type;
  if (type === undefined || type === null || type === '') {
    problem(1, m.missingType(figureTypeNames));
    return result;
  }
  if (typeof type !== 'string' || !(figureTypeNames as string[]).includes(type)) {
    problem(lines.get('type'), m.unknownType(String(type), figureTypeNames));
    return result;
  }
  const { type: _type, ...rest } = data;
  const parsed = figureSchemas[type as FigureType].safeParse(rest);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problem(lines.get(key), m.unknownKey(key, type, keysOf(type as FigureType), closest(key, keysOf(type as FigureType))));
        }
        continue;
      }
      const key = String(issue.path[0] ?? 'type');
      const message = issue.message.startsWith(key) || /manquante?$/.test(issue.message) ? issue.message : `${key} : ${issue.message}`;
      problem(lines.get(key) ?? 1, message);
    }
    return result;
  }
  // The example texts npm run new:figure writes are not yet the figure's.
  for (const [key, { text, write }] of Object.entries(m.placeholders)) {
    if ((parsed.data as Record<string, unknown>)[key] === text) problem(lines.get(key) ?? 1, m.placeholder(key, text, write));
  }
  if (result.problems.length) return result;
  result.spec = { ...parsed.data, type } as FigureSpec;
  return result;
}

/**
 * The browser editor writes the type and its column roles nested, as `type: { discriminant: barres,
 * value: { categorie: …, valeur: … } }`, unit per column as a list, and empty lists for roles left
 * out: this reads that form as the flat one (lines of the nested keys kept for messages).
 */
function editorForm(data: Record<string, unknown>, doc: Document, lineCounter: LineCounter, lines: Map<string, number>): Record<string, unknown> {
  const nested = data.type;
  if (typeof nested !== 'object' || nested === null || Array.isArray(nested) || !('discriminant' in nested)) return data;
  const { discriminant, value } = nested as { discriminant: unknown; value?: unknown };
  const roles: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(typeof value === 'object' && value !== null ? value : {})) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    roles[key] =
      key === 'formats' && Array.isArray(v)
        ? Object.fromEntries(v.map((item) => [String((item as Record<string, unknown>)?.colonne ?? ''), (item as Record<string, unknown>)?.format]))
        : v;
  }
  const typeNode = isMap(doc.contents) ? doc.contents.get('type', true) : undefined;
  const valueNode = isMap(typeNode) ? typeNode.get('value', true) : undefined;
  if (isMap(valueNode)) {
    for (const pair of valueNode.items) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  if (isMap(typeNode)) {
    const discriminantNode = typeNode.get('discriminant', true);
    if (isScalar(discriminantNode) && discriminantNode.range) lines.set('type', lineCounter.linePos(discriminantNode.range[0]).line);
  }
  return { ...data, type: discriminant, ...roles };
}

/** Keys whose value is always free text: read whole, « : » and « # » included, without quotes. */
export const textKeys = new Set(['titre', 'description', 'source', 'note', 'legende', 'titre-axe']);

/** The key nearest to a mistyped one (one or two letters off), for « vouliez-vous dire ». */
function closest(key: string, keys: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = d[0]!;
      d[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = d[j]!;
        d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return d[b.length]!;
  };
  const normalise = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const best = keys.map((k) => ({ k, d: distance(normalise(key), normalise(k)) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

/** The figure files of the folder, in id order. */
export function listFigureFiles(dir = figuresDir()): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort((a, b) => a.localeCompare(b))
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

/** What a declarative figure draws, prepared from its CSV. */
interface Prepared {
  rows: DeclaredRow[];
  /** Table figures cut at `maxTableRows`: every row, for the CSV download. */
  csvRows?: DeclaredRow[];
  headers: string[];
  numeric: boolean[];
  description: string;
  /** Sentences added to the note (large data cut or averaged). */
  notes: string[];
  render: (request: RenderRequest) => string;
  /** Maps: the legend shown in HTML under the drawing (drawn once). */
  legend?: Legend;
  clientData?: unknown;
  /** Table figures: the column holding in-cell bars. */
  barColumn?: number;
  /** Table figures: the column the rows are sorted by, and the order. */
  sortedColumn?: { index: number; order: 'ascending' | 'descending' };
}

/** Builds the figure definition of a checked figure file; its CSV is read when the figure is drawn. */
export function declaredFigure(figureFile: FigureFile & { spec: FigureSpec }): FigureDefinition<DeclaredRow> {
  const { id, spec } = figureFile;
  let memo: { key: string; prepared: Prepared } | undefined;
  const prepared = (): Prepared => {
    const key = `${statSafe(path.join(figureFile.dataDir, spec.donnees))}`;
    if (memo?.key === key) return memo.prepared;
    const problems: DataError[] = [];
    const result = prepare(figureFile, problems);
    if (problems.length || !result) throw new FigureProblems(problems);
    memo = { key, prepared: result };
    return result;
  };
  const kind = spec.type === 'carte-regions' ? 'map' : spec.type === 'tableau' ? 'table' : 'chart';
  const definition: FigureDefinition<DeclaredRow> = {
    id,
    kind,
    declared: { file: figureFile.file, type: spec.type, dataDir: figureFile.dataDir },
    title: spec.titre,
    description: () => spec.description ?? prepared().description,
    source: spec.source,
    get note() {
      const notes = [spec.note, ...prepared().notes].filter(Boolean);
      return notes.length ? notes.join(' ') : undefined;
    },
    datasets: [spec.donnees, ...(spec.type === 'carte-regions' ? ['geo/quebec-regions.topojson'] : [])],
    rows: () => prepared().rows,
    csvRows: () => prepared().csvRows ?? prepared().rows,
    get columns(): TableColumn<DeclaredRow>[] {
      const { headers, numeric, barColumn, sortedColumn } = prepared();
      return headers.map((label, i) => ({
        label,
        value: (r) => r.raw[i]!,
        format: (r) => r.shown[i]!,
        numeric: numeric[i],
        ...(i === barColumn ? { bar: (r: DeclaredRow) => r.bar ?? 0 } : {}),
        ...(i === sortedColumn?.index ? { sorted: sortedColumn.order } : {}),
      }));
    },
    get clientData() {
      const data = prepared().clientData;
      return data === undefined ? undefined : () => data;
    },
    render: (_rows, request) => prepared().render(request),
    ...(kind === 'map' ? { drawnOnce: true, legend: () => prepared().legend! } : {}),
  };
  return definition;
}

function statSafe(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Every problem of one figure, thrown when it is drawn (the build checks all figures before). */
export class FigureProblems extends Error {
  constructor(readonly problems: DataError[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'FigureProblems';
  }
}

/** Checks a figure file's CSV against its column roles and prepares what it draws; pushes every problem found. */
export function prepare(figureFile: FigureFile & { spec: FigureSpec }, problems: DataError[], warnings: DataError[] = []): Prepared | undefined {
  const { file: yamlFile, spec, lines, id } = figureFile;
  const keyProblem = (key: string, text: string) => problems.push(new DataError({ file: yamlFile, line: lines.get(key) ?? 1 }, text));
  const files = listCsvFiles(figureFile.dataDir);
  if (!files.includes(spec.donnees)) {
    keyProblem('donnees', m.missingData(spec.donnees, files));
    return undefined;
  }
  // The CSV's own shape (encoding, header, cells per row) comes first: with a wrong one, columns would be misread.
  const shape = checkCsvShape(spec.donnees, figureFile.dataDir);
  if (!shape.table || shape.errors.length) {
    problems.push(...shape.errors);
    if (shape.omitted) problems.push(new DataError({ file: path.join(figureFile.dataDir, spec.donnees) }, t.check.moreProblems(shape.omitted)));
    return undefined;
  }
  const table = shape.table;
  const csvFile = table.file;
  const csvName = displayPath(csvFile);
  if (table.records.length === 0) {
    keyProblem('donnees', m.noRows(csvName));
    return undefined;
  }
  const columnIndex = (key: string, name: string | undefined): number | undefined => {
    if (name === undefined) return undefined;
    const i = table.header.indexOf(name);
    if (i < 0) {
      keyProblem(key, m.unknownColumn(key, name, csvName, table.header));
      return -1;
    }
    return i;
  };
  const before = problems.length;
  const sink = new ProblemSink(problems, before);
  const cellsOf = (record: { cells: string[] }, i: number) => (record.cells[i] ?? '').trim();
  const numberAt = (record: { line: number; cells: string[] }, i: number, key: string): number | null => {
    const cell = cellsOf(record, i);
    const value = parseNumberCell(cell);
    if (value === undefined) {
      sink.add({ file: csvFile, line: record.line, column: i + 1, columnName: table.header[i] }, m.notNumeric(`${id}.yaml`, key, cell));
      return null;
    }
    // Note: « 1 » followed by 400 zeros is a number to the reader but Infinity to JavaScript: no scale can draw it.
    if (value !== null && !Number.isFinite(value)) {
      const shown = cell.length > 24 ? `${cell.slice(0, 20)}…` : cell;
      sink.add({ file: csvFile, line: record.line, column: i + 1, columnName: table.header[i] }, m.tooLarge(`${id}.yaml`, key, shown));
      return null;
    }
    return value;
  };
  const decimalsFor = (indices: number[]): number => {
    if (spec.decimales !== undefined) return spec.decimales;
    let most = 0;
    for (const r of table.records) for (const i of indices) if ((most = Math.max(most, decimalsOf(cellsOf(r, i)))) >= 3) return 3;
    return most;
  };

  // Percentages: written as fractions (0,12 for 12 %) when the file says so, otherwise warned about when they look like fractions.
  const units = spec.type === 'tableau' ? [spec.format, ...Object.values(spec.formats)] : [spec.format];
  if (spec.fractions && !units.includes('pourcentage')) keyProblem('fractions', m.fractionsWithoutPercent);
  if (problems.length > before) return undefined;
  const formatterFor = (unit: ValueUnit, indices: number[]) => {
    const fraction = spec.fractions && unit === 'pourcentage';
    const decimals = spec.decimales ?? Math.max(0, decimalsFor(indices) - (fraction ? 2 : 0));
    const formats = valueFormatter(unit, decimals, fraction ? 100 : 1);
    if (unit !== 'pourcentage' || fraction) return formats;
    for (const i of indices) {
      const cells = table.records.map((r) => ({ cell: cellsOf(r, i), value: parseNumberCell(cellsOf(r, i)) }));
      const numbers = cells.filter((c): c is { cell: string; value: number } => typeof c.value === 'number');
      const fractional = numbers.find((c) => !Number.isInteger(c.value));
      if (!fractional || !numbers.every((c) => c.value >= 0 && c.value <= 1)) continue;
      const key = spec.type === 'tableau' && table.header[i]! in spec.formats ? 'formats' : 'format';
      warnings.push(new DataError({ file: yamlFile, line: lines.get(key) ?? 1 }, m.fractionLike(table.header[i]!, fractional.cell, formats.value(fractional.value))));
    }
    return formats;
  };

  // With a column role wrong, the figure is not drawn, but the cells of the value columns that exist are still
  // checked: every problem of the file is listed at once (a missing column and « n.d. » in a number cell).
  const checkNumbersOnly = (valueCols: (number | undefined)[], key = 'valeur'): undefined => {
    for (const record of table.records) for (const col of valueCols) if (col !== undefined && col >= 0) numberAt(record, col, key);
    sink.close(csvFile);
    return undefined;
  };

  if (spec.type === 'tableau') return prepareTable(spec, table, columnIndex, cellsOf, numberAt, formatterFor, keyProblem, sink);
  if (spec.type === 'carte-regions') {
    const regionCol = columnIndex('region', spec.region);
    const valueCol = columnIndex('valeur', spec.valeur);
    if (problems.length > before) return checkNumbersOnly([valueCol!]);
    return prepareRegionMap(spec, table, regionCol!, valueCol!, numberAt, formatterFor, sink, csvFile, keyProblem);
  }

  // Categorical charts: categories × series.
  const categoryCol = columnIndex('categorie', spec.categorie);
  const multi = 'valeurs' in spec || 'serie' in spec ? (spec as { valeurs?: string[]; serie?: string; valeur?: string }) : undefined;
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
    valueCols = [columnIndex('valeur', (spec as { valeur: string }).valeur)!];
  }
  if (problems.length > before) return checkNumbersOnly(valueCols, multi?.valeurs ? 'valeurs' : 'valeur');

  const categories: ChartCategory[] = [];
  const series: ChartSeries[] = seriesCol === undefined ? valueCols.map((i) => ({ key: table.header[i]!, label: table.header[i]! })) : [];
  const cells = new Map<string, (number | null)[]>();
  const firstLine = new Map<string, number>();
  /** The line each category is first read from. */
  const categoryLine = new Map<string, number>();
  const noNegative = ['barres-empilees', 'colonnes-empilees', 'anneau'].includes(spec.type);
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
      if (value !== null && value < 0 && noNegative) {
        sink.add({ file: csvFile, line: record.line, column: col + 1, columnName: table.header[col] }, m.negative(`${id}.yaml`, spec.type));
      }
      row[seriesCol === undefined ? j : seriesIndex] = value;
    });
  }
  sink.close(csvFile);
  if (problems.length > before) return undefined;

  let values = series.map((_, s) => categories.map((c) => cells.get(c.key)![s] ?? null));
  // What could not be drawn is refused here, where `npm run check` sees it, not met while drawing.
  const valueKey = multi?.valeurs ? 'valeurs' : 'valeur';
  if (values.every((row) => row.every((v) => v === null))) {
    keyProblem(valueKey, m.noValues(valueKey, valueCols.map((i) => table.header[i]!), csvName));
    return undefined;
  }
  if (spec.type === 'anneau' && values[0]!.reduce<number>((a, b) => a + (b ?? 0), 0) <= 0) {
    keyProblem('valeur', m.donutNoWhole(table.header[valueCols[0]!]!, csvName));
    return undefined;
  }
  // The data's own decimals (the averages of long lines keep two more), whatever the display's.
  const decimals = decimalsFor(valueCols);
  const formats = formatterFor(spec.format, valueCols);
  const notes: string[] = [];
  const total = (c: number) => values.reduce((sum, v) => sum + (v[c] ?? 0), 0);

  // Order: as in the file, or by total.
  let order = categories.map((_, i) => i);
  if ('tri' in spec && spec.tri !== 'aucun') {
    const sign = spec.tri === 'croissant' ? 1 : -1;
    order = order.sort((a, b) => sign * (total(a) - total(b)) || a - b);
  }

  let xKind: 'year' | 'date' | 'category' = 'category';
  if (spec.type === 'lignes') {
    const labels = categories.map((c) => c.label);
    const years = labels.every((l) => /^\d{4}$/.test(l));
    const dates = labels.map(parseDate);
    const wanted = spec['axe-x'];
    if (wanted === 'annees' && !years) keyProblem('axe-x', m.xNotYears);
    if (wanted === 'dates' && dates.some((d) => d === undefined)) keyProblem('axe-x', m.xNotDates);
    if (problems.length > before) return undefined;
    xKind = wanted === 'annees' || (wanted === 'auto' && years) ? 'year' : wanted === 'dates' || (wanted === 'auto' && dates.every((d) => d !== undefined)) ? 'date' : 'category';
    categories.forEach((c, i) => (c.position = xKind === 'year' ? Number(c.label) : xKind === 'date' ? dates[i] : i));
    // One date written two ways (2019-05-01 and 01/05/2019) is one point: the line cannot go back in time.
    const seen = new Map<number, ChartCategory>();
    for (const c of categories) {
      const first = seen.get(c.position!);
      if (first) sink.add({ file: csvFile, line: categoryLine.get(c.key)!, column: categoryCol! + 1, columnName: table.header[categoryCol!] }, m.sameDate(c.label, first.label, categoryLine.get(first.key)!));
      else seen.set(c.position!, c);
    }
    if (categories.length < 2) keyProblem('type', m.lineOnePoint(csvName, categoryLine.get(categories[0]!.key)!));
    if (problems.length > before) return undefined;
    // Dates are shown the French way (« 15 janvier 2020 »); the key keeps the date as written.
    if (xKind === 'date') categories.forEach((c) => (c.label = formatDay(c.position!)));
    if (xKind !== 'category') order = order.sort((a, b) => categories[a]!.position! - categories[b]!.position!);
  }
  let ordered = order.map((i) => categories[i]!);
  values = values.map((v) => order.map((i) => v[i] ?? null));

  if (spec.type === 'anneau' && ordered.length > maxDonutParts) {
    keyProblem('type', m.tooManyParts(formatNumber(ordered.length), maxDonutParts));
    return undefined;
  }
  if ((spec.type === 'barres' || spec.type === 'colonnes') && spec.surligner.length) {
    const labels = new Set(ordered.map((c) => c.label));
    for (const label of spec.surligner) if (!labels.has(label)) keyProblem('surligner', m.unknownHighlight(label, [...labels]));
    if (problems.length > before) return undefined;
    ordered = ordered.map((c) => ({ ...c, highlight: spec.surligner.includes(c.label) }));
  }

  // Large data: bars keep their first categories, lines average consecutive points.
  if (spec.type !== 'lignes' && spec.type !== 'anneau' && ordered.length > maxCategories) {
    notes.push(m.truncatedCategories(formatNumber(maxCategories), formatNumber(ordered.length)));
    ordered = ordered.slice(0, maxCategories);
    values = values.map((v) => v.slice(0, maxCategories));
  }
  if (spec.type === 'lignes' && ordered.length > maxLinePoints) {
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
  }));
  if (spec.type === 'anneau') {
    const sum = values[0]!.reduce<number>((a, b) => a + (b ?? 0), 0);
    headers.push(m.share);
    numeric.push(true);
    rows = rows.map((r, i) => {
      const share = sum > 0 ? (values[0]![i] ?? 0) / sum : 0;
      return { raw: [...r.raw, Math.round(share * 10000) / 100], shown: [...r.shown, formatPercent(share, share > 0 && share < 0.01 ? 1 : 0)] };
    });
  }
  const request = { format: formats.value, tickFormat: formats.tick, valueLabel: 'titre-axe' in spec ? spec['titre-axe'] : undefined };
  const description = describeFigure(spec, data, formats.value, xKind);
  const render = (r: RenderRequest): string => {
    switch (spec.type) {
      case 'barres':
      case 'colonnes':
      case 'barres-groupees':
      case 'colonnes-groupees':
      case 'barres-empilees':
      case 'colonnes-empilees': {
        const layout = spec.type === 'barres' || spec.type === 'colonnes' ? 'single' : spec.type.endsWith('groupees') ? 'grouped' : 'pourcentages' in spec && spec.pourcentages ? 'stacked100' : 'stacked';
        return renderBarChart(data, { ...r, ...request, orientation: spec.type.startsWith('barres') ? 'horizontal' : 'vertical', layout });
      }
      case 'lignes':
        return renderLines(data, { ...r, ...request, xKind });
      case 'anneau':
        return renderDonut(data, { ...r, ...request });
    }
  };
  return { rows, headers, numeric, description, notes, render };
}

/** Most problems listed for one figure: a whole column of bad cells is summed up after that. */
export const maxProblems = 50;

/** Collects the cell problems of one figure: the first ones in full, the rest only counted (a bad column of 100 000 rows stays fast). */
class ProblemSink {
  private unlisted = 0;
  constructor(
    readonly problems: DataError[],
    readonly before: number,
  ) {}

  /** A problem at a place in a file; past maxProblems, only counted. */
  add(location: DataErrorLocation, text: string): void {
    if (this.problems.length - this.before < maxProblems) this.problems.push(new DataError(location, text));
    else this.unlisted++;
  }

  /** Says how many problems were not listed, once. */
  close(file: string): void {
    if (this.unlisted) this.problems.push(new DataError({ file }, m.moreProblems(this.unlisted, formatNumber(this.unlisted))));
    this.unlisted = 0;
  }

  /** Whether any problem was found since the figure was started. */
  get found(): boolean {
    return this.problems.length > this.before;
  }
}

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

type Table = ReturnType<typeof loadTable>;
type Rec = Table['records'][number];

function prepareTable(
  spec: Extract<FigureSpec, { type: 'tableau' }>,
  table: Table,
  columnIndex: (key: string, name: string | undefined) => number | undefined,
  cellsOf: (r: Rec, i: number) => string,
  numberAt: (r: Rec, i: number, key: string) => number | null,
  formatterFor: (unit: ValueUnit, indices: number[]) => ReturnType<typeof valueFormatter>,
  keyProblem: (key: string, text: string) => void,
  sink: ProblemSink,
): Prepared | undefined {
  const shownNames = spec.colonnes ?? table.header;
  const shown = shownNames.map((name) => columnIndex('colonnes', name)!);
  const barCol = columnIndex('barres', spec.barres);
  const sortCol = columnIndex('trier-par', spec['trier-par']);
  if (sink.found) return undefined;
  if (sortCol !== undefined && !shown.includes(sortCol)) keyProblem('trier-par', m.sortColumnHidden(spec['trier-par']!));
  // A column is numeric when every filled cell is a number (the first column is the row header).
  const numericColumns = new Map<number, boolean>();
  const isNumeric = (i: number): boolean => {
    if (!numericColumns.has(i)) {
      numericColumns.set(i, table.records.every((r) => parseNumberCell(cellsOf(r, i)) !== undefined) && table.records.some((r) => cellsOf(r, i) !== ''));
    }
    return numericColumns.get(i)!;
  };
  const numeric = shown.map((i, k) => k > 0 && isNumeric(i));
  for (const [k, i] of shown.entries()) {
    if (!numeric[k]) continue;
    for (const r of table.records) if (!Number.isFinite(parseNumberCell(cellsOf(r, i)) ?? 0)) numberAt(r, i, 'colonnes');
  }
  sink.close(table.file);
  if (barCol !== undefined && !isNumeric(barCol)) {
    keyProblem('barres', m.notNumericColumn('barres', spec.barres!));
    // Say which cells are not numbers.
    for (const r of table.records) numberAt(r, barCol, 'barres');
    sink.close(table.file);
  }
  if (sink.found) return undefined;
  for (const name of Object.keys(spec.formats)) columnIndex('formats', name);
  if (sink.found) return undefined;
  const unitOf = (i: number) => spec.formats[table.header[i]!] ?? spec.format;
  const formats = new Map(shown.filter((_, k) => numeric[k]).map((i) => [i, formatterFor(unitOf(i), [i]).value]));
  let records = [...table.records];
  if (sortCol !== undefined && spec.tri !== 'aucun') {
    const sign = spec.tri === 'croissant' ? 1 : -1;
    // Each row's sort key once (numbers, or text in French order); empty cells last when descending.
    const collator = new Intl.Collator('fr-CA', { numeric: true, sensitivity: 'base' });
    const num = isNumeric(sortCol);
    const keys = new Map(records.map((r) => [r, num ? (parseNumberCell(cellsOf(r, sortCol)) ?? -Infinity) : cellsOf(r, sortCol)]));
    records.sort((a, b) => {
      const [x, y] = [keys.get(a)!, keys.get(b)!];
      const order = typeof x === 'number' && typeof y === 'number' ? (x === y ? 0 : x < y ? -1 : 1) : collator.compare(String(x), String(y));
      return sign * order;
    });
  }
  const notes: string[] = [];
  const allRecords = records;
  if (records.length > maxTableRows) {
    notes.push(m.truncatedRows(formatNumber(maxTableRows), formatNumber(records.length)));
    records = records.slice(0, maxTableRows);
  }
  const barMax = barCol === undefined ? 0 : Math.max(0, ...records.map((r) => Math.abs(parseNumberCell(cellsOf(r, barCol)) ?? 0)));
  const toRow = (r: Rec): DeclaredRow => {
    const raw = shown.map((i, k) => (numeric[k] ? (parseNumberCell(cellsOf(r, i)) ?? '') : cellsOf(r, i)));
    const text = shown.map((i, k) => {
      const v = raw[k];
      return numeric[k] ? (v === '' ? '—' : formats.get(i)!(v as number)) : cellsOf(r, i);
    });
    const bar = barCol === undefined ? undefined : barMax > 0 ? Math.min(1, Math.abs(parseNumberCell(cellsOf(r, barCol)) ?? 0) / barMax) : 0;
    return { raw, shown: text, bar };
  };
  const rows = records.map(toRow);
  // The CSV download holds every row, in the table's order, as the note says; the page shows the first ones.
  const csvRows = allRecords.length > records.length ? allRecords.map(toRow) : undefined;
  const headers = shown.map((i) => table.header[i]!);
  const drawing: TableDrawing = {
    headers,
    numeric,
    rows: rows.map((r) => r.shown),
    bars: barCol === undefined ? undefined : { column: shown.indexOf(barCol), lengths: rows.map((r) => r.bar ?? 0) },
  };
  const description = describeFigure(spec, undefined, undefined, 'category', { rows: rows.length, headers });
  const sortedColumn =
    sortCol !== undefined && spec.tri !== 'aucun' ? { index: shown.indexOf(sortCol), order: spec.tri === 'croissant' ? ('ascending' as const) : ('descending' as const) } : undefined;
  return { rows, csvRows, headers, numeric, description, notes, barColumn: drawing.bars?.column, sortedColumn, render: (r) => renderTable(drawing, r) };
}

function prepareRegionMap(
  spec: Extract<FigureSpec, { type: 'carte-regions' }>,
  table: Table,
  regionCol: number,
  valueCol: number,
  numberAt: (r: Rec, i: number, key: string) => number | null,
  formatterFor: (unit: ValueUnit, indices: number[]) => ReturnType<typeof valueFormatter>,
  sink: ProblemSink,
  csvFile: string,
  keyProblem: (key: string, text: string) => void,
): Prepared | undefined {
  const regions = loadRegions();
  const byCode = new Map<string, { value: number | null; line: number }>();
  for (const record of table.records) {
    const cell = (record.cells[regionCol] ?? '').trim();
    const code = /^\d{1,2}$/.test(cell) ? cell.padStart(2, '0') : cell;
    const where = { file: csvFile, line: record.line, column: regionCol + 1, columnName: table.header[regionCol] };
    if (!regions.some((r) => r.code === code)) {
      sink.add(where, m.unknownRegion(cell));
      continue;
    }
    if (byCode.has(code)) {
      sink.add(where, m.duplicateRegion(code, byCode.get(code)!.line));
      continue;
    }
    byCode.set(code, { value: numberAt(record, valueCol, 'valeur'), line: record.line });
  }
  sink.close(csvFile);
  if (sink.found) return undefined;
  const formats = formatterFor(spec.format, [valueCol]);
  const present = regions.map((r) => byCode.get(r.code)?.value ?? null);
  if (present.every((v) => v === null)) {
    keyProblem('valeur', m.noValues('valeur', [table.header[valueCol]!], displayPath(csvFile)));
    return undefined;
  }
  const { classOf, classes } = classify(present.filter((v): v is number => v !== null), formats.value, formats.value);
  const noDataClass = present.includes(null) ? classes.push({ label: m.noData, color: landFill, hatched: true }) - 1 : undefined;
  const legendTitle = spec.legende ?? table.header[valueCol]!;
  const rows: DeclaredRow[] = regions.map((r, i) => ({
    raw: [r.code, r.name, present[i] ?? ''],
    shown: [r.code, r.name, present[i] === null ? '—' : formats.value(present[i]!)],
  }));
  const data: CategoricalData = {
    categories: regions.map((r) => ({ key: r.code, label: r.name })),
    series: [{ key: table.header[valueCol]!, label: legendTitle }],
    values: [present],
  };
  const clientData = Object.fromEntries(
    regions.map((r, i) => [r.code, { name: r.name, value: present[i] === null ? m.noData : formats.value(present[i]!), poles: [] }]),
  );
  return {
    rows,
    headers: [m.regionCode, m.region, table.header[valueCol]!],
    numeric: [false, false, true],
    description: describeFigure(spec, data, formats.value, 'category'),
    notes: [],
    clientData,
    legend: mapLegend({ mode: 'choropleth', classes, legendTitle, insetTitle: t.map.insetTitle }),
    render: (request) =>
      renderQuebecMap(
        loadRegionShapes('overview'),
        loadRegionShapes('detail'),
        regions.map((r, i) => ({
          code: r.code,
          title: `${r.name} : ${present[i] === null ? m.noData : formats.value(present[i]!)}`,
          classIndex: present[i] === null ? noDataClass : classOf(present[i]!),
        })),
        [],
        { ...request, mode: 'choropleth', borders: { overview: loadRegionBorders('overview'), detail: loadRegionBorders('detail') }, classes, legendTitle, insetTitle: t.map.insetTitle },
      ),
  };
}


interface LoadedFigures {
  key: string;
  files: FigureFile[];
}
let loaded: LoadedFigures | undefined;

/** Every figure file of the folder, read and checked (re-read when a file is added, removed or saved). */
export function loadFigureFiles(): FigureFile[] {
  const files = figureSources().flatMap((source) => listFigureFiles(source.figures).map((file) => ({ file, data: source.data })));
  const key = files.map(({ file, data }) => `${file}:${statSafe(file)}:${data}`).join('|');
  if (loaded?.key === key) return loaded.files;
  loaded = { key, files: files.map(({ file, data }) => readFigureFile(file, data)) };
  return loaded.files;
}

/** Every problem of every figure file, its data included, and what is worth a warning: what the build and `npm run check` report. */
export function figureFileReport(): { problems: DataError[]; warnings: DataError[] } {
  const problems: DataError[] = [];
  const warnings: DataError[] = [];
  for (const figureFile of loadFigureFiles()) {
    problems.push(...figureFile.problems);
    if (figureFile.spec) prepare(figureFile as FigureFile & { spec: FigureSpec }, problems, warnings);
  }
  return { problems, warnings };
}

/** Every problem of every figure file, its data included. */
export function figureFileProblems(): DataError[] {
  return figureFileReport().problems;
}
