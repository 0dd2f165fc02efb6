import { scaleUtc, utcMonth, utcYear, type Selection } from 'd3';
import { createSvg, finalizeSvg, type FinalizeOptions } from '../svg';
import { chartTypeFor, textWidth, wrapText, type ChartTypeScale } from '../text';
import { chartType, palette } from '../../styles/theme';

/**
 * An event's heading, « mai 2019 · SISMIC », wrapped: the separator stays with the series after it,
 * and where the line breaks between them it is left out (« février 2020 » / « SISMIC »), so no line
 * ends on « · ».
 */
function eventHeading(event: { dateLabel: string; series: string }, width: number, size: number): string[] {
  return wrapText(`${event.dateLabel} ·\u00a0${event.series}`, width, size, true).map((line, i) => (i > 0 ? line.replace(/^·\u00a0/, '') : line));
}

/** One dated event: a point (start only) or a span (start and end, e.g. a season). */
export interface TimelineEvent {
  id: string;
  /** The date as the source states it, e.g. "mai 2019", "automne 2020". */
  dateLabel: string;
  /** Series the event belongs to, shown with its date (e.g. "SISMIC"). */
  series: string;
  color: string;
  start: Date;
  end?: Date;
  label: string;
}

/** A series the source gives no date for: listed under the axis, never placed on it. */
export interface UndatedSeries {
  series: string;
  color: string;
  label: string;
}

export interface TimelineOptions extends FinalizeOptions {
  width: number;
  /** Pixels per month on the time axis. */
  monthHeight?: number;
}

/** Narrow drawings: the least distance from the left edge to the time axis. */
const minLineX = 58;
const top = 22;

/** Whole years covering every event: the time axis domain. */
function yearDomain(sorted: readonly TimelineEvent[]): [Date, Date] {
  const first = utcYear.floor(sorted[0]?.start ?? new Date(Date.UTC(2020, 0, 1)));
  const last = utcYear.ceil(new Date(Math.max(...sorted.map((e) => +(e.end ?? e.start) + 1))));
  return [first, last];
}

/**
 * A timeline of dated events: each is a dot (or a bar for a span, e.g. a season) in its series
 * colour, with its date, series and label written beside it. Time runs down on narrow widths and
 * across from 560 units up. Undated series are listed below, never placed on the axis.
 */
export function renderTimeline(events: readonly TimelineEvent[], undated: readonly UndatedSeries[], options: TimelineOptions): string {
  const sorted = [...events].sort((a, b) => +a.start - +b.start);
  return options.width >= 560 ? renderAcross(sorted, undated, options) : renderDown(sorted, undated, options);
}

function renderDown(sorted: readonly TimelineEvent[], undated: readonly UndatedSeries[], options: TimelineOptions): string {
  const { width, monthHeight = 16 } = options;
  const type = chartTypeFor(width, chartType);
  const [first, last] = yearDomain(sorted);
  // The axis sits right of its year labels (written 16 units left of it), the labels 22 units right of it.
  const years = utcYear.range(first, utcYear.offset(last, 1));
  const lineX = Math.max(minLineX, Math.ceil(Math.max(...years.map((year) => textWidth(String(year.getUTCFullYear()), type.label, true))) + 18));
  const labelX = lineX + 22;
  const months = utcMonth.count(first, last);
  const y = scaleUtc().domain([first, last]).range([top, top + months * monthHeight]);
  const labelWidth = width - labelX - 8;
  const lineHeight = type.label * 1.35;

  // Lay out labels first: each starts level with its event, or below the previous one.
  let nextFree = -Infinity;
  const placed = sorted.map((event) => {
    const anchor = event.end ? (y(event.start) + y(event.end)) / 2 : y(event.start);
    const lines = wrapText(event.label, labelWidth, type.label);
    const heading = eventHeading(event, labelWidth, type.strong);
    const textTop = Math.max(anchor - type.strong * 0.8, nextFree);
    const height = (heading.length + lines.length) * lineHeight;
    nextFree = textTop + height + 14;
    return { event, anchor, heading, lines, textTop };
  });
  const axisBottom = y(last);
  const undatedTop = Math.max(axisBottom, nextFree) + 18;
  const undatedBlocks = undated.map((u) => ({ ...u, lines: wrapText(u.label, width - 38, type.label) }));
  const height = Math.ceil(
    undatedTop + undatedBlocks.reduce((h, u) => h + (u.lines.length + 1) * lineHeight + 10, 0) + (undated.length ? 4 : -10),
  );

  const svg = createSvg(width, height).attr('font-size', type.label);
  const axis = svg.append('g').attr('class', 'timeline-axis');
  axis
    .append('line')
    .attr('x1', lineX)
    .attr('x2', lineX)
    .attr('y1', y(first))
    .attr('y2', axisBottom)
    .attr('stroke', palette.inkMuted)
    .attr('stroke-width', 2);
  for (const month of utcMonth.range(first, last)) {
    axis
      .append('line')
      .attr('x1', lineX - 4)
      .attr('x2', lineX)
      .attr('y1', y(month))
      .attr('y2', y(month))
      .attr('stroke', palette.inkMuted);
  }
  for (const year of years) {
    axis
      .append('line')
      .attr('x1', lineX - 12)
      .attr('x2', lineX)
      .attr('y1', y(year))
      .attr('y2', y(year))
      .attr('stroke', palette.ink)
      .attr('stroke-width', 2);
    axis
      .append('text')
      .attr('x', lineX - 16)
      .attr('y', y(year))
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .attr('font-weight', 700)
      .text(String(year.getUTCFullYear()));
  }

  for (const { event, anchor, heading, lines, textTop } of placed) {
    const g = svg.append('g').attr('class', 'timeline-event').attr('data-event', event.id);
    if (event.end) {
      g.append('rect')
        .attr('x', lineX - 6)
        .attr('width', 12)
        .attr('y', y(event.start))
        .attr('height', Math.max(12, y(event.end) - y(event.start)))
        .attr('rx', 6)
        .attr('fill', event.color)
        .attr('stroke', palette.paper)
        .attr('stroke-width', 2);
    } else {
      g.append('circle')
        .attr('cx', lineX)
        .attr('cy', anchor)
        .attr('r', 7)
        .attr('fill', event.color)
        .attr('stroke', palette.paper)
        .attr('stroke-width', 2);
    }
    const firstBaseline = textTop + type.strong * 0.8;
    g.append('path')
      .attr('d', `M${lineX + 9},${anchor}L${labelX - 6},${firstBaseline - type.strong * 0.35}`)
      .attr('fill', 'none')
      .attr('stroke', event.color)
      .attr('stroke-width', 1.5);
    const text = g.append('text').attr('x', labelX).attr('y', firstBaseline);
    heading.forEach((line, i) =>
      text
        .append('tspan')
        .attr('x', labelX)
        .attr('dy', i === 0 ? 0 : lineHeight)
        .attr('font-weight', 700)
        .attr('font-size', type.strong)
        .text(line),
    );
    lines.forEach((line) => text.append('tspan').attr('x', labelX).attr('dy', lineHeight).text(line));
  }

  drawUndated(svg, undatedBlocks, undatedTop, lineHeight, type);

  return finalizeSvg(svg.node()!, options);
}

type Svg = ReturnType<typeof createSvg>;

function drawUndated(svg: Svg, blocks: readonly (UndatedSeries & { lines: string[] })[], top: number, lineHeight: number, type: ChartTypeScale) {
  let cursor = top;
  for (const block of blocks) {
    const g = svg.append('g').attr('class', 'timeline-undated');
    g.append('circle')
      .attr('cx', 20)
      .attr('cy', cursor + type.strong * 0.45)
      .attr('r', 6)
      .attr('fill', palette.paper)
      .attr('stroke', block.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', '3 2');
    const text = g.append('text').attr('x', 34).attr('y', cursor + type.strong * 0.8);
    text.append('tspan').attr('font-weight', 700).attr('font-size', type.strong).text(block.series);
    block.lines.forEach((line) => text.append('tspan').attr('x', 34).attr('dy', lineHeight).text(line));
    cursor += (block.lines.length + 1) * lineHeight + 10;
  }
}

function drawEventMark(g: Selection<SVGGElement, unknown, null, undefined>, event: TimelineEvent, x: (d: Date) => number, axisY: number) {
  if (event.end) {
    g.append('rect')
      .attr('x', x(event.start))
      .attr('width', Math.max(12, x(event.end) - x(event.start)))
      .attr('y', axisY - 6)
      .attr('height', 12)
      .attr('rx', 6)
      .attr('fill', event.color)
      .attr('stroke', palette.paper)
      .attr('stroke-width', 2);
  } else {
    g.append('circle')
      .attr('cx', x(event.start))
      .attr('cy', axisY)
      .attr('r', 7)
      .attr('fill', event.color)
      .attr('stroke', palette.paper)
      .attr('stroke-width', 2);
  }
}

function renderAcross(sorted: readonly TimelineEvent[], undated: readonly UndatedSeries[], options: TimelineOptions): string {
  const { width } = options;
  const type = chartTypeFor(width, chartType);
  const margin = 24;
  const [first, last] = yearDomain(sorted);
  const x = scaleUtc().domain([first, last]).range([margin, width - margin]);
  const lineHeight = type.label * 1.35;
  const labelWidth = Math.min(250, (width - 2 * margin) / 2);

  // Greedy rows: above the axis first, then below, then further out, wherever a label fits.
  const rows: { side: 'above' | 'below'; right: number; height: number }[] = [];
  const placed = sorted.map((event) => {
    const at = event.end ? (x(event.start) + x(event.end)) / 2 : x(event.start);
    const left = Math.max(0, Math.min(at - 10, width - labelWidth - 8));
    const heading = eventHeading(event, labelWidth, type.strong);
    const lines = wrapText(event.label, labelWidth, type.label);
    const height = (heading.length + lines.length) * lineHeight;
    let row = rows.findIndex((r) => left >= r.right + 16);
    if (row === -1) {
      rows.push({ side: rows.length % 2 === 0 ? 'above' : 'below', right: -Infinity, height: 0 });
      row = rows.length - 1;
    }
    const r = rows[row]!;
    r.right = left + Math.max(...[...heading, ...lines].map((l, i) => textWidth(l, i < heading.length ? type.strong : type.label, i < heading.length)));
    r.height = Math.max(r.height, height);
    return { event, at, left, heading, lines, row };
  });

  const gapToAxis = 26;
  const above = rows.filter((r) => r.side === 'above');
  const below = rows.filter((r) => r.side === 'below');
  const aboveHeight = above.reduce((h, r) => h + r.height + 14, 0);
  const axisY = Math.max(12, aboveHeight + gapToAxis);
  const yearLabels = 22;
  const rowTop = new Map<number, number>();
  let up = axisY - gapToAxis;
  let down = axisY + gapToAxis + yearLabels;
  rows.forEach((r, i) => {
    if (r.side === 'above') {
      up -= r.height;
      rowTop.set(i, up);
      up -= 14;
    } else {
      rowTop.set(i, down);
      down += r.height + 14;
    }
  });
  const chartBottom = below.length ? down - 14 : axisY + gapToAxis + yearLabels - 10;
  const undatedTop = chartBottom + 24;
  const undatedBlocks = undated.map((u) => ({ ...u, lines: wrapText(u.label, width - 38, type.label) }));
  const height = Math.ceil(undatedTop + undatedBlocks.reduce((h, u) => h + (u.lines.length + 1) * lineHeight + 10, 0));

  const svg = createSvg(width, height).attr('font-size', type.label);
  const axis = svg.append('g').attr('class', 'timeline-axis');
  axis.append('line').attr('x1', x(first)).attr('x2', x(last)).attr('y1', axisY).attr('y2', axisY).attr('stroke', palette.inkMuted).attr('stroke-width', 2);
  for (const month of utcMonth.range(first, last)) {
    axis.append('line').attr('x1', x(month)).attr('x2', x(month)).attr('y1', axisY).attr('y2', axisY + 4).attr('stroke', palette.inkMuted);
  }
  for (const year of utcYear.range(first, utcYear.offset(last, 1))) {
    axis.append('line').attr('x1', x(year)).attr('x2', x(year)).attr('y1', axisY).attr('y2', axisY + 12).attr('stroke', palette.ink).attr('stroke-width', 2);
    const half = textWidth(String(year.getUTCFullYear()), type.label, true) / 2;
    axis
      .append('text')
      .attr('x', Math.max(half, Math.min(width - half, x(year))))
      .attr('y', axisY + 26)
      .attr('text-anchor', 'middle')
      .attr('font-weight', 700)
      .text(String(year.getUTCFullYear()));
  }

  for (const { event, at, left, heading, lines, row } of placed) {
    const g = svg.append('g').attr('class', 'timeline-event').attr('data-event', event.id);
    const side = rows[row]!.side;
    const top = rowTop.get(row)!;
    const blockHeight = (heading.length + lines.length) * lineHeight;
    const edge = side === 'above' ? top + blockHeight + 2 : top - type.strong * 0.2;
    g.append('path')
      .attr('d', `M${at},${side === 'above' ? axisY - 9 : axisY + 9}V${edge}`)
      .attr('stroke', event.color)
      .attr('stroke-width', 1.5);
    drawEventMark(g, event, x, axisY);
    const text = g.append('text').attr('x', left).attr('y', top + type.strong * 0.8);
    heading.forEach((line, i) =>
      text.append('tspan').attr('x', left).attr('dy', i === 0 ? 0 : lineHeight).attr('font-weight', 700).attr('font-size', type.strong).text(line),
    );
    lines.forEach((line) => text.append('tspan').attr('x', left).attr('dy', lineHeight).text(line));
  }
  drawUndated(svg, undatedBlocks, undatedTop, lineHeight, type);
  return finalizeSvg(svg.node()!, options);
}
