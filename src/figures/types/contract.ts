import type { z } from 'astro/zod';
import { DataError, type DataErrorLocation } from '../../data/csv';
import type { loadTable } from '../../data/table';
import type { Legend } from '../../charts/model';
import type { ValueUnit, valueFormatter } from '../../utils/format';
import { formatNumber } from '../../utils/format';
import type { MapPanelTexts, RenderRequest } from '../types';
import type { common } from '../../schemas/figure-keys';
import { t } from '../../strings';

// What a chart type's folder (src/figures/types/<type>/) gives the registry: its schema, how its
// CSV becomes what it draws (with every problem named), and its place in lists. The folder's name is
// the type's name in figure files. Shared by every type: reading the file and its CSV
// (src/figures/declarative.ts), value formats, the description helpers and the figure shell.

/** The keys every figure file has, after validation. */
export type CommonSpec = z.output<z.ZodObject<typeof common>>;

/** A figure file after validation: the common keys, its type's keys, and its type. */
export type SpecOf<S extends z.ZodTypeAny> = z.output<S> & { type: string };

/** A row of a declarative figure's table: raw values (CSV download) and shown values (fr-CA). */
export interface DeclaredRow {
  raw: (string | number)[];
  shown: string[];
  /** Length of the in-cell bar (0 to 1), table figures with « barres » only. */
  bar?: number;
  /** Chosen by « surligner » (a category, part, region, point or row): marked in the data table. */
  highlight?: boolean;
}

/** What a declarative figure draws, prepared from its CSV. */
export interface Prepared {
  rows: DeclaredRow[];
  /** Table figures cut at their most rows: every row, for the CSV download. */
  csvRows?: DeclaredRow[];
  headers: string[];
  numeric: boolean[];
  description: string;
  /** Sentences added to the note (large data cut or averaged). */
  notes: string[];
  /** Its annotations said in words (« Annotation : … »), after the description, written or from the data. */
  annotations?: string[];
  render: (request: RenderRequest) => string;
  /** Maps: the legend shown in HTML under the drawing (drawn once). */
  legend?: Legend;
  clientData?: unknown;
  /** Maps: the details panel's texts and the keyboard hint, in the type's words (what it lists). */
  panel?: MapPanelTexts;
  /** Table figures: the column holding in-cell bars. */
  barColumn?: number;
  /** Columns chosen by « surligner » (series): marked in the data table's header. */
  highlightedColumns?: number[];
  /** The column whose cell says « (en évidence) » in a chosen row, when not the first (a map's region name, not its code). */
  rowMarkColumn?: number;
  /** Table figures: the column the rows are sorted by, and the order. */
  sortedColumn?: { index: number; order: 'ascending' | 'descending' };
}

export type Table = ReturnType<typeof loadTable>;
export type Rec = Table['records'][number];
export type Formats = ReturnType<typeof valueFormatter>;

/** Most problems listed for one figure: a whole column of bad cells is summed up after that. */
export const maxProblems = 50;

/** Collects the cell problems of one figure: the first ones in full, the rest only counted (a bad column of 100 000 rows stays fast). */
export class ProblemSink {
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
    if (this.unlisted) this.problems.push(new DataError({ file }, t.figureFile.moreProblems(this.unlisted, formatNumber(this.unlisted))));
    this.unlisted = 0;
  }

  /** Whether any problem was found since the figure was started. */
  get found(): boolean {
    return this.problems.length > this.before;
  }
}

/** What the shared reader gives a type's preparation: the checked figure file, its CSV, and the checks every type uses. */
export interface PrepareContext<Spec = CommonSpec & Record<string, any> & { type: string }> {
  id: string;
  spec: Spec;
  /** The figure file, and the line of each of its keys. */
  yamlFile: string;
  lines: Map<string, number>;
  table: Table;
  /** The CSV's path, and its name as messages show it. */
  csvFile: string;
  csvName: string;
  problems: DataError[];
  warnings: DataError[];
  /** Problems found before this figure. */
  before: number;
  sink: ProblemSink;
  /** A problem on a key of the figure file (at its line). */
  keyProblem(key: string, text: string): void;
  /** The index of the column a key names (a problem and -1 when the CSV has no such column; undefined for no name). */
  columnIndex(key: string, name: string | undefined): number | undefined;
  cellsOf(record: Rec, i: number): string;
  /** The number of a cell (null, with a problem at its line and column, when it is not one; empty cells are null too). */
  numberAt(record: Rec, i: number, key: string): number | null;
  /** Decimals shown for these columns: the file's « decimales », else as many as the data has (at most 3). */
  decimalsFor(indices: number[]): number;
  /** The value and tick formats of columns in a unit (percentages written as fractions, with a warning when they look like some). */
  formatterFor(unit: ValueUnit, indices: number[]): Formats;
  /** With a column role wrong: checks the cells of the value columns that exist, so every problem is listed at once. */
  checkNumbersOnly(valueCols: (number | undefined)[], key?: string): undefined;
}

/**
 * How « Écouter » reads a chart's marks (src/scripts/listen-data.ts): `marks`, a value per mark or
 * per series of a mark (« Série : 12 ; Série : 14 »), the label « catégorie — série »; `points`, a
 * scatter's discs, whose first two values are x (the order) and y (the pitch).
 */
export type ListenMode = 'marks' | 'points';

/** A chart type: everything about it but its folder name (which is its name in figure files). */
export interface ChartType<S extends z.ZodObject = z.ZodObject> {
  /** Place in the lists of types (messages, editor, guide order). */
  order: number;
  /** What it draws, in French (messages, the editor's list, the gallery). */
  summary: string;
  /** How the written description names the drawing (« Diagramme à colonnes »). */
  kindName: string;
  /** chart (bars, lines…), map (drawn once, legend in HTML), table (the table is the figure). */
  kind: 'chart' | 'map' | 'table';
  /** The keys of its figure files besides the common ones, with their French messages (built with src/schemas/figure-keys.ts). */
  schema: S;
  /** Keys whose value is free text (read whole, « : » included), besides titre, description, source and note. */
  textKeys?: readonly string[];
  /** Data files it reads besides « donnees », relative to data/. */
  datasets?: readonly string[];
  /** Keys whose units differ per column ({ colonne: format }): checked for fractions like « format ». */
  columnFormats?: (spec: SpecOf<S>) => { key: string; units: Record<string, ValueUnit> };
  /** Its CSV rows to what it draws: table rows, description, notes and the renderer; undefined after pushing its problems. */
  prepare(context: PrepareContext<SpecOf<S>>): Prepared | undefined;
  /**
   * Its case in the size budget (tests/figures/sizes.test.ts) and the benchmark (npm run bench), for
   * a type that is not among scripts/synthetic-figures.ts's own cases: a CSV of any number of rows
   * from a seeded generator, the keys of its figure file, and what it draws of that many rows.
   */
  largeCase?: {
    csv(rows: number, random: () => number): string;
    keys: string;
    drawn(rows: number): { rows: number; note: string | undefined };
  };
  /**
   * For each of its own gallery examples (exemple-*.yaml in its folder): the first mark the keyboard
   * announces (« label : value ») and how many marks it draws (a map: its regions and its points,
   * as its arrows walk them), checked in the gallery's browser test (tests/browser/gallery.test.ts)
   * at both widths.
   */
  gallery?: Readonly<Record<string, { first: string; count: number }>>;
  /**
   * Its charts get the « Écouter » button (src/components/ListenButton.astro), their marks read as
   * `mode` says; `skip`: parts of a mark's value that are no series of their own, never played (an
   * area chart's total).
   */
  listen?: { mode: ListenMode; skip?: readonly string[] };
  /** Ids of its gallery examples kept in docs/galerie/figures/ (examples may also sit in its folder: exemple-*.yaml and their CSV). */
  examples?: readonly string[];
}

/** Declares a chart type with its spec's keys checked in its preparation. */
export function defineChartType<S extends z.ZodObject>(type: ChartType<S>): ChartType<S> {
  return type;
}
