import { scaleLinear, scaleSqrt } from 'd3';
import { createSvg, finalizeSvg, type FinalizeOptions } from '../../../charts/svg';
import { annotatedRange, drawAnnotations, type ChartAnnotation } from '../../../charts/annotate';
import { chartText, textWidth, wrapText } from '../../../charts/text';
import { dodge } from '../../../charts/dodge';
import type { ValueFormat } from '../../../charts/model';
import { chartType, gridline, palette, series as seriesColours } from '../../../styles/theme';
import { anyHighlighted, highlightColour } from '../../../charts/highlight';
import { drawLegend, drawValueAxis, flowLegend, type LegendItem } from '../../../charts/plot-parts';
import { textes } from './textes';

// The scatter drawing: one disc per point at (x, y), its area by a value if asked, its colour by
// a category if asked, some points named beside their disc. Pure: (points, request) → SVG string.

/** One point of the scatter, in reading order. */
export interface ScatterPoint {
  name: string;
  x: number;
  y: number;
  size?: number;
  /** Index of its colour category. */
  group?: number;
  /** Named on the drawing. */
  labelled: boolean;
  /** Chosen by « surligner » (by its name or its colour category): in its colour while the others are muted. */
  highlight?: boolean;
  /** What its tooltip says: « x : 12 ; y : 3,4 … ». */
  value: string;
}

export interface ScatterRequest extends FinalizeOptions {
  width: number;
  tickX: ValueFormat;
  tickY: ValueFormat;
  titleX: string;
  titleY: string;
  /** Colour categories, in order (none: one colour). */
  groups: readonly string[];
  /** The column giving the points' area, if any. */
  sizeTitle?: string;
  /** Colour categories chosen by « surligner »: bold in the legend, the others' keys muted. */
  chosenGroups?: readonly string[];
  /** Notes on named points, value lines and bands on the vertical axis (src/charts/annotate.ts). */
  annotations?: readonly ChartAnnotation[];
}

/** Most colour categories a scatter tells apart. */
export const maxGroups = seriesColours.length;

const tickGap = 10;

/** The plot's domain: the data's extent widened a little so no disc touches the frame (never across zero), then rounded by the scale. */
function domain(values: readonly number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return lo === 0 ? [-1, 1] : [lo - Math.abs(lo) / 2, hi + Math.abs(hi) / 2];
  const pad = (hi - lo) * 0.05;
  // Note: positive data never gets a negative axis (nor negative data a positive one) for the padding's sake.
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi <= 0 ? Math.min(0, hi + pad) : hi + pad];
}

/**
 * A scatter plot: both axes with gridlines and their titles, discs in the series colours with a
 * white ring (overlaps stay visible), a legend of the colours and a note of what the area says at
 * the top, the chosen points named beside their disc (moved apart vertically when they would
 * overlap, with a leader line). Every disc carries data-label (the point's name) and data-value.
 */
export function renderScatter(points: readonly ScatterPoint[], options: ScatterRequest): string {
  const { width, tickX, tickY, titleX, titleY, groups, sizeTitle, chosenGroups = [] } = options;
  const anyChosen = anyHighlighted(points);
  if (points.length === 0) throw new Error('renderScatter: no points to draw');
  for (const p of points) if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new Error(`renderScatter: point « ${p.name} » has a non-finite coordinate`);
  const narrow = width < 480;
  const { font: fontSize, line: lineHeight } = chartText(width, chartType);
  const colours = groups.length ? groups.map((_, i) => seriesColours[i % seriesColours.length]!) : [seriesColours[0]];

  // Top: the y axis title, then the colour legend and what the area says.
  let top = 0;
  const yTitle = wrapText(titleY, width, fontSize);
  top += yTitle.length * lineHeight + 6;
  const chosen = (g: number) => chosenGroups.includes(groups[g]!);
  let legend: LegendItem[] = [];
  if (groups.length) {
    const flowed = flowLegend(groups.map((name, g) => ({ label: name, bold: chosen(g) })), { width, top, swatch: 18, fontSize, lineHeight });
    legend = flowed.items;
    top = flowed.bottom + 6;
  }
  const sizeNote = sizeTitle ? wrapText(textes.sizeLegend(sizeTitle), width, fontSize) : [];
  const sizeTop = top;
  top += sizeNote.length ? sizeNote.length * lineHeight + 6 : 0;
  const plotTop = top + 8;
  const plotHeight = Math.round(narrow ? width * 0.8 : Math.min(360, Math.max(260, width * 0.5)));

  // Areas: a square-root scale from 0, so the area is proportional to the value.
  const sizes = points.map((p) => p.size ?? 0);
  const largest = narrow ? 12 : 18;
  const r = sizeTitle ? scaleSqrt().domain([0, Math.max(...sizes) || 1]).range([0, largest]) : () => (narrow ? 4 : 5);
  const radius = (p: ScatterPoint) => Math.max(2.5, r(p.size ?? 0));

  // y axis.
  const tickCount = Math.max(3, Math.round(plotHeight / 55));
  const y = scaleLinear().domain(domain(annotatedRange(points.map((p) => p.y), options.annotations))).range([plotHeight, 0]).nice(tickCount);
  const yTicks = y.ticks(tickCount);
  const yLabels = yTicks.map((v) => tickY(v));
  const marginLeft = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, fontSize))) + 8);

  // x axis: the most ticks whose labels fit side by side.
  const xDomain = domain(points.map((p) => p.x));
  const trial = scaleLinear().domain(xDomain).nice();
  const lastLabel = tickX(trial.domain()[1]!);
  const marginRight = Math.max(8, Math.ceil(textWidth(lastLabel, fontSize) / 2) + 2);
  const plotLeft = marginLeft;
  const plotRight = width - marginRight;
  let x = scaleLinear().domain(xDomain).range([plotLeft, plotRight]);
  let xTicks: number[] = [];
  for (let count = narrow ? 5 : 9; count >= 2; count--) {
    const candidate = scaleLinear().domain(xDomain).range([plotLeft, plotRight]).nice(count);
    const ticks = candidate.ticks(count);
    const fits = ticks.every((v, i) => {
      if (i === 0) return true;
      const prev = ticks[i - 1]!;
      return candidate(v) - candidate(prev) >= (textWidth(tickX(v), fontSize) + textWidth(tickX(prev), fontSize)) / 2 + tickGap;
    });
    x = candidate;
    xTicks = ticks;
    if (fits) break;
  }
  const xTitle = wrapText(titleX, plotRight - plotLeft, fontSize);
  const height = Math.ceil(plotTop + plotHeight + 7 + lineHeight + 6 + xTitle.length * lineHeight + 2);

  const svg = createSvg(width, height).attr('font-size', fontSize).attr('class', 'scatter-chart');
  yTitle.forEach((l, i) => svg.append('text').attr('class', 'scatter-title-y').attr('x', 0).attr('y', i * lineHeight + fontSize - 1).attr('fill', palette.inkMuted).text(l));
  if (legend.length) {
    const g = svg.append('g').attr('class', 'scatter-legend');
    drawLegend(g, legend, {
      textLeft: 16,
      fontSize,
      lineHeight,
      bold: chosen,
      swatch: (item) =>
        g
          .append('circle')
          .attr('cx', item.x + 6)
          .attr('cy', item.y + lineHeight / 2)
          .attr('r', 5)
          .attr('fill', highlightColour(colours[item.index]!, { highlight: chosen(item.index) }, chosenGroups.length > 0)),
    });
  }
  sizeNote.forEach((l, i) => svg.append('text').attr('class', 'scatter-size-note').attr('x', 0).attr('y', sizeTop + i * lineHeight + fontSize - 1).attr('fill', palette.inkMuted).text(l));

  const plot = svg.append('g').attr('class', 'scatter-plot').attr('transform', `translate(0,${plotTop})`);
  drawValueAxis(plot, 'scatter-y-axis', yTicks, yLabels, y, plotLeft, plotRight);
  const xAxis = plot.append('g').attr('class', 'scatter-x-axis');
  for (const v of xTicks) {
    xAxis
      .append('line')
      .attr('x1', x(v))
      .attr('x2', x(v))
      .attr('y1', 0)
      .attr('y2', plotHeight + 5)
      .attr('stroke', v === 0 ? palette.ink : gridline)
      .attr('stroke-dasharray', v === 0 ? null : '1 2')
      .attr('stroke-width', 1);
    xAxis.append('text').attr('x', x(v)).attr('y', plotHeight + 7 + fontSize).attr('text-anchor', 'middle').attr('fill', palette.inkMuted).text(tickX(v));
  }
  xTitle.forEach((l, i) =>
    xAxis
      .append('text')
      .attr('class', 'scatter-title-x')
      .attr('x', plotRight)
      .attr('y', plotHeight + 7 + lineHeight + 6 + fontSize - 1 + i * lineHeight)
      .attr('text-anchor', 'end')
      .attr('fill', palette.inkMuted)
      .text(l),
  );

  // Discs in the order given (the keyboard walks them so), each with a white ring so overlaps stay visible.
  const discs = plot.append('g').attr('class', 'scatter-points').attr('stroke', palette.paper).attr('stroke-width', 1);
  for (const p of points) {
    discs
      .append('circle')
      .attr('cx', x(p.x))
      .attr('cy', y(p.y))
      .attr('r', radius(p))
      .attr('fill', highlightColour(colours[p.group ?? 0]!, p, anyChosen))
      .attr('data-label', p.name)
      .attr('data-value', p.value);
  }

  // Names beside their disc: right of it, or left near the right edge; moved apart vertically, with a leader line when moved.
  const named = points.filter((p) => p.labelled);
  if (named.length) {
    // Note: names never take the pointer from the discs under them.
    const g = plot.append('g').attr('class', 'scatter-labels').attr('pointer-events', 'none');
    const sides = named.map((p) => {
      const cx = x(p.x);
      const w = textWidth(p.name, fontSize);
      return cx + radius(p) + 4 + w <= width ? 'right' : 'left';
    });
    for (const side of ['right', 'left'] as const) {
      const these = named.filter((_, i) => sides[i] === side);
      const centres = dodge(
        these.map((p) => ({ target: y(p.y), size: lineHeight })),
        lineHeight / 2 - plotTop,
        plotHeight + lineHeight,
        1,
      );
      these.forEach((p, i) => {
        const cx = x(p.x);
        const cy = y(p.y);
        const rr = radius(p);
        const ty = centres[i]!;
        const tx = side === 'right' ? cx + rr + 4 : cx - rr - 4;
        if (Math.abs(ty - cy) > lineHeight / 2) {
          g.append('line')
            .attr('x1', cx)
            .attr('y1', cy + Math.sign(ty - cy) * rr)
            .attr('x2', tx)
            .attr('y2', ty)
            .attr('stroke', palette.inkMuted)
            .attr('stroke-width', 1);
        }
        g.append('text')
          .attr('x', tx)
          .attr('y', ty)
          .attr('dy', '0.32em')
          .attr('text-anchor', side === 'right' ? 'start' : 'end')
          .attr('fill', palette.ink)
          .attr('stroke', palette.paper)
          .attr('stroke-width', 3)
          .attr('stroke-linejoin', 'round')
          .attr('paint-order', 'stroke')
          .text(p.name);
      });
    }
  }
  if (options.annotations?.length) {
    drawAnnotations(
      svg,
      {
        plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotTop + plotHeight },
        along: (at) => x(at),
        value: (v) => plotTop + y(v),
        mark: (index) => ({ x: x(points[index]!.x), y: plotTop + y(points[index]!.y) - radius(points[index]!) }),
        font: fontSize,
        line: lineHeight,
      },
      options.annotations,
      width,
      height,
    );
  }
  return finalizeSvg(svg.node()!, options);
}
