import type { FigureDefinition, FigureLegend } from './types';
import { cachedPng, figureCacheKey, readEntry, writeEntry } from './cache';
import { figureCacheDir, figureCacheStats } from './cache-dir';
import { svgToPng, withContext } from '../charts/png';
import { chartWidths } from '../styles/theme';
import { csvFormatRows } from 'd3';
import { declaredFigure, figureFileReport, FigureProblems, isExampleData, loadFigureFiles, type FigureFile } from './declarative';
import path from 'node:path';
import { DataError, displayPath } from '../data/csv';
import type { FigureSpec } from '../schemas/figure';
import { t } from '../strings';
import { svgSize } from '../charts/svg';
import { textWidth, wrapText } from '../charts/text';
import { embedPhoneWidths, embedWidth } from '../utils/embed';
import { siteTypography } from '../utils/typography';
import { drawingError } from './failure';
import { listenMode } from './listen';
import { closest } from '../utils/close-names';

// Every module of this folder that exports a figure is registered: adding a figure is adding a file.
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./types.ts', '!./declarative.ts', '!./describe.ts', '!./cache.ts', '!./cache-dir.ts', '!./failure.ts'], {
  eager: true,
});

const isFigure = (value: unknown): value is FigureDefinition<any> =>
  typeof value === 'object' && value !== null && 'id' in value && 'render' in value && 'columns' in value;

/** The bespoke figures: modules of src/figures/ (timeline, structure, the pôles map), each with its source file. */
const bespokeFigures: readonly { definition: FigureDefinition<any>; file: string }[] = Object.entries(modules).flatMap(([key, exports]) =>
  Object.values(exports)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isFigure)
    .map((definition) => ({ definition, file: `src/figures/${key.replace(/^\.\//, '')}` })),
);

/** The file that defines a figure: its figure file, or its bespoke module. */
export const figureSourceFile = (definition: FigureDefinition<unknown>): string =>
  definition.declared?.file ?? bespokeFigures.find((b) => b.definition === definition)?.file ?? `src/figures/${definition.id}.ts`;

let registry:
  | { files: FigureFile[]; figures: FigureDefinition<any>[]; broken: Map<string, DataError[]>; problems: DataError[] }
  | undefined;

/**
 * Both kinds of figure in one registry, one id namespace; re-read when a figure file is added,
 * removed or saved. Two figures with one id are one problem naming both files: the id stays
 * known (so chapters that place it are not told it does not exist) and is never drawn.
 */
function currentRegistry() {
  const files = loadFigureFiles();
  if (registry?.files === files) return registry;
  const sources = new Map<string, string[]>();
  for (const { definition, file } of bespokeFigures) sources.set(definition.id, [...(sources.get(definition.id) ?? []), file]);
  for (const f of files) sources.set(f.id, [...(sources.get(f.id) ?? []), displayPath(f.file)]);
  const problems: DataError[] = [];
  const broken = new Map<string, DataError[]>();
  for (const [id, where] of sources) {
    if (where.length < 2) continue;
    const file = files.find((f) => f.id === id)?.file ?? where[0]!;
    const problem = new DataError({ file }, t.figures.duplicateId(id, where));
    problems.push(problem);
    broken.set(id, [problem]);
  }
  for (const f of files) if (!broken.has(f.id) && (!f.spec || f.problems.length)) broken.set(f.id, f.problems);
  const declared = files.filter((f): f is FigureFile & { spec: FigureSpec } => f.spec !== undefined && f.problems.length === 0 && !broken.has(f.id));
  const figures = [...bespokeFigures.map((b) => b.definition).filter((d) => !broken.has(d.id)), ...declared.map(declaredFigure)].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  registry = { files, figures, broken, problems };
  return registry;
}

/**
 * Every problem of the figures (the registry's, then each figure file's and its data's), and the
 * warnings: values that look like fractions in a percentage figure, and, given the chapters, each
 * published figure no chapter places (it is still on /embed/ and /integrer/).
 */
export function figureReport(chapters?: readonly { text: string }[]): { problems: DataError[]; warnings: DataError[] } {
  const files = figureFileReport();
  const warnings = [...files.warnings];
  if (chapters) {
    const placed = new Set(chapters.flatMap((c) => [...c.text.matchAll(/<Figure\s+id="([^"]*)"/g)].map((m) => m[1]!)));
    for (const { id, embedOnly } of currentRegistry().figures) {
      if (placed.has(id) || embedOnly) continue;
      const declared = currentRegistry().files.find((f) => f.id === id);
      if (declared && isExampleData(declared.dataDir)) continue;
      const file = declared?.file ?? bespokeFigures.find((b) => b.definition.id === id)!.file;
      warnings.push(new DataError({ file }, t.figureFile.unplaced(id)));
    }
  }
  return { problems: [...currentRegistry().problems, ...files.problems], warnings };
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

/** A figure ready to publish: its texts, its drawings, its table cells and its CSV. */
export interface BuiltFigure {
  definition: FigureDefinition<unknown>;
  description: string;
  /** Caveats shown under the figure (a figure file's own note and the notes its data called for). */
  note?: string;
  titleId: string;
  descriptionId: string;
  /** The narrow and wide drawings; only `wide` for a figure drawn once (it is scaled, and its legend is `legend`). */
  svg: { narrow?: string; wide: string };
  /** The HTML legend of a figure drawn once. */
  legend?: FigureLegend;
  /** The drawing the PNG is made from when it is not `svg.wide` (a figure drawn once: with its legend inside). */
  pngSvg?: string;
  /** bars: per row, the in-cell bar length (0 to 1) of each column that has one, else null (table figures); sorted: a column's first order, else null. */
  table: {
    headers: string[];
    numeric: boolean[];
    rows: string[][];
    raw: (string | number)[][];
    bars: (number | null)[][];
    sorted: ('ascending' | 'descending' | null)[];
    /** What « surligner » chose, when it chose something: rows and columns marked in the table, and the cell of a row that says so. */
    highlight?: { rows: boolean[]; columns: boolean[]; markColumn: number };
  };
  csv: string;
  rowCount: number;
  /** The iframe height (px) declared before the embed page reports its own: at least the page's height at `embedWidth`. */
  embedHeight: number;
  /** The height (px) the pasted iframe keeps when a CMS strips embed.js: the page's tallest height at phone widths (`embedPhoneWidths`). */
  embedFallbackHeight: number;
  /** JSON for the figure's script (interactive figures only), safe to embed in a <script type="application/json">. */
  clientJson?: string;
}

/** What the cache keeps of a built figure: all of it but its definition (code). */
type StoredFigure = Omit<BuiltFigure, 'definition'>;

const built = new Map<string, BuiltFigure>();
const cacheKeys = new Map<string, string>();
const pngs = new Map<string, Promise<Buffer>>();

/**
 * A figure ready to publish, built once per build (its page, PNG, CSV and embed reuse it): taken
 * from the figure cache when nothing it depends on changed, drawn otherwise; its PNG starts
 * rasterising at once, in the background. In dev, drawn on every request, so a saved CSV shows at once.
 */
export function buildFigure(id: string): BuiltFigure {
  const dev = import.meta.env.DEV;
  const cached = built.get(id);
  if (cached && !dev) return cached;
  const broken = currentRegistry().broken.get(id);
  if (broken) throw new FigureProblems(broken);
  const definition = findFigure(id);
  if (!definition) throw new Error(t.figures.unknownFigure(id, figureIds(), closest(id, figureIds())));
  const key = dev || !figureCacheDir() ? undefined : figureCacheKey(definition, import.meta.env.BASE_URL);
  let stored = key ? readEntry<StoredFigure>(key) : undefined;
  if (stored) {
    figureCacheStats().reused += 1;
  } else {
    try {
      stored = drawFigure(definition);
    } catch (error) {
      throw drawingError(definition, figureSourceFile(definition), error);
    }
    if (key) writeEntry(key, stored);
    if (!dev) figureCacheStats().drawn.push(id);
  }
  const result: BuiltFigure = { ...stored, definition };
  built.set(id, result);
  if (!dev) {
    if (key) cacheKeys.set(id, key);
    // Started now so that sharp works while the pages render; errors surface where the PNG is awaited.
    figurePng(id).catch(() => undefined);
  }
  return result;
}

/** A figure's PNG (its wide drawing, or its drawing with the legend, at 2×): from the cache, or rasterised once per build. */
export function figurePng(id: string): Promise<Buffer> {
  const known = pngs.get(id);
  if (known && !import.meta.env.DEV) return known;
  const figure = buildFigure(id);
  const png = cachedPng(cacheKeys.get(id), () => svgToPng(figurePngSvg(figure), 2)).catch((error: unknown) => {
    throw drawingError(figure.definition, figureSourceFile(figure.definition), error);
  });
  pngs.set(id, png);
  return png;
}

/**
 * The drawing a figure's PNG is made from: its wide drawing (a map's with its legend inside), with
 * its title above and its source and note below, so that the file keeps its context once downloaded.
 */
export function figurePngSvg(figure: BuiltFigure): string {
  const { definition } = figure;
  return withContext(figure.pngSvg ?? figure.svg.wide, {
    title: siteTypography(definition.title),
    source: siteTypography(`${t.figures.source} : ${definition.source}`),
    note: figure.note ? siteTypography(`${t.figures.note} : ${figure.note}`) : undefined,
  });
}

/** The pixel size of a figure's PNG. */
export function pngSize(figure: BuiltFigure, scale = 2): { width: number; height: number } {
  const { width, height } = svgSize(figurePngSvg(figure));
  return { width: width * scale, height: height * scale };
}

/** A figure's CSV download: its columns' raw values, for every row (a table figure's rows beyond those shown included). */
export function figureCsv<Row>(definition: FigureDefinition<Row>): string {
  const { columns } = definition;
  const rows = definition.csvRows?.() ?? definition.rows();
  return `${csvFormatRows([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => String(c.value(row))))])}\n`;
}

/** The rows and columns « surligner » chose, for the data table; nothing when it chose none. */
function tableHighlight<Row>(definition: FigureDefinition<Row>, rows: readonly Row[]): { highlight?: BuiltFigure['table']['highlight'] } {
  const marked = rows.map((row) => definition.highlightedRow?.(row) ?? false);
  const columns = definition.columns.map((c) => Boolean(c.highlighted));
  const markColumn = Math.max(0, definition.columns.findIndex((c) => c.rowMark));
  return marked.includes(true) || columns.includes(true) ? { highlight: { rows: marked, columns, markColumn } } : {};
}

/** Draws a figure: its rows, texts, drawings, table and CSV. */
function drawFigure(definition: FigureDefinition<unknown>): StoredFigure {
  const { id } = definition;
  const rows = definition.rows();
  const titleId = `${id}-titre`;
  const descriptionId = `${id}-description`;
  // The drawing's text alternative is the caption beside it: the figure is named by its title (a
  // heading) and the description is the caption's paragraph, each read once; the drawing is hidden
  // from assistive technologies (not a second name for the same texts), its data in the table.
  const labelledBy = '';
  const draw = (variant: keyof typeof chartWidths, legendInside?: boolean) =>
    definition.render(rows, { width: chartWidths[variant], idPrefix: `${id}-${variant}-`, labelledBy, legendInside });
  const columns = definition.columns;
  const once = Boolean(definition.drawnOnce);
  const result: StoredFigure = {
    description: definition.description(rows),
    note: definition.note,
    titleId,
    descriptionId,
    svg: once ? { wide: draw('wide', false) } : { narrow: draw('narrow'), wide: draw('wide') },
    legend: once ? definition.legend?.(rows) : undefined,
    pngSvg: once ? draw('wide', true) : undefined,
    table: {
      headers: columns.map((c) => c.label),
      numeric: columns.map((c) => Boolean(c.numeric)),
      rows: rows.map((row) => columns.map((c) => (c.format ? c.format(row) : String(c.value(row))))),
      raw: rows.map((row) => columns.map((c) => c.value(row))),
      // Note: null, not undefined, for « none »: the cache keeps entries as JSON, which turns undefined in an array into null.
      bars: rows.map((row) => columns.map((c) => c.bar?.(row) ?? null)),
      sorted: columns.map((c) => c.sorted ?? null),
      ...tableHighlight(definition, rows),
    },
    csv: figureCsv(definition),
    rowCount: rows.length,
    embedHeight: 0,
    embedFallbackHeight: 0,
    clientJson: definition.clientData && JSON.stringify(definition.clientData(rows)).replace(/</g, '\\u003c'),
  };
  // An interactive map's details panel and keyboard hint are in its own words: the shared code has none.
  if (result.clientJson && !definition.panel) throw new Error(`figure ${definition.id}: a map whose script reads data gives its panel texts (panel)`);
  result.embedHeight = embedPageHeight({ ...result, definition }, embedWidth);
  result.embedFallbackHeight = Math.max(result.embedHeight, ...embedPhoneWidths.map((width) => embedPageHeight({ ...result, definition }, width)));
  return result;
}

// Note: these mirror src/styles/global.css for an embed page (16 px root, rem converted): the
// paddings of body.embed main, the caption, the figure's footer and the map panel. Text lines are
// counted with the chart renderers' generous text measure, so the estimate errs on the tall side.
const embedLayout = {
  pagePadding: { top: 12, bottom: 8 },
  title: { size: 20, line: 26, after: 5.6 },
  small: { size: 14, line: 22.4, gap: 5.6 },
  captionAfter: 12,
  footerBefore: 12,
  details: { height: 33.6, margin: 12 },
  downloads: { before: 8, row: 30.4, rowGap: 4, columnGap: 20 },
  credit: { before: 9, gap: 16 },
  mapPanel: { before: 12, padding: 24, inset: 36 },
  /** The « Écouter » button's line, first in the footer of the charts one can listen to. */
  listen: { height: 35.6, after: 5.6 },
  /** The HTML legend of a figure drawn once: margin above, gap between rows, width of a key and its gap. */
  legend: { before: 8, rowGap: 4, key: 30 },
  table: { before: 8, cellPadding: 9.6 + 1, line: 27.2, size: 17, headerRule: 2 },
  wideFrom: 544,
  chartMaxWidth: 832,
  /** Room for what the measure cannot know: a system font wider than expected, a wrapped label. */
  margin: { ratio: 0.04, px: 16 },
} as const;

/** Lines a text takes at a width in the small type of captions and footers. */
const smallLines = (text: string, width: number, bold = false) => wrapText(siteTypography(text), width, embedLayout.small.size, bold).length;

/** Rows a wrapping flex list takes: items placed greedily, each as wide as its text. */
function flexRows(items: readonly string[], width: number, gap: number): number {
  let rows = 1;
  let used = 0;
  for (const item of items) {
    const w = Math.min(width, textWidth(item, embedLayout.small.size));
    if (used > 0 && used + gap + w > width) {
      rows += 1;
      used = w;
    } else {
      used += (used > 0 ? gap : 0) + w;
    }
  }
  return rows;
}

/** Height (px) of a table figure's table at a content width: one line per cell unless its text wraps in an even share of the width. */
function tableHeight(table: BuiltFigure['table'], width: number): number {
  const { size, line, cellPadding, before, headerRule } = embedLayout.table;
  const columnWidth = width / Math.max(1, table.headers.length) - cellPadding;
  // Note: browsers also break after a hyphen or a dash (« Gaspésie–Îles-de-la-Madeleine »), and a sortable header ends with its arrow.
  const breakable = (cell: string) => cell.replace(/([-–—])(?=\S)/g, '$1 ');
  const rowHeight = (cells: readonly string[], bold: boolean) =>
    Math.max(1, ...cells.map((cell) => wrapText(breakable(cell), columnWidth, size, bold).length)) * line + cellPadding;
  const headers = table.headers.map((h) => `${h}\u00a0↕`);
  // A table whose columns all fit on one line at their widest (auto layout) keeps one line per row
  // (glyphs only, and a tenth off: the measure is generous and real fonts narrower).
  const barWidth = (c: number) => (table.bars.some((row) => row[c] != null) ? 64 + 8 : 0);
  const glyphs = (text: string, bold = false) => textWidth(text, size, bold, false);
  const widest = headers.map((h, c) => Math.max(glyphs(h, true), ...table.rows.map((row) => glyphs(row[c] ?? ''))) + barWidth(c) + cellPadding);
  if (0.9 * widest.reduce((a, b) => a + b, 0) <= width) return before + headerRule + (table.rows.length + 1) * (line + cellPadding);
  return before + headerRule + rowHeight(headers, true) + table.rows.reduce((sum, row) => sum + rowHeight(row, false), 0);
}

/**
 * The height (px) of a figure's embed page in an iframe `width` pixels wide: the drawing at that
 * width plus the caption, map panel and footer text laid out at that width, with a margin.
 */
function embedPageHeight(figure: BuiltFigure, width: number): number {
  const { definition } = figure;
  const L = embedLayout;
  const content = width - 2 * Math.min(16, Math.max(8, width * 0.02));
  const small = L.small;
  let height = L.pagePadding.top;
  height += wrapText(siteTypography(definition.title), content, L.title.size, true).length * L.title.line + L.title.after;
  height += smallLines(figure.description, content) * small.line + L.captionAfter;
  if (definition.kind === 'table') {
    height += tableHeight(figure.table, content);
  } else {
    const drawing = svgSize(content >= L.wideFrom ? figure.svg.wide : (figure.svg.narrow ?? figure.svg.wide));
    height += (drawing.height * Math.min(content, L.chartMaxWidth)) / drawing.width;
  }
  if (figure.legend) {
    const { legend: box } = L;
    height += box.before + smallLines(figure.legend.title, content, true) * small.line;
    for (const item of figure.legend.items) height += box.rowGap + Math.max(1, smallLines(item.label, content - box.key)) * small.line;
  }
  if (figure.clientJson) {
    const hint = definition.panel!.hint;
    height += L.mapPanel.before + L.mapPanel.padding + smallLines(hint, content - L.mapPanel.inset) * small.line + small.gap;
  }
  height += L.footerBefore + smallLines(`${t.figures.source} : ${definition.source}`, content) * small.line;
  if (definition.kind === 'chart' && listenMode(definition.declared?.type)) height += L.listen.height + L.listen.after;
  if (figure.note) height += small.gap + smallLines(`${t.figures.note} : ${figure.note}`, content) * small.line;
  if (definition.kind === 'table') {
    height += L.downloads.before;
  } else {
    height += L.details.margin + L.details.height + L.details.margin;
  }
  const sources = `${t.figures.sourceData} : ${definition.datasets.map((file) => file.split('/').at(-1)).join(', ')}`;
  const rows = flexRows([t.figures.downloadCsv, t.figures.downloadPng, sources], content, L.downloads.columnGap);
  height += rows * L.downloads.row + (rows - 1) * L.downloads.rowGap;
  height += L.credit.before + flexRows([t.embed.credit, t.embed.seeInReport], content, L.credit.gap) * small.line;
  height += small.gap + L.pagePadding.bottom;
  return Math.ceil(height * (1 + L.margin.ratio) + L.margin.px);
}
