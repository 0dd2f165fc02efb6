import type { FigureDefinition } from './types';
import { chartWidths } from '../styles/theme';
import { csvFormatRows } from 'd3';
import { declaredFigure, FigureProblems, loadFigureFiles, type FigureFile } from './declarative';
import type { FigureSpec } from '../schemas/figure';
import { t } from '../strings';

// Every module of this folder that exports a figure is registered: adding a figure is adding a file.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./types.ts', '!./declarative.ts', '!./describe.ts'], {
  eager: true,
});

const isFigure = (value: unknown): value is FigureDefinition<any> =>
  typeof value === 'object' && value !== null && 'id' in value && 'render' in value && 'columns' in value;

/** The bespoke figures: modules of src/figures/ (timeline, structure, the pôles map). */
const bespokeFigures: readonly FigureDefinition<any>[] = Object.values(modules).flatMap((exports) =>
  Object.values(exports).flatMap((value) => (Array.isArray(value) ? value : [value])).filter(isFigure),
);

let registry: { files: FigureFile[]; figures: FigureDefinition<any>[]; broken: Map<string, FigureFile> } | undefined;

/** Both kinds of figure in one registry, one id namespace; re-read when a figure file is added, removed or saved. */
function currentRegistry() {
  const files = loadFigureFiles();
  if (registry?.files === files) return registry;
  const declared = files.filter((f): f is FigureFile & { spec: FigureSpec } => f.spec !== undefined && f.problems.length === 0);
  const figures = [...bespokeFigures, ...declared.map(declaredFigure)].sort((a, b) => a.id.localeCompare(b.id));
  const broken = new Map(files.filter((f) => !f.spec || f.problems.length).map((f) => [f.id, f]));
  const ids = [...figures.map((f) => f.id), ...broken.keys()];
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(t.figures.duplicateId(duplicate));
  registry = { files, figures, broken };
  return registry;
}

/** Every figure of the report that can be drawn, in id order: pages, embeds and tests find figures here. */
export function allFigures(): readonly FigureDefinition<any>[] {
  return currentRegistry().figures;
}

/** Ids of every figure, those whose figure file has a problem included (their problem is reported, not « inconnue »). */
export const figureIds = (): string[] => {
  const { figures, broken } = currentRegistry();
  return [...figures.map((f) => f.id), ...broken.keys()].sort((a, b) => a.localeCompare(b));
};

/** The figure with this id, or undefined. */
export function findFigure(id: string): FigureDefinition<unknown> | undefined {
  return allFigures().find((f) => f.id === id);
}

/** A figure ready to publish: its texts, both drawings, its table cells and its CSV. */
export interface BuiltFigure {
  definition: FigureDefinition<unknown>;
  description: string;
  titleId: string;
  descriptionId: string;
  svg: { narrow: string; wide: string };
  /** bars: per row, the in-cell bar length (0 to 1) of each column that has one (table figures). */
  table: {
    headers: string[];
    numeric: boolean[];
    rows: string[][];
    raw: (string | number)[][];
    bars: (number | undefined)[][];
    sorted: ('ascending' | 'descending' | undefined)[];
  };
  csv: string;
  rowCount: number;
  /** A sensible iframe height (px) before the embed page reports its own. */
  embedHeight: number;
  /** JSON for the figure's script (interactive figures only), safe to embed in a <script type="application/json">. */
  clientJson?: string;
}

const built = new Map<string, BuiltFigure>();

/** Renders a figure once per build (its page, PNG, CSV and embed reuse it); in dev, on every request, so a saved CSV shows at once. */
export function buildFigure(id: string): BuiltFigure {
  const cached = built.get(id);
  if (cached && !import.meta.env.DEV) return cached;
  const broken = currentRegistry().broken.get(id);
  if (broken) throw new FigureProblems(broken.problems);
  const definition = findFigure(id);
  if (!definition) throw new Error(`Figure inconnue « ${id} » ; figures connues : ${figureIds().join(', ')}`);
  const rows = definition.rows();
  const titleId = `${id}-titre`;
  const descriptionId = `${id}-description`;
  const labelledBy = `${titleId} ${descriptionId}`;
  const draw = (variant: keyof typeof chartWidths) =>
    definition.render(rows, { width: chartWidths[variant], idPrefix: `${id}-${variant}-`, labelledBy });
  const columns = definition.columns;
  const result: BuiltFigure = {
    definition,
    description: definition.description(rows),
    titleId,
    descriptionId,
    svg: { narrow: draw('narrow'), wide: draw('wide') },
    table: {
      headers: columns.map((c) => c.label),
      numeric: columns.map((c) => Boolean(c.numeric)),
      rows: rows.map((row) => columns.map((c) => (c.format ? c.format(row) : String(c.value(row))))),
      raw: rows.map((row) => columns.map((c) => c.value(row))),
      bars: rows.map((row) => columns.map((c) => c.bar?.(row))),
      sorted: columns.map((c) => c.sorted),
    },
    csv: `${csvFormatRows([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => String(c.value(row))))])}\n`,
    rowCount: rows.length,
    embedHeight: 0,
    clientJson: definition.clientData && JSON.stringify(definition.clientData(rows)).replace(/</g, '\\u003c'),
  };
  const wideHeight = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(result.svg.wide)?.[1] ?? 400);
  result.embedHeight = Math.ceil(definition.kind === 'table' ? rows.length * 41 + 300 : wideHeight + (definition.kind === 'map' ? 480 : 340));
  built.set(id, result);
  return result;
}
