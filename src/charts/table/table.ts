import { createSvg, finalizeSvg, type FinalizeOptions } from '../svg';
import { textWidth } from '../text';
import { chartType, palette } from '../../styles/theme';
import { formatNumber } from '../../utils/format';
import { t } from '../../strings';

/** A table as drawn: headers, shown cells, which columns are numeric, and an optional bar column. */
export interface TableDrawing {
  headers: readonly string[];
  numeric: readonly boolean[];
  rows: readonly (readonly string[])[];
  /** Bar lengths (0 to 1) drawn in one column, beside its value. */
  bars?: { column: number; lengths: readonly number[] };
}

/** Most rows the drawing shows (the page's HTML table shows every row). */
export const maxDrawnRows = 30;

const rowHeight = 26;

// Note: this drawing is only ever rasterised (the PNG) or kept as a snapshot: pages show the HTML
// table. No reader stylesheet reaches it, so text is measured without the text-spacing allowance.
const spacing = false;

/** Ellipsis when a cell is wider than its column. */
function fit(text: string, width: number, size: number): string {
  if (textWidth(text, size, false, spacing) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, false, spacing) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * A table figure drawn as SVG, for its PNG, its snapshot and the catalogue: header row, zebra rows,
 * numbers right-aligned, in-cell bars. The page itself shows the HTML table (sortable, complete).
 */
export function renderTable(table: TableDrawing, options: FinalizeOptions & { width: number }): string {
  const { width } = options;
  const size = width < 500 ? chartType.small - 1 : chartType.small;
  const shownRows = table.rows.slice(0, maxDrawnRows);
  const more = table.rows.length - shownRows.length;
  const pad = 8;
  const barWidth = width < 500 ? 28 : 64;
  // Column widths: what each column needs (header and cells). Numbers are never cut: when the
  // table is too wide, the text columns give up width first (their cells end with « … »).
  const need = (i: number, withHeader: boolean) => {
    const texts = [...(withHeader || !table.numeric[i] ? [table.headers[i]!] : []), ...shownRows.map((r) => r[i] ?? '')];
    return Math.max(...texts.map((c) => textWidth(c, size, true, spacing))) + 2 * pad + (table.bars?.column === i ? barWidth + pad : 0);
  };
  const full = table.headers.map((_, i) => need(i, true));
  // A numeric column's header may be cut when room is short, its numbers never.
  const needs = full.reduce((a, b) => a + b, 0) <= width ? full : table.headers.map((_, i) => need(i, false));
  const fixed = needs.reduce((sum, n, i) => sum + (table.numeric[i] ? n : 0), 0);
  const flexible = needs.reduce((sum, n, i) => sum + (table.numeric[i] ? 0 : n), 0);
  const room = Math.max(width - fixed, 0);
  const textScale = flexible > room ? room / flexible : 1;
  const numberScale = fixed > width ? width / fixed : 1;
  const widths = needs.map((n, i) => (table.numeric[i] ? n * numberScale : n * textScale));
  // Room left over goes to the headers that were cut.
  let spare = width - widths.reduce((sum, w) => sum + w, 0);
  widths.forEach((w, i) => {
    const grow = Math.min(Math.max(full[i]! - w, 0), spare);
    widths[i] = w + grow;
    spare -= grow;
  });
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const height = (shownRows.length + 1 + (more > 0 ? 1 : 0)) * rowHeight + 2;
  const svg = createSvg(width, height).attr('font-size', size).attr('class', 'table-drawing');

  const header = svg.append('g').attr('font-weight', 700);
  table.headers.forEach((h, i) => {
    const right = table.numeric[i];
    header
      .append('text')
      .attr('x', right ? xs[i]! + widths[i]! - pad : xs[i]! + pad)
      .attr('y', rowHeight - 8)
      .attr('text-anchor', right ? 'end' : 'start')
      .text(fit(h, widths[i]! - 2 * pad, size));
  });
  svg.append('line').attr('x1', 0).attr('x2', width).attr('y1', rowHeight).attr('y2', rowHeight).attr('stroke', palette.ink).attr('stroke-width', 1.5);

  shownRows.forEach((row, r) => {
    const y = (r + 1) * rowHeight;
    const g = svg.append('g').attr('transform', `translate(0,${y})`);
    if (r % 2 === 1) g.append('rect').attr('width', width).attr('height', rowHeight).attr('fill', palette.surface);
    row.forEach((cell, i) => {
      const right = table.numeric[i];
      const bar = table.bars?.column === i ? table.bars.lengths[r] : undefined;
      const textRight = xs[i]! + widths[i]! - pad - (bar !== undefined ? barWidth + pad : 0);
      g.append('text')
        .attr('x', right ? textRight : xs[i]! + pad)
        .attr('y', rowHeight - 8)
        .attr('text-anchor', right ? 'end' : 'start')
        .attr('font-weight', i === 0 ? 700 : null)
        .text(fit(cell, widths[i]! - 2 * pad - (bar !== undefined ? barWidth + pad : 0), size));
      if (bar !== undefined) {
        g.append('rect')
          .attr('x', xs[i]! + widths[i]! - pad - barWidth)
          .attr('y', 7)
          .attr('width', Math.max(bar > 0 ? 1 : 0, bar * barWidth))
          .attr('height', rowHeight - 14)
          .attr('fill', palette.accent);
      }
    });
  });
  if (more > 0) {
    svg
      .append('text')
      .attr('x', pad)
      .attr('y', (shownRows.length + 2) * rowHeight - 8)
      .attr('fill', palette.inkMuted)
      .text(t.figureFile.moreRows(more, formatNumber(more)));
  }
  return finalizeSvg(svg.node()!, options);
}
