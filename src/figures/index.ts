import type { FigureDefinition } from './types';
import { chartWidths } from '../styles/theme';
import { csvFormatRows } from 'd3';

// Every module of this folder that exports a figure is registered: adding a figure is adding a file.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./types.ts'], { eager: true });

const isFigure = (value: unknown): value is FigureDefinition<any> =>
  typeof value === 'object' && value !== null && 'id' in value && 'render' in value && 'columns' in value;

/** Every figure of the report, in id order: pages, embeds and tests find figures here. A module may export figures or lists of figures. */
export const figures: readonly FigureDefinition<any>[] = Object.values(modules)
  .flatMap((exports) => Object.values(exports).flatMap((value) => (Array.isArray(value) ? value : [value])).filter(isFigure))
  .sort((a, b) => a.id.localeCompare(b.id));

const duplicate = figures.find((f, i) => figures.findIndex((g) => g.id === f.id) !== i);
if (duplicate) throw new Error(`Deux figures portent l’identifiant « ${duplicate.id} » : chaque figure doit avoir le sien.`);

/** Ids of every figure, for messages and checks. */
export const figureIds = (): string[] => figures.map((f) => f.id);

/** The figure with this id, or undefined. */
export function findFigure(id: string): FigureDefinition<unknown> | undefined {
  return figures.find((f) => f.id === id);
}

/** A figure ready to publish: its texts, both drawings, its table cells and its CSV. */
export interface BuiltFigure {
  definition: FigureDefinition<unknown>;
  description: string;
  titleId: string;
  descriptionId: string;
  svg: { narrow: string; wide: string };
  table: { headers: string[]; numeric: boolean[]; rows: string[][] };
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
    },
    csv: `${csvFormatRows([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => String(c.value(row))))])}\n`,
    rowCount: rows.length,
    embedHeight: 0,
    clientJson: definition.clientData && JSON.stringify(definition.clientData(rows)).replace(/</g, '\\u003c'),
  };
  const wideHeight = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(result.svg.wide)?.[1] ?? 400);
  result.embedHeight = Math.ceil(wideHeight + (definition.kind === 'map' ? 480 : 340));
  built.set(id, result);
  return result;
}
