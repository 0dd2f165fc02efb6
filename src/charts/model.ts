import type { FinalizeOptions } from './svg';
import type { ChartAnnotation } from './annotate';

// The data and request shapes every declarative chart renderer takes. A renderer is pure:
// (data, request) → finished SVG string (through finalizeSvg), no DOM globals, no clock.
//
// Interaction contract (read by src/scripts/chart-tooltip.ts; a renderer never depends on it):
// every mark a reader can point at (a bar, a segment, a point, an arc) carries
//   data-label="<category> — <series>"  (just "<category>" when there is one series)
//   data-value="<value formatted in fr-CA>"
// and the marks appear in the SVG in reading order (category by category, then series).

/** A legend as data: a title and one line per key (drawn in an SVG, or shown in HTML under a drawing that is scaled). */
export interface Legend {
  title: string;
  items: readonly {
    /** swatch: a filled square; dot: a filled disc; ring: a hollow disc; frame: an empty square (the map's inset); note: a numbered disc. */
    key: 'swatch' | 'dot' | 'ring' | 'frame' | 'note';
    /** A note's number (key « note »: a map's annotation, its numbered marker on the drawing). */
    number?: number;
    color: string;
    /** A swatch hatched over its colour (a map's « Aucune donnée »: told apart from the palest class by more than its colour). */
    hatched?: boolean;
    label: string;
  }[];
}

/** Formats a value for readers, in fr-CA: 12,5 % ; 1 234 $ ; 3,2 M$. */
export type ValueFormat = (value: number) => string;

/** One category (a bar, a column group, a point on the x axis, a part of a donut). */
export interface ChartCategory {
  /** Stable key (unique within the chart). */
  key: string;
  /** Text shown on the axis, in the tooltip and in the table. */
  label: string;
  /** Chosen by « surligner »: drawn in its colour while the others are muted (src/charts/highlight.ts). */
  highlight?: boolean;
  /** Position on a continuous x axis (lines): the year (2019) or a date as epoch milliseconds. */
  position?: number;
}

/** One series (a colour); single-series charts have exactly one. */
export interface ChartSeries {
  key: string;
  /** Legend or end-of-line label. */
  label: string;
  /** Chosen by « surligner »: drawn in its colour while the other series are muted. */
  highlight?: boolean;
}

/** Categories × series: values[s][c] is the value of series s for category c (null when missing). */
export interface CategoricalData {
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  values: readonly (readonly (number | null)[])[];
}

/** What every declarative renderer is asked for. */
export interface ChartRequest extends FinalizeOptions {
  /** Drawing width in SVG units (360 narrow, 640 wide). */
  width: number;
  /** Formats values in labels and tooltips. */
  format: ValueFormat;
  /** Formats axis ticks (defaults to format). */
  tickFormat?: ValueFormat;
  /** Title of the value axis, e.g. « Nombre de pôles identifiés »; none when empty. */
  valueLabel?: string;
  /** Notes, reference lines and shaded ranges drawn on the chart (src/charts/annotate.ts). */
  annotations?: readonly ChartAnnotation[];
  /** Drawn as one panel of a larger drawing (small multiples): see PanelRequest. */
  panel?: PanelRequest;
}

/**
 * A chart drawn as one panel of a larger drawing (src/figures/types/petits-multiples/): its text
 * keeps the sizes of the whole drawing (a 170-unit panel of a 360-unit drawing writes at the
 * 360-unit sizes), its value axis is the one every panel shares, its plot has the given height,
 * and it writes no values on its marks (the shared axis, the tooltip and the table give them).
 */
export interface PanelRequest {
  /** Width of the whole drawing, which sets the text sizes. */
  drawingWidth: number;
  /** The value axis's domain, the same for every panel (niced by the caller). */
  domain: [number, number];
  /** Height of the plot area. */
  plotHeight: number;
  /** « surligner » chose other panels: this one's marks are muted (src/charts/highlight.ts). */
  muted?: boolean;
}
