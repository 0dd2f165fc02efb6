import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, type Document, type LineCounter } from 'yaml';
import { parseFrenchYaml } from '../utils/french-yaml';
import { closest } from '../utils/close-names';
import { DataError, displayPath, dataDir } from '../data/csv';
import { checkCsvShape, listCsvFiles, parseNumberCell, decimalsOf } from '../data/table';
import { chartTypes, figureSchemas, figureTypeNames, keysOf, typeFolder, type FigureSpec, type FigureType } from './types/index';
import { ProblemSink, type DeclaredRow, type Prepared, type PrepareContext } from './types/contract';
import { valueFormatter, type ValueUnit } from '../utils/format';
import type { FigureDefinition, RenderRequest, TableColumn } from './types';
import { annotated, annotationKinds, annotationLines, annotationsKey } from './annotations';
import { t } from '../strings';

export type { DeclaredRow } from './types/contract';

// Figures declared by staff in src/content/figures/<id>.yaml: the file is read with its line
// numbers, checked against the schema of its type, then its CSV is read and checked against the
// column roles. Every problem is reported with the file and line that hold it; a figure with a
// problem is never drawn. What differs per chart type (its keys, how its CSV becomes a drawing) is
// in its folder, src/figures/types/<type>/; this is the shared reading.

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
  if (process.env.GALERIE === '1') {
    sources.push({ figures: path.resolve(gallery.figures), data: path.resolve(gallery.data) });
    // A type's own examples (exemple-*.yaml and their CSV) in its folder.
    for (const type of figureTypeNames) {
      const folder = typeFolder(type);
      if (listFigureFiles(folder).length) sources.push({ figures: folder, data: folder });
    }
  }
  return sources;
}

/** Whether figure files of this data folder are gallery examples (never placed in a chapter). */
export function isExampleData(dir: string): boolean {
  return dir === path.resolve(gallery.data) || figureTypeNames.some((type) => dir === typeFolder(type));
}

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

/** Reads one figure file: YAML with line numbers, then the schema of its type. */
export function readFigureFile(file: string, csvDir = dataDir()): FigureFile {
  const id = path.basename(file).replace(/\.ya?ml$/i, '');
  const lines = new Map<string, number>();
  const result: FigureFile = { id, file, dataDir: csvDir, lines, problems: [] };
  const problem = (line: number | undefined, text: string) => result.problems.push(new DataError({ file, line }, text));
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problem(undefined, m.badId);

  const source = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const { doc, lineCounter, problems: yamlProblems } = parseFrenchYaml(source, textKeys, new Set(annotationKinds));
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
  annotationLines(doc, lineCounter, lines);
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
  const parsed = figureSchemas[type as FigureType]!.safeParse(rest);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          // Annotations on a type that cannot draw them: said as such, with the types that can.
          if (key === annotationsKey) {
            problem(lines.get(key), t.annotations.unsupported(type, figureTypeNames.filter((name) => annotated(figureSchemas[name]!))));
            continue;
          }
          problem(lines.get(key), m.unknownKey(key, type, keysOf(type as FigureType), closest(key, keysOf(type as FigureType))));
        }
        continue;
      }
      const key = String(issue.path[0] ?? 'type');
      const message = issue.message.startsWith(key) || /manquante?$/.test(issue.message) ? issue.message : `${key} : ${issue.message}`;
      problem(lines.get(issue.path.join('.')) ?? lines.get(key) ?? 1, message);
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
export const textKeys = new Set(['titre', 'description', 'source', 'note', 'titre-axe', ...Object.values(chartTypes).flatMap((type) => type.textKeys ?? [])]);

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
  const type = chartTypes[spec.type]!;
  const kind = type.kind;
  const definition: FigureDefinition<DeclaredRow> = {
    id,
    kind,
    declared: { file: figureFile.file, type: spec.type, dataDir: figureFile.dataDir },
    title: spec.titre,
    description: () => [spec.description ?? prepared().description, ...(prepared().annotations ?? [])].join(' '),
    source: spec.source,
    get note() {
      const notes = [spec.note, ...prepared().notes].filter(Boolean);
      return notes.length ? notes.join(' ') : undefined;
    },
    datasets: [spec.donnees, ...(type.datasets ?? [])],
    rows: () => prepared().rows,
    csvRows: () => prepared().csvRows ?? prepared().rows,
    get columns(): TableColumn<DeclaredRow>[] {
      const { headers, numeric, barColumn, sortedColumn, highlightedColumns, rowMarkColumn } = prepared();
      return headers.map((label, i) => ({
        label,
        value: (r) => r.raw[i]!,
        format: (r) => r.shown[i]!,
        numeric: numeric[i],
        ...(i === barColumn ? { bar: (r: DeclaredRow) => r.bar ?? 0 } : {}),
        ...(i === sortedColumn?.index ? { sorted: sortedColumn.order } : {}),
        ...(highlightedColumns?.includes(i) ? { highlighted: true } : {}),
        ...(i === rowMarkColumn ? { rowMark: true } : {}),
      }));
    },
    highlightedRow: (r) => Boolean(r.highlight),
    get clientData() {
      const data = prepared().clientData;
      return data === undefined ? undefined : () => data;
    },
    get panel() {
      return prepared().panel;
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
      const years = table.header.filter((h) => /^\d{4}$/.test(h.trim()));
      const across = key === 'categorie' && years.length >= 2 ? m.yearsAcross(years) : '';
      keyProblem(key, m.unknownColumn(key, name, csvName, table.header, closest(name, table.header)) + across);
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
  const columnFormats = chartTypes[spec.type]!.columnFormats?.(spec);
  const units = [spec.format, ...Object.values(columnFormats?.units ?? {})];
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
      const key = columnFormats && table.header[i]! in columnFormats.units ? columnFormats.key : 'format';
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

  const context: PrepareContext = {
    id,
    spec,
    yamlFile,
    lines,
    table,
    csvFile,
    csvName,
    problems,
    warnings,
    before,
    sink,
    keyProblem,
    columnIndex,
    cellsOf,
    numberAt,
    decimalsFor,
    formatterFor,
    checkNumbersOnly,
  };
  return chartTypes[spec.type]!.prepare(context);
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
