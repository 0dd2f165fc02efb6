import type { Legend } from '../charts/model';

/** A legend shown in HTML under a figure drawn once. */
export type FigureLegend = Legend;

/** One column of a figure's data table (and of its CSV download). */
export interface TableColumn<Row> {
  /** Header of the column, in French. */
  label: string;
  /** The raw value written in the CSV download. */
  value: (row: Row) => string | number;
  /** The value as shown in the HTML table (fr-CA formats); defaults to the raw value. */
  format?: (row: Row) => string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The column the rows are sorted by at first (table figures), and how. */
  sorted?: 'ascending' | 'descending';
  /** Length (0 to 1) of a bar drawn in the cell beside its value (table figures). */
  bar?: (row: Row) => number;
  /** Chosen by « surligner » (a series): its header is marked. */
  highlighted?: boolean;
  /** The cell that says a chosen row is chosen (else the row's first cell). */
  rowMark?: boolean;
}

/**
 * A map's details panel, in the words of its type: its hint, and for a map of points what it says of
 * a region with no point and of a point with no known place. The shared figure code has none of its own.
 */
export interface MapPanelTexts {
  hint: string;
  none?: string;
  unknown?: string;
  /** The keyboard hint the drawing points to. */
  keys: string;
}

/** What a renderer is asked for: a width and the ids that keep its SVG unique and labelled on a page. */
export interface RenderRequest {
  width: number;
  idPrefix: string;
  labelledBy: string;
  /**
   * For a figure drawn once (`drawnOnce`): false on pages, where its legend is HTML under the
   * drawing (text that stays readable however small the drawing is scaled); true (the default)
   * for the PNG, which must stand alone.
   */
  legendInside?: boolean;
}

/**
 * A figure of the report: one id (it becomes a URL), its caption texts, the data files it reads,
 * the rows it draws, their table, and a renderer from those rows to SVG.
 */
export interface FigureDefinition<Row = unknown> {
  /** Stable kebab-case id, used in URLs (/figures/<id>.png, /embed/<id>/) and in MDX (<Figure id="…" />). */
  id: string;
  /** "chart" for the charts, "map" for maps, "table" for a table figure (its table is the figure). */
  kind: 'chart' | 'map' | 'table';
  /** For a figure declared in a figure file: that file and its chart type. */
  declared?: { file: string; type: string; dataDir: string };
  /** Title shown above the figure. */
  title: string;
  /** One sentence that says what the figure shows, computed from the rows drawn (also the alt text). */
  description: (rows: readonly Row[]) => string;
  /** Where the data comes from, in words. */
  source: string;
  /** Caveats a reader must know, if any. */
  note?: string;
  /** Data files it reads, relative to data/. */
  datasets: readonly string[];
  /** Loads and shapes the rows the figure draws. */
  rows: () => Row[];
  /** The rows of its CSV download, when they are more than the rows drawn (a table figure cut at its first rows); else `rows`. */
  csvRows?: () => Row[];
  /** The data table under the figure: exactly the rows drawn. */
  columns: readonly TableColumn<Row>[];
  /** Rows chosen by « surligner »: marked in the data table. */
  highlightedRow?: (row: Row) => boolean;
  /** For interactive figures (maps): the data their script reads, as plain JSON. */
  clientData?: (rows: readonly Row[]) => unknown;
  /** For interactive maps (those with clientData): the details panel's texts and the keyboard hint. */
  panel?: MapPanelTexts;
  /** Draws the rows as a finished, accessible SVG string. */
  render: (rows: readonly Row[], request: RenderRequest) => string;
  /**
   * Drawn once, at the wide width, and scaled down on narrow screens, because its narrow and wide
   * drawings would differ only in scale (the maps). Its legend is then HTML (`legend`), so no
   * text shrinks with the drawing.
   */
  drawnOnce?: boolean;
  /** The legend of a figure drawn once, from the rows it draws. */
  legend?: (rows: readonly Row[]) => FigureLegend;
  /**
   * Made for partners' sites only (/embed/ and /integrer/), on purpose in no chapter: the check does
   * not warn that no chapter places it.
   */
  embedOnly?: boolean;
}

/** Declares a figure with its row type checked against its renderer and table. */
export function defineFigure<Row>(figure: FigureDefinition<Row>): FigureDefinition<Row> {
  return figure;
}
