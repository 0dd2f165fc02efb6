import { scaleLinear, type ScaleLinear, type Selection } from 'd3';
import { createSvg, finalizeSvg } from '../svg';
import { contrastRatio } from '../contrast';
import { chartText, textWidth, wrapText, type ChartText } from '../text';
import type { CategoricalData, ChartRequest, ValueFormat } from '../model';
import { chartType, gridline, palette, series as seriesColours } from '../../styles/theme';
import { anyHighlighted, highlightColour, isMuted } from '../highlight';
import { formatPercent } from '../../utils/format';
import { annotatedRange, drawAnnotations, type AnnotationFrame } from '../annotate';

/** A bar chart request: bars or columns, and how several series share a category. */
export interface BarsOptions extends ChartRequest {
  /** 'horizontal': bars (« barres »), categories down the left; 'vertical': columns (« colonnes »), categories along the bottom. */
  orientation: 'horizontal' | 'vertical';
  /** 'single': the first series only; 'grouped': series side by side; 'stacked': end to end; 'stacked100': end to end, each category as 100 %. */
  layout: 'single' | 'grouped' | 'stacked' | 'stacked100';
}

type Layout = BarsOptions['layout'];
type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Between a category label and the plot, and between a bar's end and its value label. */
const labelGap = 8;
const valueGap = 5;
/** Horizontal room between two tick labels, and vertical room between two rows of tick labels. */
const tickGap = 10;
/** Widest the left label column may be, as a share of the width, before labels wrap. */
const labelShare = 0.4;
const swatch = 12;
/** Text boxes: how far glyphs reach above and below the baseline, in em (accented capitals included). */
const ascent = 0.8;
const descent = 0.25;
/** Above a drawing's first line of text: real glyphs reach past `ascent` (about 0.93 em in DejaVu Sans and Roboto). */
const topRoom = 2;
/** Shift from a line's middle to its baseline, in em. */
const middle = 0.35;

/** One drawn mark: a bar, a column or a segment, with what the tooltip reads. */
interface Mark {
  category: number;
  series: number;
  start: number;
  end: number;
  label: string;
  value: string;
  /** Text written inside a stacked segment (its value, or its share for stacked100). */
  inside?: string;
  /** Text written past the end of a bar (single and grouped). */
  outside?: string;
}

interface Prepared {
  marks: Mark[];
  /** Per category, the total written past a stacked bar, when there are several series and every value is ≥ 0. */
  totals: (string | null)[];
  extent: [number, number];
  /** Whether every value is an integer (ticks then stay on integers). */
  integer: boolean;
  seriesCount: number;
}

/** textWidth, widened for the per-cent sign, which real fonts draw far wider (≈ 0.9 em) than its estimate. */
function measure(text: string, size: number, bold = false): number {
  return textWidth(text, size, bold) + (text.split('%').length - 1) * 0.35 * size;
}

/** Greedy line filling where `breaks` (a zero-width split) marks extra break points inside words. */
function fillLines(text: string, maxWidth: number, size: number, breaks: RegExp): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    for (const [i, piece] of word.split(breaks).entries()) {
      const candidate = line + (i === 0 && line ? ' ' : '') + piece;
      if (line && textWidth(candidate, size) > maxWidth) {
        lines.push(line);
        line = piece;
      } else {
        line = candidate;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Splits a label into lines no wider than maxWidth, breaking at spaces, then after dashes, then after hyphens. */
function wrapLabel(text: string, maxWidth: number, size: number): string[] {
  const fits = (lines: string[]) => lines.every((l) => textWidth(l, size) <= maxWidth);
  let lines = wrapText(text, maxWidth, size);
  // Note: « Gaspésie–Îles-de-la-Madeleine » has no space; it breaks after its en dash before any hyphen.
  for (const breaks of [/(?<=[–—/])/, /(?<=[-–—/])/]) {
    if (fits(lines)) return lines;
    lines = fillLines(text, maxWidth, size, breaks);
  }
  return lines;
}

/** Rounds shares to whole percents that add up to exactly 100 (largest remainder). */
export function wholePercents(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  if (total === 0) return shares.map(() => 0);
  const raw = shares.map((s) => (s / total) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

function check(data: CategoricalData, seriesCount: number): void {
  const { categories, series, values } = data;
  if (series.length === 0) throw new Error('renderBarChart: at least one series is needed');
  if (values.length < seriesCount) throw new Error(`renderBarChart: ${series.length} series but ${values.length} rows of values`);
  for (const [s, row] of values.slice(0, seriesCount).entries()) {
    if (row.length !== categories.length)
      throw new Error(`renderBarChart: series « ${series[s]!.label} » has ${row.length} values for ${categories.length} categories`);
    for (const v of row) if (v !== null && !Number.isFinite(v)) throw new Error(`renderBarChart: series « ${series[s]!.label} » has a non-finite value`);
  }
}

/** The marks of every layout, in reading order (category by category, then series). */
function prepare(data: CategoricalData, layout: Layout, format: ValueFormat): Prepared {
  const seriesCount = layout === 'single' ? 1 : data.series.length;
  check(data, seriesCount);
  const named = seriesCount > 1;
  const marks: Mark[] = [];
  const totals: (string | null)[] = [];
  const all = data.values.slice(0, seriesCount).flat().filter((v): v is number => v !== null);
  const anyNegative = all.some((v) => v < 0);
  let lo = 0;
  let hi = 0;
  for (const [c, category] of data.categories.entries()) {
    const row = data.values.slice(0, seriesCount).map((r) => r[c] ?? null);
    const labelOf = (s: number) => (named ? `${category.label} — ${data.series[s]!.label}` : category.label);
    const magnitude = row.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0);
    const percents = layout === 'stacked100' ? wholePercents(row.map((v) => Math.abs(v ?? 0))) : [];
    const scale = layout === 'stacked100' ? (magnitude === 0 ? 0 : 1 / magnitude) : 1;
    let up = 0;
    let down = 0;
    for (const [s, v] of row.entries()) {
      if (v === null) continue;
      const stacked = layout === 'stacked' || layout === 'stacked100';
      const size = v * scale;
      let start = 0;
      if (stacked && size >= 0) start = up;
      else if (stacked) start = down;
      const end = start + size;
      if (stacked && size >= 0) up = end;
      else if (stacked) down = end;
      const share = layout === 'stacked100' ? formatPercent(percents[s]! / 100) : '';
      marks.push({
        category: c,
        series: s,
        start,
        end,
        label: labelOf(s),
        value: share ? `${format(v)} (${share})` : format(v),
        inside: layout === 'stacked100' ? share : layout === 'stacked' ? format(v) : undefined,
        outside: stacked ? undefined : format(v),
      });
      lo = Math.min(lo, start, end);
      hi = Math.max(hi, start, end);
    }
    totals.push(layout === 'stacked' && seriesCount > 1 && !anyNegative && row.some((v) => v !== null) ? format(up) : null);
  }
  // Note: shares of a category add up to 1 give or take a rounding error; the axis ends at exactly 100 %.
  if (layout === 'stacked100' && Math.abs(hi - 1) < 1e-9) hi = 1;
  if (lo === hi) hi = lo + 1;
  return { marks, totals, extent: [lo, hi], integer: layout !== 'stacked100' && all.every(Number.isInteger), seriesCount };
}

/** Text colour readable (≥ 4.5:1) on a fill: paper when it reaches that contrast, else ink, else none. */
function insideInk(fill: string): string | null {
  if (contrastRatio(fill, palette.paper) >= 4.5) return palette.paper;
  if (contrastRatio(fill, palette.ink) >= 4.5) return palette.ink;
  return null;
}

interface AxisChoice {
  domain: [number, number];
  ticks: number[];
}

/**
 * The value domain (niced) and its ticks: the most ticks, from `most` down, whose labels pass
 * `fits`; integers only when every value is an integer; 0 to 100 % for stacked100.
 */
function valueAxis(
  prepared: Prepared,
  layout: Layout,
  most: number,
  tight: boolean,
  fits: (domain: [number, number], ticks: number[]) => boolean,
): AxisChoice {
  const [lo, hi] = prepared.extent;
  let fallback: AxisChoice | null = null;
  for (let count = Math.max(2, most); count >= 1; count--) {
    const scale = scaleLinear().domain([lo, hi]);
    // Note: bars carry their values, so their axis may end between ticks (rounded finely, not to the
    // next tick: −230 gives −240, not −400); columns end on a tick.
    if (layout !== 'stacked100' || lo < 0 || hi > 1) scale.nice(tight ? 10 : count);
    const domain = scale.domain() as [number, number];
    let ticks = scale.ticks(count);
    if (prepared.integer) ticks = ticks.filter(Number.isInteger);
    const choice = { domain, ticks };
    fallback ??= choice;
    if (fits(domain, ticks)) return choice;
  }
  // Note: even a single tick can fail (a label wider than the plot); then only zero is labelled.
  return { domain: fallback!.domain, ticks: fallback!.ticks.filter((t) => t === 0) };
}

function tickText(options: BarsOptions): ValueFormat {
  if (options.layout === 'stacked100') return (v) => formatPercent(v);
  return options.tickFormat ?? options.format;
}

/** A paper-coloured outline under the group's text, so gridlines never cross a value label. */
function halo(g: Group): Group {
  return g.attr('stroke', palette.paper).attr('stroke-width', 3).attr('stroke-linejoin', 'round').attr('paint-order', 'stroke');
}

/** Writes text on one or more lines; `x` and the first baseline are given, lines follow by `leading`. */
function appendLines(parent: Group, lines: readonly string[], x: number, baseline: number, leading: number) {
  const text = parent.append('text');
  if (lines.length === 1) return text.attr('x', x).attr('y', baseline).text(lines[0]!);
  for (const [i, line] of lines.entries()) text.append('tspan').attr('x', x).attr('y', baseline + i * leading).text(line);
  return text;
}

interface LegendLayout {
  height: number;
  draw: (svg: Svg, top: number) => void;
}

/** A row of swatches and series names, wrapped onto as many lines as the width needs. */
function legend(data: CategoricalData, prepared: Prepared, width: number, ty: ChartText): LegendLayout {
  if (prepared.seriesCount < 2) return { height: 0, draw: () => undefined };
  const rowHeight = ty.line + 4;
  const items: { x: number; y: number; lines: string[]; colour: string; bold: boolean }[] = [];
  let x = 0;
  let y = 0;
  let rowLines = 1;
  // Highlighted series: their names in bold, the others' swatches muted (not colour alone).
  const any = anyHighlighted(data.series);
  for (const [s, series] of data.series.slice(0, prepared.seriesCount).entries()) {
    const bold = any && !isMuted(series, any);
    const lines = wrapLabel(series.label, width - swatch - 6, ty.font);
    const w = swatch + 6 + Math.max(...lines.map((l) => measure(l, ty.font, bold)));
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight + (rowLines - 1) * ty.line;
      rowLines = 1;
    }
    items.push({ x, y, lines, colour: highlightColour(seriesColours[s % seriesColours.length]!, series, any), bold });
    rowLines = Math.max(rowLines, lines.length);
    x += w + 16;
  }
  const height = y + rowHeight + (rowLines - 1) * ty.line;
  return {
    height,
    draw: (svg, top) => {
      const g = svg.append('g').attr('class', 'bars-legend');
      for (const item of items) {
        const mid = top + item.y + rowHeight / 2;
        g.append('rect').attr('x', item.x).attr('y', mid - swatch / 2).attr('width', swatch).attr('height', swatch).attr('fill', item.colour);
        const name = appendLines(g, item.lines, item.x + swatch + 6, mid + middle * ty.font, ty.line);
        if (item.bold) name.attr('font-weight', 700);
      }
    },
  };
}

/** The value axis title, wrapped to the width. */
function axisTitle(options: BarsOptions, ty: ChartText): string[] {
  return options.valueLabel ? wrapText(options.valueLabel, options.width, ty.font) : [];
}

/** A mark's fill: one series highlights categories, several highlight series (src/charts/highlight.ts). */
function fillOf(mark: Mark, data: CategoricalData, layout: Layout, anyHighlight: boolean): string {
  if (layout !== 'single') return highlightColour(seriesColours[mark.series % seriesColours.length]!, data.series[mark.series], anyHighlighted(data.series));
  return highlightColour(seriesColours[0], data.categories[mark.category], anyHighlight);
}

/**
 * A bar chart: horizontal bars or vertical columns, one series or several (grouped, stacked or
 * stacked to 100 %), in the order given, with a value axis, gridlines, value labels where they fit
 * and a legend for several series. Every mark carries data-label and data-value, in reading order.
 */
export function renderBarChart(data: CategoricalData, options: BarsOptions): string {
  const prepared = prepare(data, options.layout, options.format);
  // Annotations: a value line or band outside the values widens the axis to show it; notes keep room above the marks.
  const reach = annotatedRange(prepared.extent, options.annotations);
  prepared.extent = [Math.min(...reach), Math.max(...reach)];
  // Note: columns whose labels or values cannot all be written are drawn as bars, so every mark is named.
  const svg = (options.orientation === 'vertical' ? drawVertical(data, prepared, options) : null) ?? drawHorizontal(data, prepared, options);
  return finalizeSvg(svg.node()!, options);
}

/** The point of the mark a note is on: the end of its bar (past its value label), the top of a stack. */
function markPoint(prepared: Prepared, layout: Layout, place: (mark: Mark) => { x: number; y: number; width: number; height: number }, vertical: boolean, past: (mark: Mark) => number) {
  return (index: number, series?: number) => {
    const own = prepared.marks.filter((m) => m.category === index);
    const stacked = layout === 'stacked' || layout === 'stacked100';
    const mark = (stacked || series === undefined ? own.reduce((a, b) => (Math.abs(b.end) > Math.abs(a.end) ? b : a), own[0]!) : own.find((m) => m.series === series)) ?? own[0];
    if (!mark) return { x: 0, y: 0 };
    const box = place(mark);
    const negative = mark.end < 0;
    if (vertical) return { x: box.x + box.width / 2, y: negative ? box.y + box.height + past(mark) : box.y - past(mark) };
    return { x: negative ? box.x - past(mark) : box.x + box.width + past(mark), y: box.y + box.height / 2 };
  };
}

/** Adds the annotation layer (when there are annotations) before the drawing is finished. */
function annotate(svg: Svg, options: BarsOptions, frame: AnnotationFrame, height: number): void {
  if (options.annotations?.length) drawAnnotations(svg, frame, options.annotations, options.width, height);
}

function drawMarks(
  svg: Svg,
  data: CategoricalData,
  prepared: Prepared,
  options: BarsOptions,
  place: (mark: Mark) => { x: number; y: number; width: number; height: number },
): void {
  const { layout } = options;
  // A panel of small multiples that « surligner » did not choose: all its columns muted.
  const anyHighlight = layout === 'single' && (data.categories.some((c) => c.highlight) || !!options.panel?.muted);
  const g = svg.append('g').attr('class', 'bars-marks');
  const uniform = layout === 'single' && !anyHighlight;
  if (uniform) g.attr('fill', seriesColours[0]);
  // Note: a 1px white outline separates stacked segments without shifting their geometry.
  if (layout === 'stacked' || layout === 'stacked100') g.attr('stroke', palette.paper);
  for (const mark of prepared.marks) {
    const box = place(mark);
    const rect = g
      .append('rect')
      .attr('data-label', mark.label)
      .attr('data-value', mark.value)
      .attr('x', box.x)
      .attr('y', box.y)
      .attr('width', box.width)
      .attr('height', box.height);
    if (!uniform) rect.attr('fill', fillOf(mark, data, layout, anyHighlight));
  }
}

/** Labels inside stacked segments, where the text fits and a readable ink exists for the fill. */
function drawInside(
  svg: Svg,
  data: CategoricalData,
  prepared: Prepared,
  options: BarsOptions,
  place: (mark: Mark) => { x: number; y: number; width: number; height: number },
  ty: ChartText,
): void {
  const g = svg.append('g').attr('class', 'bars-inside').attr('font-size', ty.small).attr('text-anchor', 'middle');
  for (const mark of prepared.marks) {
    if (!mark.inside) continue;
    const box = place(mark);
    // Note: muted segments carry no label (no ink reaches 4.5:1 on the muted grey in both schemes); the tooltip and the table keep their values.
    if (isMuted(data.series[mark.series], anyHighlighted(data.series))) continue;
    const ink = insideInk(fillOf(mark, data, options.layout, false));
    if (!ink || box.width < measure(mark.inside, ty.small) + 8 || box.height < ty.small + 4) continue;
    const text = g
      .append('text')
      .attr('x', box.x + box.width / 2)
      .attr('y', box.y + box.height / 2 + middle * ty.small)
      .text(mark.inside);
    if (ink !== palette.ink) text.attr('fill', ink);
  }
}

function drawHorizontal(data: CategoricalData, prepared: Prepared, options: BarsOptions): Svg {
  const { width, layout } = options;
  const ty = chartText(width, chartType);
  const n = prepared.seriesCount;
  const grouped = layout === 'grouped';
  const single = layout === 'single';
  const valueSize = single ? ty.font : ty.small;
  const valueBold = single;
  const tickFormat = tickText(options);

  // Category labels: one line when the column stays under 40 % of the width, else wrapped.
  const maxLabel = width * labelShare - labelGap;
  const labels = data.categories.map((c) => wrapLabel(c.label, maxLabel, ty.font));
  const labelColumn = Math.max(0, ...labels.flat().map((l) => measure(l, ty.font)));
  const plotLeft = Math.ceil(labelColumn + labelGap);
  const maxLines = Math.max(1, ...labels.map((l) => l.length));

  const barThickness = grouped ? 14 : 20;
  const barGap = grouped ? 2 : 0;
  const block = grouped ? n * barThickness + (n - 1) * barGap : barThickness;
  const step = Math.max(block + (grouped ? 14 : 10), maxLines * ty.catLine + 6);

  // Room for labels past the bars' ends, on each side of zero.
  const outsideWidth = (sign: 1 | -1) =>
    Math.max(
      0,
      ...prepared.marks.filter((m) => m.outside && (m.end < 0 ? -1 : 1) === sign).map((m) => measure(m.outside!, valueSize, valueBold) + valueGap + 2),
      ...(sign === 1 ? prepared.totals.filter((t): t is string => t !== null).map((t) => measure(t, ty.font, true) + valueGap + 2) : []),
    );
  let padLeft = outsideWidth(-1);
  let padRight = Math.max(outsideWidth(1), 4);

  const legendBox = legend(data, prepared, width, ty);
  const title = axisTitle(options, ty);
  const titleTop = legendBox.height + (legendBox.height ? 8 : 0);
  // The tick labels as the drawing's first line (no legend, no title): their glyphs reach about 0.93 em
  // above the baseline in the system fonts (DejaVu Sans, Roboto), past the model's 0.8 em; the title
  // keeps the same 2 units (topRoom).
  const tickBaseline = titleTop + title.length * ty.line + (title.length ? 4 : titleTop ? 0 : topRoom) + ascent * ty.font;
  const plotTop = Math.ceil(tickBaseline + descent * ty.font + 6);
  const plotHeight = data.categories.length * step;
  const height = Math.ceil(plotTop + plotHeight + 4);

  let axis: AxisChoice = { domain: [0, 1], ticks: [] };
  let x: ScaleLinear<number, number> = scaleLinear();
  for (let pass = 0; pass < 3; pass++) {
    const range: [number, number] = [plotLeft + padLeft, width - padRight];
    const fits = (domain: [number, number], ticks: number[]) => {
      const s = scaleLinear().domain(domain).range(range);
      let previous = -Infinity;
      for (const t of ticks) {
        const w = measure(tickFormat(t), ty.font);
        const left = s(t) - w / 2;
        if (left < previous + tickGap) return false;
        previous = left + w;
      }
      return true;
    };
    axis = valueAxis(prepared, layout, Math.max(4, Math.floor((range[1] - range[0]) / 100) + 1), true, fits);
    x = scaleLinear().domain(axis.domain).range(range);
    // Tick labels centred on the plot's ends may reach past the SVG's edges: widen the padding and retry.
    const half = (t: number) => measure(tickFormat(t), ty.font) / 2;
    const overLeft = Math.max(0, ...axis.ticks.map((t) => half(t) - x(t)));
    const overRight = Math.max(0, ...axis.ticks.map((t) => x(t) + half(t) - width));
    if (overLeft === 0 && overRight === 0) break;
    padLeft += overLeft;
    padRight += overRight;
  }

  const svg = createSvg(width, height).attr('font-size', ty.font).attr('class', 'bars-horizontal');
  legendBox.draw(svg, 0);
  if (title.length) appendLines(svg.append('g').attr('class', 'bars-title').attr('fill', palette.inkMuted), title, 0, titleTop + ascent * ty.font + topRoom, ty.line);

  const grid = svg.append('g').attr('class', 'bars-grid').attr('stroke', gridline).attr('stroke-dasharray', '1 2');
  const ticks = svg.append('g').attr('class', 'bars-ticks').attr('fill', palette.inkMuted).attr('text-anchor', 'middle');
  for (const t of axis.ticks) {
    if (t !== 0) grid.append('line').attr('x1', x(t)).attr('x2', x(t)).attr('y1', plotTop).attr('y2', plotTop + plotHeight);
    ticks.append('text').attr('x', x(t)).attr('y', tickBaseline).text(tickFormat(t));
  }

  const bandTop = (c: number) => plotTop + c * step + (step - block) / 2;
  const cats = svg.append('g').attr('class', 'bars-categories').attr('text-anchor', 'end');
  for (const [c, lines] of labels.entries()) {
    const mid = plotTop + c * step + step / 2;
    appendLines(cats, lines, plotLeft - labelGap, mid - ((lines.length - 1) * ty.catLine) / 2 + middle * ty.font, ty.catLine);
  }

  const place = (m: Mark) => {
    const y = bandTop(m.category) + (grouped ? m.series * (barThickness + barGap) : 0);
    const [a, b] = [x(m.start), x(m.end)].sort((p, q) => p - q) as [number, number];
    return { x: a, y, width: b - a, height: barThickness };
  };
  drawMarks(svg, data, prepared, options, place);
  svg
    .append('line')
    .attr('class', 'bars-zero')
    .attr('x1', x(0))
    .attr('x2', x(0))
    .attr('y1', plotTop)
    .attr('y2', plotTop + plotHeight)
    .attr('stroke', palette.ink);

  const values = halo(svg.append('g').attr('class', 'bars-values').attr('font-size', valueSize));
  if (valueBold) values.attr('font-weight', 700);
  const anyHighlight = single && data.categories.some((c) => c.highlight);
  for (const mark of prepared.marks) {
    if (!mark.outside) continue;
    const box = place(mark);
    const negative = mark.end < 0;
    const text = values
      .append('text')
      .attr('x', negative ? box.x - valueGap : box.x + box.width + valueGap)
      .attr('y', box.y + box.height / 2 + middle * valueSize)
      .text(mark.outside);
    if (negative) text.attr('text-anchor', 'end');
    if (anyHighlight && !data.categories[mark.category]!.highlight) text.attr('fill', palette.inkMuted);
  }
  for (const [c, total] of prepared.totals.entries()) {
    if (total === null) continue;
    const ends = prepared.marks.filter((m) => m.category === c).map((m) => x(m.end));
    values
      .append('text')
      .attr('x', Math.max(x(0), ...ends) + valueGap)
      .attr('y', bandTop(c) + barThickness / 2 + middle * valueSize)
      .attr('font-weight', 700)
      .text(total);
  }
  drawInside(svg, data, prepared, options, place, ty);
  annotate(
    svg,
    options,
    {
      plot: { left: x.range()[0]!, right: x.range()[1]!, top: plotTop, bottom: plotTop + plotHeight },
      horizontal: true,
      along: (c) => plotTop + c * step + step / 2,
      band: step / 2,
      value: x,
      mark: markPoint(prepared, layout, place, false, (m) => (m.outside ? measure(m.outside, valueSize, valueBold) + valueGap : 0)),
      font: ty.font,
      line: ty.line,
    },
    height,
  );
  return svg;
}

function drawVertical(data: CategoricalData, drawn: Prepared, options: BarsOptions): Svg | null {
  const { width, layout, panel } = options;
  // A panel of small multiples: the whole drawing's text sizes, the value axis every panel shares.
  const prepared = panel ? { ...drawn, extent: panel.domain, integer: false } : drawn;
  const ty = chartText(panel?.drawingWidth ?? width, chartType);
  const n = prepared.seriesCount;
  const count = Math.max(1, data.categories.length);
  const grouped = layout === 'grouped';
  const single = layout === 'single';
  const tickFormat = tickText(options);
  const plotHeight = panel?.plotHeight ?? Math.round(Math.min(340, Math.max(220, width * 0.5)));

  // Value axis on the left: its labels set the left margin.
  const legendBox = legend(data, prepared, width, ty);
  const title = axisTitle(options, ty);
  const fitsVertically = (domain: [number, number], ticks: number[]) => {
    const s = scaleLinear().domain(domain).range([plotHeight, 0]);
    return ticks.every((t, i) => i === 0 || Math.abs(s(t) - s(ticks[i - 1]!)) >= ty.font + tickGap);
  };
  const axis = valueAxis(prepared, layout, Math.floor(plotHeight / 60) + 1, false, fitsVertically);
  const tickWidth = Math.max(0, ...axis.ticks.map((t) => measure(tickFormat(t), ty.font)));
  const plotLeft = Math.ceil(tickWidth + 8);
  const plotRight = width - 2;
  const step = (plotRight - plotLeft) / count;

  const groupWidth = grouped ? Math.min(step * 0.8, n * 36) : Math.min(step * 0.72, 72);
  const columnWidth = grouped ? groupWidth / n : groupWidth;
  const columnGap = grouped && columnWidth >= 6 ? 1 : 0;
  const columnLeft = (m: Mark) => plotLeft + m.category * step + (step - groupWidth) / 2 + (grouped ? m.series * columnWidth : 0);

  // Value labels above (or below) columns: all or none, so the chart reads evenly.
  const valueSize = ty.small;
  const outsideTexts = [...prepared.marks.map((m) => m.outside), ...prepared.totals].filter((t): t is string => Boolean(t));
  const outsideRoom = grouped ? columnWidth : step;
  const showOutside = !panel && outsideTexts.length > 0 && outsideTexts.every((t) => measure(t, valueSize, single || layout === 'stacked') <= outsideRoom - 2);
  const labelRoom = valueSize + valueGap;
  const anyNegative = prepared.marks.some((m) => m.end < 0);

  // Category labels along the bottom, each wrapped to its band (two lines at most): when one does
  // not fit, or the values do not fit above their columns, the chart is drawn as horizontal bars.
  const centreOf = (c: number) => plotLeft + c * step + step / 2;
  // Each label's room: its band, and no further than the SVG's edges.
  const roomOf = (c: number) => Math.min(step - 6, 2 * centreOf(c), 2 * (width - centreOf(c)));
  let catLines = data.categories.map((c, i) => wrapLabel(c.label, roomOf(i), ty.font));
  const labelsFit = catLines.every((lines, i) => lines.length <= 2 && lines.every((l) => measure(l, ty.font) <= roomOf(i)));
  // A label's centre: under its column, kept inside the drawing (in a panel, right of the value axis's labels too).
  const labelCentre = (c: number, half: number) => Math.min(width - half, Math.max(panel ? plotLeft - 4 + half : half, centreOf(c)));
  // Note: a panel keeps its columns: with too little room, every k-th category is labelled, on one line, 6 units apart at least.
  if (panel && !labelsFit) {
    const every = (k: number) => data.categories.map((cat, i) => (i % k === 0 ? [cat.label] : []));
    const apart = (k: number) => {
      const boxes = every(k).flatMap((l, i) => l.map((label) => ({ centre: labelCentre(i, measure(label, ty.font) / 2), half: measure(label, ty.font) / 2 })));
      return boxes.every((b, j) => j === 0 || b.centre - b.half >= boxes[j - 1]!.centre + boxes[j - 1]!.half + 6);
    };
    catLines = every([...Array(count).keys()].map((i) => i + 1).find(apart) ?? count);
  } else if (!labelsFit || (outsideTexts.length > 0 && !showOutside && !panel)) return null;
  const catHeight = Math.max(1, ...catLines.map((l) => l.length)) * ty.line;

  const titleTop = legendBox.height + (legendBox.height ? 8 : 0);
  const plotTop = Math.ceil(titleTop + title.length * ty.line + (title.length ? 6 : 0) + (showOutside ? labelRoom + 4 : ty.font * 0.6));
  const rangeBottom = plotTop + plotHeight - (showOutside && anyNegative ? labelRoom : 0);
  const y = scaleLinear().domain(axis.domain).range([rangeBottom, plotTop]);
  const plotBottom = plotTop + plotHeight;
  const height = Math.ceil(plotBottom + 8 + catHeight + 2);

  const svg = createSvg(width, height).attr('font-size', ty.font).attr('class', 'bars-vertical');
  legendBox.draw(svg, 0);
  if (title.length) appendLines(svg.append('g').attr('class', 'bars-title').attr('fill', palette.inkMuted), title, 0, titleTop + ascent * ty.font + topRoom, ty.line);

  const grid = svg.append('g').attr('class', 'bars-grid').attr('stroke', gridline).attr('stroke-dasharray', '1 2');
  const ticks = svg.append('g').attr('class', 'bars-ticks').attr('fill', palette.inkMuted).attr('text-anchor', 'end');
  for (const t of axis.ticks) {
    if (t !== 0) grid.append('line').attr('x1', plotLeft).attr('x2', plotRight).attr('y1', y(t)).attr('y2', y(t));
    ticks.append('text').attr('x', plotLeft - 6).attr('y', y(t) + middle * ty.font).text(tickFormat(t));
  }

  const cats = svg.append('g').attr('class', 'bars-categories').attr('text-anchor', 'middle');
  for (const [c, lines] of catLines.entries()) {
    if (!lines.length) continue;
    const centre = labelCentre(c, Math.max(...lines.map((l) => measure(l, ty.font))) / 2);
    appendLines(cats, lines, centre, plotBottom + 8 + ascent * ty.font, ty.line);
  }

  const place = (m: Mark) => {
    const [top, bottom] = [y(m.start), y(m.end)].sort((p, q) => p - q) as [number, number];
    return { x: columnLeft(m), y: top, width: columnWidth - columnGap, height: bottom - top };
  };
  drawMarks(svg, data, prepared, options, place);
  svg
    .append('line')
    .attr('class', 'bars-zero')
    .attr('x1', plotLeft)
    .attr('x2', plotRight)
    .attr('y1', y(0))
    .attr('y2', y(0))
    .attr('stroke', palette.ink);

  if (showOutside) {
    const values = halo(svg.append('g').attr('class', 'bars-values').attr('font-size', valueSize).attr('text-anchor', 'middle'));
    if (single) values.attr('font-weight', 700);
    const anyHighlight = single && data.categories.some((c) => c.highlight);
    for (const mark of prepared.marks) {
      if (!mark.outside) continue;
      const box = place(mark);
      const negative = mark.end < 0;
      const text = values
        .append('text')
        .attr('x', box.x + box.width / 2)
        .attr('y', negative ? box.y + box.height + valueGap + ascent * valueSize : box.y - valueGap - descent * valueSize)
        .text(mark.outside);
      if (anyHighlight && !data.categories[mark.category]!.highlight) text.attr('fill', palette.inkMuted);
    }
    for (const [c, total] of prepared.totals.entries()) {
      if (total === null) continue;
      const top = Math.min(y(0), ...prepared.marks.filter((m) => m.category === c).map((m) => y(m.end)));
      values
        .append('text')
        .attr('x', plotLeft + c * step + step / 2)
        .attr('y', top - valueGap - descent * valueSize)
        .attr('font-weight', 700)
        .text(total);
    }
  }
  drawInside(svg, data, prepared, options, place, ty);
  annotate(
    svg,
    options,
    {
      plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom },
      along: centreOf,
      band: step / 2,
      value: y,
      mark: markPoint(prepared, layout, place, true, (m) => (showOutside && m.outside ? labelRoom : 0)),
      font: ty.font,
      line: ty.line,
    },
    height,
  );
  return svg;
}
