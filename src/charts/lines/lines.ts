import { hcl, line, range, scaleLinear, scalePoint, scaleUtc, utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import { createSvg, finalizeSvg } from '../svg';
import { annotatedRange, drawAnnotations } from '../annotate';
import { chartText, textWidth, wrapText } from '../text';
import { dodge } from '../dodge';
import { contrastRatio } from '../contrast';
import type { CategoricalData, ChartRequest } from '../model';
import { chartType, palette, series as seriesColours } from '../../styles/theme';
import { anyHighlighted, highlightColour, isMuted } from '../highlight';
import { formatPeriod } from '../../utils/format';
import { drawHitBands, drawLegend, drawValueAxis, flowLegend, type LegendItem } from '../plot-parts';
import { t } from '../../strings';

/** A line chart request: how the categories sit on the x axis. */
export interface LinesOptions extends ChartRequest {
  /** 'year': category.position is a year (2019); 'date': epoch milliseconds (UTC); 'category': evenly spaced, in order. */
  xKind: 'year' | 'date' | 'category';
}

/** Above this many points per series, dots give way to one transparent hit band per category. */
export const dotLimit = 60;

/** Room between the plot's right edge and the end labels, for the connectors of nudged labels. */
const labelGap = 14;
/** Widest an end label may be, as a share of the width (and at most 190 units, readers' text spacing included), before the legend takes over. */
const labelShare = 0.3;
const tickGap = 10;

/** A labelled tick of the x axis: its position, its label's lines and the row it sits on (two rows when staggered). */
interface Tick {
  x: number;
  lines: string[];
  row: number;
}

/** A label cut to `maxWidth` with an ellipsis (the full label stays in the tooltip and the table); null when under 3 letters would be left. */
function abbreviate(label: string, maxWidth: number, size: number): string | null {
  if (textWidth(label, size) <= maxWidth) return label;
  const chars = [...label];
  for (let n = chars.length - 1; n >= 3; n--) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (textWidth(cut, size) <= maxWidth) return cut;
  }
  return null;
}

/** A series colour darkened (HCL lightness, same hue) until text in it reaches 4.5:1 on the paper colour. */
export function textColour(colour: string): string {
  let c = hcl(colour);
  while (contrastRatio(c.formatHex(), palette.paper) < 4.5 && c.l > 0) c = hcl(c.h, c.c, c.l - 1);
  return c.formatHex();
}

function check(data: CategoricalData, xKind: LinesOptions['xKind']): void {
  const { categories, series, values } = data;
  if (categories.length === 0 || series.length === 0) throw new Error('renderLines: at least one category and one series are needed');
  if (values.length !== series.length) throw new Error(`renderLines: ${series.length} series but ${values.length} rows of values`);
  for (const [s, row] of values.entries()) {
    if (row.length !== categories.length)
      throw new Error(`renderLines: series « ${series[s]!.label} » has ${row.length} values for ${categories.length} categories`);
    for (const v of row) if (v !== null && !Number.isFinite(v)) throw new Error(`renderLines: series « ${series[s]!.label} » has a non-finite value`);
  }
  if (xKind === 'category') return;
  let previous = -Infinity;
  for (const category of categories) {
    const p = category.position;
    if (p === undefined || !Number.isFinite(p)) throw new Error(`renderLines: category « ${category.label} » needs a position for xKind '${xKind}'`);
    if (p <= previous) throw new Error(`renderLines: categories must come in increasing position order (« ${category.label} »)`);
    previous = p;
  }
}

/**
 * The value axis domain, before nice(): it reaches zero when every value is ≥ 0 (or every value is
 * ≤ 0), unless the values would then fill less than a quarter of the plot's height, in which case
 * it fits the values so the lines do not flatten; values of both signs always include zero.
 */
export function valueDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) return lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  if (lo >= 0 && (hi - lo) / hi >= 0.25) lo = 0;
  if (hi <= 0 && (hi - lo) / -lo >= 0.25) hi = 0;
  return [lo, hi];
}

const dayMs = 86_400_000;

/** Tick intervals for dates, densest first, with their approximate length. */
const dateIntervals: readonly { interval: TimeInterval; unit: 'day' | 'month' | 'year'; approx: number }[] = [
  { interval: utcDay, unit: 'day', approx: dayMs },
  { interval: utcDay.every(2)!, unit: 'day', approx: 2 * dayMs },
  { interval: utcMonday, unit: 'day', approx: 7 * dayMs },
  ...[1, 2, 3, 4, 6].map((n) => ({ interval: utcMonth.every(n)!, unit: 'month' as const, approx: n * 30 * dayMs })),
  ...[1, 2, 5, 10, 20, 50, 100].map((n) => ({ interval: utcYear.every(n)!, unit: 'year' as const, approx: n * 365 * dayMs })),
];

/**
 * French labels for date ticks, as precise as their interval: "2019"; "mai 2019", "juillet"…; or
 * "3 mai 2019", "10 mai"…: the year is written on the first tick and wherever it changes.
 */
function dateTickLabels(ticks: readonly Date[], unit: 'day' | 'month' | 'year', short = false): string[] {
  return ticks.map((d, i) => {
    const year = d.getUTCFullYear();
    if (unit === 'year') return String(year);
    const withYear = i === 0 || ticks[i - 1]!.getUTCFullYear() !== year;
    const name = (short ? t.monthsShort : t.months)[d.getUTCMonth()]!;
    const month = withYear ? (short ? `${name}\u00a0${year}` : formatPeriod({ year, month: d.getUTCMonth() + 1 })) : name;
    if (unit === 'month') return month;
    return `${d.getUTCDate() === 1 ? t.charts.firstOfMonth : d.getUTCDate()}\u00a0${month}`;
  });
}

/** Where a tick's label is centred: on its tick, but kept inside [0, width]. */
function labelCentre(tick: Tick, width: number, size: number): number {
  const w = Math.max(...tick.lines.map((l) => textWidth(l, size)));
  return Math.max(w / 2, Math.min(width - w / 2, tick.x));
}

/** True when the tick labels of each row, centred on their ticks but kept inside [0, width], leave `tickGap` between them. */
function ticksFit(ticks: readonly Tick[], width: number, size: number): boolean {
  const right = [-Infinity, -Infinity];
  for (const tick of ticks) {
    const w = Math.max(...tick.lines.map((l) => textWidth(l, size)));
    const centre = labelCentre(tick, width, size);
    if (centre - w / 2 < right[tick.row]! + tickGap) return false;
    right[tick.row] = centre + w / 2;
  }
  return true;
}

interface Placed {
  series: number;
  lines: string[];
  yTarget: number;
  y: number;
}

/**
 * A line chart: one line per series over the categories (null values break the line), a value axis
 * with gridlines, an x axis of years, French dates or category names thinned so labels never
 * overlap. Each series is named at the end of its line in its colour (darkened to 4.5:1), the labels
 * nudged apart; when they are too long for the right margin, a legend sits at the top instead.
 * Up to `dotLimit` points per series, every point is a dot carrying data-label and data-value; above,
 * no dots are drawn and each category column is one transparent band listing every series' value.
 */
export function renderLines(data: CategoricalData, options: LinesOptions): string {
  const { width, format, tickFormat = format, valueLabel, xKind, panel } = options;
  check(data, xKind);
  const { categories, series, values } = data;
  const multi = series.length > 1;
  // « surligner »: the chosen series keep their colour, bold names and full width; the others are muted, thinner, drawn under them.
  const anyChosen = anyHighlighted(series) || !!panel?.muted;
  const muted = (s: number) => isMuted(series[s], anyChosen);
  const colours = series.map((item, i) => highlightColour(seriesColours[i % seriesColours.length]!, item, anyChosen));
  const narrow = width < 480;
  const { font: fontSize, line: lineHeight } = chartText(panel?.drawingWidth ?? width, chartType);
  const plotHeight = panel?.plotHeight ?? Math.round(Math.min(300, Math.max(210, width * 0.45)));

  // Value axis, in coordinates relative to the plot's top.
  const numbers = annotatedRange(values.flat().filter((v): v is number => v !== null), options.annotations);
  const tickCount = Math.max(3, Math.round(plotHeight / 50));
  const y = scaleLinear()
    .domain(panel?.domain ?? valueDomain(numbers))
    .range([plotHeight, 0])
    .nice(tickCount);
  const yTicks = y.ticks(tickCount);
  const yLabels = yTicks.map((v) => tickFormat(v));
  const marginLeft = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, fontSize))) + 8);

  // End labels, when every name fits on at most two lines in the right margin and they stack within the plot.
  const lastIndex = values.map((row) => row.findLastIndex((v) => v !== null));
  const maxLabelWidth = Math.min(190, width * labelShare);
  const wrapped = series.map((s) => wrapText(s.label, maxLabelWidth, fontSize, true));
  let placed: Placed[] = [];
  let useEndLabels =
    multi && wrapped.every((lines) => lines.length <= 2 && lines.every((l) => textWidth(l, fontSize, true) <= maxLabelWidth));
  if (useEndLabels) {
    const drawn = series.map((_, s) => s).filter((s) => lastIndex[s]! >= 0);
    const items = drawn.map((s) => ({ target: y(values[s]![lastIndex[s]!]!), size: wrapped[s]!.length * lineHeight }));
    const top = -10;
    const bottom = plotHeight + 6;
    const centres = dodge(items, top, bottom, 2);
    placed = drawn.map((s, i) => ({ series: s, lines: wrapped[s]!, yTarget: items[i]!.target, y: centres[i]! }));
    useEndLabels = placed.every((p, i) => p.y + items[i]!.size / 2 <= bottom + 1e-6);
  }
  const labelWidth = Math.max(0, ...placed.flatMap((p) => p.lines.map((l) => textWidth(l, fontSize, true))));
  // Without end labels, the last x label (centred on the plot's right edge) still needs half its width.
  const lastTick = xKind === 'year' ? '0000' : xKind === 'category' ? (categories.at(-1)?.label ?? '') : '';
  const marginRight = useEndLabels ? Math.ceil(labelGap + labelWidth + 2) : Math.max(10, Math.min(Math.ceil(textWidth(lastTick, fontSize) / 2) + 2, width / 4));
  const plotLeft = marginLeft;
  const plotRight = width - marginRight;

  // Top: the value axis title, then the legend when end labels were not possible.
  let top = 0;
  const title = valueLabel ? wrapText(valueLabel, width, fontSize) : [];
  top += title.length * lineHeight + (title.length ? 6 : 0);
  let legend: LegendItem[] = [];
  if (multi && !useEndLabels) {
    // Note: the names are measured at the regular weight, also the chosen ones drawn bold.
    const flowed = flowLegend(series.map((item) => ({ label: item.label, bold: false })), { width, top, swatch: 22, fontSize, lineHeight });
    legend = flowed.items;
    top = flowed.bottom + 8;
  }
  const plotTop = top + 10;

  // x positions, then candidate tick sets in order of preference: the first whose labels fit and
  // that labels at least three points (or every point, when there are fewer) is drawn.
  const plotWidth = plotRight - plotLeft;
  const one = (x: number, label: string): Tick => ({ x, lines: [label], row: 0 });
  let xs: number[];
  let minor: number[] = [];
  let candidates: (() => Tick[] | null)[];
  if (xKind === 'category') {
    const x = scalePoint<number>().domain(categories.map((_, i) => i)).range([plotLeft, plotRight]);
    if (categories.length === 1) x.padding(0.5);
    xs = categories.map((_, i) => x(i)!);
    minor = xs;
    // Every name, wrapped to its slot; then on two staggered rows (twice the room); then cut with
    // « … » (the full name is in the tooltip and the table); only then every n-th name.
    const slot = categories.length > 1 ? plotWidth / (categories.length - 1) : plotWidth;
    const wrapped = (room: number, rows: number) => () => {
      const ticks = categories.map((c, i) => ({ x: xs[i]!, lines: wrapText(c.label, room, fontSize), row: i % rows }));
      return ticks.every((tk) => tk.lines.length <= 2) ? ticks : null;
    };
    const cut = (room: number) => () => {
      const labels = categories.map((c) => abbreviate(c.label, room, fontSize));
      return labels.every((l) => l !== null) ? categories.map((_, i) => ({ x: xs[i]!, lines: [labels[i]!], row: i % 2 })) : null;
    };
    // Note: labels at the plot's ends are pushed inwards to stay in the drawing, so narrower rooms are tried too.
    const rooms = [1, 0.85, 0.7, 0.55];
    candidates = [
      ...rooms.map((f) => wrapped(f * (slot - tickGap), 1)),
      ...rooms.map((f) => wrapped(f * (2 * slot - tickGap), 2)),
      ...rooms.map((f) => cut(f * (2 * slot - tickGap))),
      ...categories.slice(1).map((_, k) => () => categories.flatMap((c, i) => (i % (k + 2) === 0 ? [one(xs[i]!, c.label)] : []))),
    ];
  } else {
    const positions = categories.map((c) => c.position!);
    const first = positions[0]!;
    const last = positions.at(-1)!;
    const half = xKind === 'year' ? 0.5 : dayMs / 2;
    const span: [number, number] = first === last ? [first - half, last + half] : [first, last];
    if (xKind === 'year') {
      const x = scaleLinear().domain(span).range([plotLeft, plotRight]);
      xs = positions.map((p) => x(p));
      const years = range(Math.ceil(span[0]), Math.floor(span[1]) + 1);
      if (years.length <= plotWidth / 4) minor = years.map((v) => x(v));
      // Every year; then every 2nd (3rd, 4th) year from the first, with the last when it fits; then round years.
      const from = (start: number, step: number, withLast: boolean) => () => {
        const ticks = range(start, Math.floor(span[1]) + 1, step).map((v) => one(x(v), String(v)));
        if (withLast && (last - start) % step !== 0) ticks.push(one(x(last), String(last)));
        return ticks;
      };
      candidates = [
        from(first, 1, false),
        ...[2, 3, 4].flatMap((step) => [from(first, step, true), from(first, step, false)]),
        ...[5, 10, 20, 25, 50, 100].map((step) => from(Math.ceil(span[0] / step) * step, step, false)),
        () => years.map((v, i) => ({ x: x(v), lines: [String(v)], row: i % 2 })),
      ];
    } else {
      const x = scaleUtc().domain(span.map((p) => new Date(p))).range([plotLeft, plotRight]);
      xs = positions.map((p) => x(new Date(p)));
      const intervals = dateIntervals.filter(({ approx }) => (span[1] - span[0]) / approx <= plotWidth / 8);
      // Month names in full, then abbreviated (« janv. »), on one row; then on two staggered rows.
      const dated = (interval: TimeInterval, unit: 'day' | 'month' | 'year', short: boolean, rows: number) => () => {
        const dates = interval.range(new Date(span[0]), new Date(span[1] + 1));
        const labels = dateTickLabels(dates, unit, short);
        return dates.map((d, j) => ({ x: x(d), lines: [labels[j]!], row: j % rows }));
      };
      candidates = [
        ...intervals.map(({ interval, unit }) => dated(interval, unit, false, 1)),
        ...intervals.map(({ interval, unit }) => dated(interval, unit, true, 1)),
        ...intervals.map(({ interval, unit }) => dated(interval, unit, true, 2)),
      ];
    }
  }
  const sets = candidates.map((c) => c()).filter((ticks): ticks is Tick[] => ticks !== null && ticks.length > 0);
  const fitting = sets.filter((ticks) => ticksFit(ticks, width, fontSize));
  const enough = Math.min(3, categories.length);
  // Note: when nothing fits, the sparsest set keeps its first tick only.
  const xTicks = fitting.find((ticks) => ticks.length >= enough) ?? fitting[0] ?? sets.at(-1)?.slice(0, 1) ?? [];
  const rowLines = [0, 1].map((row) => Math.max(0, ...xTicks.filter((tk) => tk.row === row).map((tk) => tk.lines.length)));
  const xLabelLines = Math.max(1, rowLines[0]! + rowLines[1]!);
  const height = Math.ceil(plotTop + plotHeight + 7 + xLabelLines * lineHeight + 3);

  const svg = createSvg(width, height).attr('font-size', fontSize).attr('class', 'lines-chart');
  title.forEach((l, i) =>
    svg.append('text').attr('class', 'lines-title').attr('x', 0).attr('y', i * lineHeight + fontSize - 1).attr('fill', palette.inkMuted).text(l),
  );
  if (legend.length) {
    const g = svg.append('g').attr('class', 'lines-legend');
    drawLegend(g, legend, {
      textLeft: 22,
      fontSize,
      lineHeight,
      bold: (s) => anyChosen && !muted(s),
      swatch: (item) => {
        const mid = item.y + lineHeight / 2;
        g.append('line')
          .attr('x1', item.x + 2)
          .attr('x2', item.x + 16)
          .attr('y1', mid)
          .attr('y2', mid)
          .attr('stroke', colours[item.index]!)
          .attr('stroke-width', 3)
          .attr('stroke-linecap', 'round');
      },
    });
  }

  const plot = svg.append('g').attr('class', 'lines-plot').attr('transform', `translate(0,${plotTop})`);
  drawValueAxis(plot, 'lines-y-axis', yTicks, yLabels, y, plotLeft, plotRight);
  const axis = plot.append('g').attr('class', 'lines-x-axis');
  const labelled = new Set(xTicks.map((tk) => Math.round(tk.x * 10)));
  for (const at of minor) {
    if (labelled.has(Math.round(at * 10))) continue;
    axis.append('line').attr('x1', at).attr('x2', at).attr('y1', plotHeight).attr('y2', plotHeight + 3).attr('stroke', palette.inkMuted);
  }
  for (const tick of xTicks) {
    const firstLine = tick.row * rowLines[0]!;
    const baseline = (line: number) => plotHeight + 7 + fontSize + (firstLine + line) * lineHeight;
    axis
      .append('line')
      .attr('x1', tick.x)
      .attr('x2', tick.x)
      .attr('y1', plotHeight)
      .attr('y2', tick.row === 0 ? plotHeight + 5 : baseline(0) - fontSize - 1)
      .attr('stroke', palette.inkMuted);
    const text = axis.append('text').attr('text-anchor', 'middle').attr('fill', palette.inkMuted);
    const centre = labelCentre(tick, width, fontSize);
    if (tick.lines.length === 1) text.attr('x', centre).attr('y', baseline(0)).text(tick.lines[0]!);
    else tick.lines.forEach((l, i) => text.append('tspan').attr('x', centre).attr('y', baseline(i)).text(l));
  }

  const strokeWidth = narrow ? 2 : 2.5;
  const lines = plot.append('g').attr('class', 'lines-series').attr('fill', 'none');
  const drawOrder = [...series.keys()].sort((a, b) => Number(muted(b)) - Number(muted(a)));
  for (const s of drawOrder) {
    const row = values[s]!;
    const path = line<number | null>()
      .defined((v) => v !== null)
      .x((_, i) => xs[i]!)
      .y((v) => y(v!))(row);
    if (!path) continue;
    // Note: round caps make an isolated value (nulls on both sides) visible as a dot without a mark.
    lines
      .append('path')
      .attr('d', path)
      .attr('stroke', colours[s]!)
      .attr('stroke-width', muted(s) ? 1.5 : strokeWidth)
      .attr('stroke-linejoin', 'round')
      .attr('stroke-linecap', 'round')
      .attr('data-series', series[s]!.key);
  }

  const labelOf = (c: number, s: number) => (multi ? `${categories[c]!.label} — ${series[s]!.label}` : categories[c]!.label);
  if (categories.length <= dotLimit) {
    const spacing = plotWidth / Math.max(1, categories.length - 1);
    const r = Math.max(2, Math.min(narrow ? 3 : 3.5, spacing / 4));
    const dots = plot.append('g').attr('class', 'lines-dots').attr('stroke', palette.paper).attr('stroke-width', 1);
    for (const c of categories.keys()) {
      for (const s of series.keys()) {
        const v = values[s]![c]!;
        if (v === null) continue;
        dots
          .append('circle')
          .attr('cx', xs[c]!)
          .attr('cy', y(v))
          .attr('r', r)
          .attr('fill', colours[s]!)
          .attr('data-label', labelOf(c, s))
          .attr('data-value', format(v));
      }
    }
  } else {
    const columns = categories.map((category, c) => {
      const present = series.flatMap((item, s) => {
        const v = values[s]![c]!;
        return v === null ? [] : [multi ? `${item.label}\u00a0: ${format(v)}` : format(v)];
      });
      return { label: category.label, value: present.length === 0 ? null : present.join('\u202f; ') };
    });
    drawHitBands(plot, 'lines-hits', xs, columns, { plotLeft, plotRight, plotHeight });
  }

  if (useEndLabels) {
    const g = plot.append('g').attr('class', 'lines-end-labels').attr('font-weight', 700);
    const labelX = plotRight + labelGap;
    for (const p of placed) {
      const xEnd = xs[lastIndex[p.series]!]!;
      // Note: a series that ends before the last category reaches its label by a dotted connector, not read as data.
      if (Math.abs(p.y - p.yTarget) > 1 || xEnd < plotRight - 1) {
        g.append('path')
          .attr('d', `M${xEnd + 4},${p.yTarget}L${Math.max(xEnd + 4, plotRight + 3)},${p.yTarget}L${labelX - 3},${p.y}`)
          .attr('fill', 'none')
          .attr('stroke', colours[p.series]!)
          .attr('stroke-width', 1)
          .attr('stroke-dasharray', xEnd < plotRight - 1 ? '2,3' : null);
      }
      const colour = muted(p.series) ? palette.inkMuted : textColour(colours[p.series]!);
      const firstBaseline = p.y - (p.lines.length * lineHeight) / 2 + fontSize - 1;
      p.lines.forEach((l, i) =>
        g
          .append('text')
          .attr('x', labelX)
          .attr('y', firstBaseline + i * lineHeight)
          .attr('fill', colour)
          .attr('font-weight', muted(p.series) ? 400 : null)
          .attr('data-series', series[p.series]!.key)
          .text(l),
      );
    }
  }
  if (options.annotations?.length) {
    // Years and dates are positions on a linear axis (the plot's ends at the first and last); categories are their index.
    const positions = categories.map((c) => c.position ?? 0);
    const [p0, p1] = [positions[0]!, positions.at(-1)!];
    drawAnnotations(
      svg,
      {
        plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotTop + plotHeight },
        along: (at) => (xKind === 'category' ? xs[Math.round(at)]! : p0 === p1 ? (plotLeft + plotRight) / 2 : plotLeft + ((at - p0) / (p1 - p0)) * (plotRight - plotLeft)),
        value: (v) => plotTop + y(v),
        mark: (index, s) => {
          const line = s ?? Math.max(0, values.findIndex((row) => row[index] !== null && row[index] !== undefined));
          return { x: xs[index]!, y: plotTop + y(values[line]![index] ?? 0) };
        },
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
