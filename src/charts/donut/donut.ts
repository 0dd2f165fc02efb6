import { arc, pie, type PieArcDatum } from 'd3';
import { createSvg, finalizeSvg } from '../svg';
import { chartText, textWidth, wrapText } from '../text';
import { dodge } from '../dodge';
import type { CategoricalData, ChartRequest } from '../model';
import { chartType, gridline, palette, series as seriesColours } from '../../styles/theme';
import { anyHighlighted, highlightColour, isMuted } from '../highlight';
import { formatPercent } from '../../utils/format';
import { t } from '../../strings';

/** The most parts a donut shows; more would need colours readers cannot tell apart. */
export const maxParts = 6;

/** From this width up, labels sit around the ring with leader lines; below, a legend list sits under it. */
export const outsideLabelsFrom = 520;

/** The chart's text size: 12 px or more on a 320 px phone (see chartText). */
const fontSizeOf = (options: ChartRequest) => chartText(options.width, chartType).font;
const lineHeight = 16;

interface Part {
  index: number;
  key: string;
  label: string;
  value: number;
  share: number;
  colour: string;
  /** Chosen by « surligner » while others are not: its name in bold (the others' arcs are muted). */
  chosen: boolean;
  valueText: string;
  percentText: string;
}

/** A share for readers: whole percents ("19 %"), one decimal below 1 % so a thin arc never reads "0 %". */
export function percentText(share: number): string {
  return share > 0 && share < 0.01 ? formatPercent(share, 1) : formatPercent(share);
}

function parts(data: CategoricalData, options: ChartRequest): Part[] {
  const { categories, series, values } = data;
  if (series.length !== 1) throw new Error(`renderDonut: one series expected, got ${series.length}`);
  if (categories.length === 0) throw new Error('renderDonut: no parts to draw');
  if (categories.length > maxParts) throw new Error(`renderDonut: at most ${maxParts} parts, got ${categories.length}`);
  const row = values[0]!;
  if (row.length !== categories.length) throw new Error(`renderDonut: ${row.length} values for ${categories.length} parts`);
  // Note: a missing value (null) counts as a part of zero: listed, no arc.
  const numbers = row.map((v, i) => {
    const n = v ?? 0;
    if (!Number.isFinite(n) || n < 0) throw new Error(`renderDonut: part « ${categories[i]!.label} » must be zero or more, got ${n}`);
    return n;
  });
  const total = numbers.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new Error('renderDonut: the parts add up to zero; there is no whole to share');
  const any = anyHighlighted(categories);
  return categories.map((c, i) => ({
    index: i,
    key: c.key,
    label: c.label,
    value: numbers[i]!,
    share: numbers[i]! / total,
    colour: highlightColour(seriesColours[i % seriesColours.length]!, c, any),
    chosen: any && !isMuted(c, any),
    valueText: options.format(numbers[i]!),
    percentText: percentText(numbers[i]! / total),
  }));
}

/**
 * A donut of one series' parts (at most six): arcs in series colours from 12 o'clock clockwise in
 * the order given, separated by a thin white line, the formatted total in the centre. Each part is
 * named with its value and percentage: around the ring with leader lines from 520 units up, in a
 * list under the ring below. Zero parts are listed and draw no arc. Each arc carries data-label
 * (the part) and data-value ("1 234 (19 %)").
 */
export function renderDonut(data: CategoricalData, options: ChartRequest): string {
  const list = parts(data, options);
  const total = list.reduce((a, p) => a + p.value, 0);
  return options.width >= outsideLabelsFrom ? drawOutside(list, total, options) : drawWithList(list, total, options);
}

type Svg = ReturnType<typeof createSvg>;

function drawRing(svg: Svg, list: readonly Part[], total: number, cx: number, cy: number, r: number, options: ChartRequest): void {
  const fontSize = fontSizeOf(options);
  const inner = r * 0.6;
  const slices = pie<Part>()
    .sort(null)
    .value((p) => p.value)(list as Part[]);
  const shape = arc<PieArcDatum<Part>>().innerRadius(inner).outerRadius(r);
  const ring = svg
    .append('g')
    .attr('class', 'donut-arcs')
    .attr('transform', `translate(${cx},${cy})`)
    .attr('stroke', palette.paper)
    .attr('stroke-width', 1.5)
    .attr('stroke-linejoin', 'round');
  for (const slice of slices) {
    if (slice.data.value === 0) continue;
    ring
      .append('path')
      .attr('d', shape(slice)!)
      .attr('fill', slice.data.colour)
      .attr('data-key', slice.data.key)
      .attr('data-label', slice.data.label)
      .attr('data-value', `${slice.data.valueText} (${slice.data.percentText})`);
  }

  // The total, as large as fits inside the hole.
  const totalText = options.format(total);
  let size = Math.min(28, Math.round(r * 0.24));
  while (size > fontSize && textWidth(totalText, size, true) > inner * 2 - 14) size -= 1;
  const blockTop = cy - (fontSize + 4 + size) / 2;
  const centre = svg.append('g').attr('class', 'donut-total').attr('text-anchor', 'middle');
  centre
    .append('text')
    .attr('x', cx)
    .attr('y', blockTop + fontSize * 0.8)
    .attr('fill', palette.inkMuted)
    .text(t.charts.total);
  centre
    .append('text')
    .attr('x', cx)
    .attr('y', blockTop + fontSize + 4 + size * 0.78)
    .attr('font-size', size)
    .attr('font-weight', 700)
    .text(totalText);
}

/** Mid-angle of each part, in radians clockwise from 12 o'clock (a zero part sits where it would start). */
function midAngles(list: readonly Part[]): number[] {
  let start = 0;
  return list.map((p) => {
    const angle = start + p.share * Math.PI;
    start += p.share * 2 * Math.PI;
    return angle;
  });
}

function drawOutside(list: readonly Part[], total: number, options: ChartRequest): string {
  const fontSize = fontSizeOf(options);
  const { width } = options;
  const r = 110;
  const leaderEnd = r + 14;
  const labelOffset = r + 28;
  const zone = width / 2 - labelOffset - 2;
  const angles = midAngles(list);

  // Label blocks relative to the centre: name lines, then "19 % · 1 234"; each side stacked apart.
  const blocks = list.map((p, i) => {
    const a = angles[i]!;
    const right = Math.sin(a) >= -1e-9;
    const lines = wrapText(p.label, zone, fontSize, p.chosen);
    const size = (lines.length + 1) * lineHeight;
    const anchorY = -leaderEnd * Math.cos(a);
    return { part: p, a, right, lines, size, anchorY, centre: 0 };
  });
  for (const side of [true, false]) {
    const group = blocks.filter((b) => b.right === side);
    const centres = dodge(
      group.map((b) => ({ target: b.anchorY + b.size / 2 - lineHeight / 2, size: b.size })),
      -r - 40,
      r + 40,
      6,
    );
    group.forEach((b, i) => (b.centre = centres[i]!));
  }
  const top = Math.min(-r, ...blocks.map((b) => b.centre - b.size / 2)) - 4;
  const bottom = Math.max(r, ...blocks.map((b) => b.centre + b.size / 2)) + 4;
  const cx = width / 2;
  const cy = -top;
  const height = Math.ceil(bottom - top);

  const svg = createSvg(width, height).attr('font-size', fontSize).attr('class', 'donut-chart');
  drawRing(svg, list, total, cx, cy, r, options);
  const labels = svg.append('g').attr('class', 'donut-labels');
  for (const b of blocks) {
    const sign = b.right ? 1 : -1;
    const x = cx + sign * labelOffset;
    const firstY = cy + b.centre - b.size / 2 + lineHeight / 2;
    const from = [cx + (r + 3) * Math.sin(b.a), cy - (r + 3) * Math.cos(b.a)];
    const elbow = [cx + leaderEnd * Math.sin(b.a), cy - leaderEnd * Math.cos(b.a)];
    labels
      .append('path')
      .attr('d', `M${from[0]},${from[1]}L${elbow[0]},${elbow[1]}L${x - sign * 5},${firstY}`)
      .attr('fill', 'none')
      .attr('stroke', palette.inkMuted)
      .attr('stroke-width', 1);
    const text = labels
      .append('text')
      .attr('text-anchor', b.right ? 'start' : 'end')
      .attr('data-key', b.part.key);
    if (b.part.chosen) text.attr('font-weight', 700);
    b.lines.forEach((l, i) =>
      text
        .append('tspan')
        .attr('x', x)
        .attr('y', firstY + i * lineHeight)
        .attr('dy', '0.32em')
        .text(l),
    );
    const figures = text
      .append('tspan')
      .attr('x', x)
      .attr('y', firstY + b.lines.length * lineHeight)
      .attr('dy', '0.32em');
    figures.append('tspan').attr('font-weight', 700).text(b.part.percentText);
    // Note: the gap is a dx, not a leading space, which some SVG renderers (resvg) drop at a tspan's start.
    figures.append('tspan').attr('dx', '0.3em').attr('fill', palette.inkMuted).text(`· ${b.part.valueText}`);
  }
  return finalizeSvg(svg.node()!, options);
}

function drawWithList(list: readonly Part[], total: number, options: ChartRequest): string {
  const fontSize = fontSizeOf(options);
  const { width } = options;
  const r = Math.min(100, width / 2 - 20);
  const cx = width / 2;
  const cy = r + 2;
  const swatch = 12;
  const percentWidth = Math.max(...list.map((p) => textWidth(p.percentText, fontSize, true)));
  const valueWidth = Math.max(...list.map((p) => textWidth(p.valueText, fontSize)));
  const percentX = width - 2;
  const valueX = percentX - percentWidth - 14;
  const nameX = swatch + 8;
  const nameWidth = Math.max(60, valueX - valueWidth - 14 - nameX);

  let y = cy + r + 18;
  const rows = list.map((p) => {
    const lines = wrapText(p.label, nameWidth, fontSize, p.chosen);
    const row = { part: p, lines, top: y };
    y += lines.length * lineHeight + 10;
    return row;
  });
  const height = Math.ceil(y);

  const svg = createSvg(width, height).attr('font-size', fontSize).attr('class', 'donut-chart');
  drawRing(svg, list, total, cx, cy, r, options);
  const legend = svg.append('g').attr('class', 'donut-legend');
  for (const [i, row] of rows.entries()) {
    const baseline = row.top + 5 + lineHeight / 2;
    if (i > 0)
      legend
        .append('line')
        .attr('x1', 0)
        .attr('x2', width)
        .attr('y1', row.top)
        .attr('y2', row.top)
        .attr('stroke', gridline);
    legend
      .append('rect')
      .attr('x', 0)
      .attr('y', baseline - swatch / 2)
      .attr('width', swatch)
      .attr('height', swatch)
      .attr('rx', 2)
      .attr('fill', row.part.colour);
    const name = legend.append('text').attr('data-key', row.part.key);
    if (row.part.chosen) name.attr('font-weight', 700);
    row.lines.forEach((l, j) =>
      name
        .append('tspan')
        .attr('x', nameX)
        .attr('y', baseline + j * lineHeight)
        .attr('dy', '0.32em')
        .text(l),
    );
    legend
      .append('text')
      .attr('x', valueX)
      .attr('y', baseline)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .attr('fill', palette.inkMuted)
      .text(row.part.valueText);
    legend
      .append('text')
      .attr('x', percentX)
      .attr('y', baseline)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .attr('font-weight', 700)
      .text(row.part.percentText);
  }
  return finalizeSvg(svg.node()!, options);
}
