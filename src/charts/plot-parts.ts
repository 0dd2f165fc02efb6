import type { Selection } from 'd3';
import { textWidth, wrapText } from './text';
import { gridline, palette } from '../styles/theme';

// Parts drawn alike by the charts with a plot (lines, areas, scatter): the value axis, the legend
// that flows in rows at the top, and the transparent bands that carry a column's values for the
// pointer and the keyboard.

type Group = Selection<SVGGElement, unknown, null, undefined>;

/**
 * The value axis, in the plot's coordinates: a dotted gridline across the plot at each tick (a
 * solid ink line at zero) and its label right-aligned just left of the plot.
 */
export function drawValueAxis(
  plot: Group,
  className: string,
  ticks: readonly number[],
  labels: readonly string[],
  y: (v: number) => number,
  plotLeft: number,
  plotRight: number,
): void {
  const axis = plot.append('g').attr('class', className);
  for (const [i, v] of ticks.entries()) {
    axis
      .append('line')
      .attr('x1', plotLeft)
      .attr('x2', plotRight)
      .attr('y1', y(v))
      .attr('y2', y(v))
      .attr('stroke', v === 0 ? palette.ink : gridline)
      .attr('stroke-dasharray', v === 0 ? null : '1 2')
      .attr('stroke-width', 1);
    axis.append('text').attr('x', plotLeft - 6).attr('y', y(v)).attr('dy', '0.32em').attr('text-anchor', 'end').attr('fill', palette.inkMuted).text(labels[i]!);
  }
}

/** A legend entry placed by flowLegend: the index of what it names, its top-left corner and its wrapped lines. */
export interface LegendItem {
  index: number;
  x: number;
  y: number;
  lines: string[];
}

/**
 * The legend's layout: each name (wrapped to the width after its swatch) placed after the previous
 * one, 16 apart, or at the start of a new row (4 below the tallest item of the row) when it would
 * pass the width. Returns the items and the bottom of the last row.
 */
export function flowLegend(
  names: readonly { label: string; bold: boolean }[],
  { width, top, swatch, fontSize, lineHeight }: { width: number; top: number; swatch: number; fontSize: number; lineHeight: number },
): { items: LegendItem[]; bottom: number } {
  const items: LegendItem[] = [];
  let x = 0;
  let row = top;
  let rowHeight = lineHeight;
  for (const [index, { label, bold }] of names.entries()) {
    const lines = wrapText(label, width - swatch, fontSize, bold);
    const w = swatch + Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
    if (x > 0 && x + w > width) {
      x = 0;
      row += rowHeight + 4;
      rowHeight = lineHeight;
    }
    items.push({ index, x, y: row, lines });
    rowHeight = Math.max(rowHeight, lines.length * lineHeight);
    x += w + 16;
  }
  return { items, bottom: row + rowHeight };
}

/** Draws the legend laid out by flowLegend: each item's swatch (drawn by `swatch`), then its lines `textLeft` after its left edge, at weight 700 where `bold` says so. */
export function drawLegend(
  g: Group,
  items: readonly LegendItem[],
  { textLeft, fontSize, lineHeight, swatch, bold }: { textLeft: number; fontSize: number; lineHeight: number; swatch: (item: LegendItem) => void; bold: (index: number) => boolean },
): void {
  for (const item of items) {
    swatch(item);
    item.lines.forEach((l, i) => {
      const text = g.append('text').attr('x', item.x + textLeft).attr('y', item.y + i * lineHeight + fontSize - 1).text(l);
      if (bold(item.index)) text.attr('font-weight', 700);
    });
  }
}

/**
 * One transparent band per column, for the pointer and the keyboard: from halfway to the previous
 * column to halfway to the next (the plot's edges at the ends), the plot's height, with the
 * column's data-label and data-value. A column whose value is null gets no band.
 */
export function drawHitBands(
  plot: Group,
  className: string,
  xs: readonly number[],
  columns: readonly { label: string; value: string | null }[],
  { plotLeft, plotRight, plotHeight }: { plotLeft: number; plotRight: number; plotHeight: number },
): void {
  const bands = plot.append('g').attr('class', className).attr('fill', 'transparent');
  for (const [c, { label, value }] of columns.entries()) {
    if (value === null) continue;
    const left = c === 0 ? plotLeft : (xs[c - 1]! + xs[c]!) / 2;
    const right = c === columns.length - 1 ? plotRight : (xs[c]! + xs[c + 1]!) / 2;
    bands.append('rect').attr('x', left).attr('y', 0).attr('width', right - left).attr('height', plotHeight).attr('data-label', label).attr('data-value', value);
  }
}
