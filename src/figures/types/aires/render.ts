import { area, scaleLinear, scaleUtc, utcMonth, utcYear } from 'd3';
import { createSvg, finalizeSvg } from '../../../charts/svg';
import { annotatedRange, drawAnnotations } from '../../../charts/annotate';
import { chartText, textWidth, wrapText } from '../../../charts/text';
import type { CategoricalData, ChartRequest } from '../../../charts/model';
import { chartType, palette, series as seriesColours } from '../../../styles/theme';
import { anyHighlighted, highlightColour, isMuted } from '../../../charts/highlight';
import { formatPercent } from '../../../utils/format';
import { wholePercents } from '../../../charts/bars/bars';
import { t } from '../../../strings';
import { drawHitBands, drawLegend, drawValueAxis, flowLegend, type LegendItem } from '../../../charts/plot-parts';
import { textes } from './textes';

// The area drawing: one series as an area over time, or several stacked (also to 100 %), with a
// value axis, a time axis thinned so labels never overlap, and one transparent band per date that
// carries data-label (the date) and data-value (every series' value, and the total), for the
// pointer and the keyboard. Pure: (data, request) → SVG string.

export interface AreaRequest extends ChartRequest {
  xKind: 'year' | 'date' | 'category';
  /** Each date stacked to 100 %. */
  percent: boolean;
}

const tickGap = 10;

/** The labels of the time axis: every year (or every 2nd, 5th…), months for short spans, every n-th category. */
function timeTicks(data: CategoricalData, xKind: AreaRequest['xKind'], x: (i: number) => number, positions: number[], fontSize: number, plotWidth: number) {
  const fits = (ticks: { x: number; label: string }[]) =>
    ticks.every((tk, i) => i === 0 || tk.x - ticks[i - 1]!.x >= (textWidth(tk.label, fontSize) + textWidth(ticks[i - 1]!.label, fontSize)) / 2 + tickGap);
  const candidates: { x: number; label: string }[][] = [];
  if (xKind === 'year') {
    const first = positions[0]!;
    const last = positions.at(-1)!;
    const scale = scaleLinear().domain([first, last]).range([x(0), x(positions.length - 1)]);
    for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) {
      const start = step === 1 ? first : Math.ceil(first / step) * step;
      const ticks = [];
      for (let year = start; year <= last; year += step) ticks.push({ x: scale(year), label: String(year) });
      candidates.push(ticks);
    }
  } else if (xKind === 'date') {
    const scale = scaleUtc().domain([new Date(positions[0]!), new Date(positions.at(-1)!)]).range([x(0), x(positions.length - 1)]);
    const [from, to] = scale.domain() as [Date, Date];
    for (const every of [1, 2, 3, 6]) {
      const months = utcMonth.every(every)!.range(from, new Date(+to + 1));
      candidates.push(months.map((d, i) => ({ x: scale(d), label: i === 0 || d.getUTCMonth() === 0 ? `${t.monthsShort[d.getUTCMonth()]}\u00a0${d.getUTCFullYear()}` : t.monthsShort[d.getUTCMonth()]! })));
    }
    for (const every of [1, 2, 5, 10]) candidates.push(utcYear.every(every)!.range(from, new Date(+to + 1)).map((d) => ({ x: scale(d), label: String(d.getUTCFullYear()) })));
  } else {
    for (let step = 1; step <= data.categories.length; step++) {
      candidates.push(data.categories.flatMap((c, i) => (i % step === 0 ? [{ x: x(i), label: c.label }] : [])));
    }
  }
  const usable = candidates.filter((ticks) => ticks.length > 0);
  const enough = Math.min(3, data.categories.length);
  return usable.find((ticks) => ticks.length >= enough && fits(ticks) && ticks.every((tk) => textWidth(tk.label, fontSize) < plotWidth)) ?? usable.find(fits) ?? usable.at(-1)!.slice(0, 1);
}

/**
 * An area chart: the first series at the bottom, each next one stacked on it (a white line between
 * them), or stacked to 100 % of each date; a legend at the top when there are several series.
 * Values must be zero or more, and present at every date when stacked.
 */
export function renderAreas(data: CategoricalData, options: AreaRequest): string {
  const { width, format, tickFormat = format, valueLabel, xKind, percent } = options;
  const { categories, series, values } = data;
  if (categories.length < 2 || series.length === 0) throw new Error('renderAreas: at least two dates and one series are needed');
  for (const row of values) for (const v of row) if (v !== null && (!Number.isFinite(v) || v < 0)) throw new Error('renderAreas: values must be finite and zero or more');
  const multi = series.length > 1;
  // « surligner »: the chosen series keep their colour and bold names, the others are muted.
  const anyChosen = anyHighlighted(series);
  const colours = series.map((item, i) => highlightColour(seriesColours[i % seriesColours.length]!, item, anyChosen));
  const { font: fontSize, line: lineHeight } = chartText(width, chartType);
  const plotHeight = Math.round(Math.min(300, Math.max(210, width * 0.45)));
  const totals = categories.map((_, c) => values.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  // Stacked values: the bottom and top of each series at each date (shares of the total at 100 %).
  const level = (s: number, c: number) => {
    const v = values[s]![c] ?? 0;
    return percent ? (totals[c]! > 0 ? v / totals[c]! : 0) : v;
  };
  const tops = series.map((_, s) => categories.map((__, c) => Array.from({ length: s + 1 }, (___, k) => level(k, c)).reduce((a, b) => a + b, 0)));

  // Top: the value axis title, then the legend.
  let top = 0;
  const title = valueLabel && !percent ? wrapText(valueLabel, width, fontSize) : [];
  top += title.length ? title.length * lineHeight + 6 : 0;
  const bold = (s: number) => anyChosen && !isMuted(series[s], anyChosen);
  let legend: LegendItem[] = [];
  if (multi) {
    const flowed = flowLegend(series.map((item, s) => ({ label: item.label, bold: bold(s) })), { width, top, swatch: 18, fontSize, lineHeight });
    legend = flowed.items;
    top = flowed.bottom + 6;
  }
  const plotTop = top + 10;

  const y = scaleLinear()
    .domain([0, percent ? 1 : Math.max(...annotatedRange(tops.at(-1)!, options.annotations)) || 1])
    .range([plotHeight, 0]);
  if (!percent) y.nice(Math.max(3, Math.round(plotHeight / 50)));
  const yTicks = percent ? [0, 0.25, 0.5, 0.75, 1] : y.ticks(Math.max(3, Math.round(plotHeight / 50)));
  const yLabels = yTicks.map((v) => (percent ? formatPercent(v) : tickFormat(v)));
  const plotLeft = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, fontSize))) + 8);
  const positions = categories.map((c, i) => c.position ?? i);
  const lastLabel = xKind === 'year' ? String(positions.at(-1)) : (categories.at(-1)?.label ?? '');
  const plotRight = width - Math.max(8, Math.min(Math.ceil(textWidth(lastLabel, fontSize) / 2) + 2, width / 4));
  const span = scaleLinear().domain([positions[0]!, positions.at(-1)!]).range([plotLeft, plotRight]);
  const x = (i: number) => (xKind === 'category' ? plotLeft + ((plotRight - plotLeft) * i) / (categories.length - 1) : span(positions[i]!));
  const xTicks = timeTicks(data, xKind, x, positions, fontSize, plotRight - plotLeft);
  const height = Math.ceil(plotTop + plotHeight + 7 + lineHeight + 3);

  const svg = createSvg(width, height).attr('font-size', fontSize).attr('class', 'areas-chart');
  title.forEach((l, i) => svg.append('text').attr('class', 'areas-title').attr('x', 0).attr('y', i * lineHeight + fontSize - 1).attr('fill', palette.inkMuted).text(l));
  if (legend.length) {
    const g = svg.append('g').attr('class', 'areas-legend');
    drawLegend(g, legend, {
      textLeft: 18,
      fontSize,
      lineHeight,
      bold,
      swatch: (item) => g.append('rect').attr('x', item.x).attr('y', item.y + lineHeight / 2 - 6).attr('width', 12).attr('height', 12).attr('fill', colours[item.index]!),
    });
  }
  const plot = svg.append('g').attr('class', 'areas-plot').attr('transform', `translate(0,${plotTop})`);
  drawValueAxis(plot, 'areas-y-axis', yTicks, yLabels, y, plotLeft, plotRight);

  // Areas, bottom series first; a single series leaves its gaps (empty cells) undrawn.
  const areas = plot.append('g').attr('class', 'areas-series').attr('stroke', palette.paper).attr('stroke-width', 1);
  for (const s of series.keys()) {
    const path = area<number>()
      .defined((c) => multi || values[s]![c] !== null)
      .x((c) => x(c))
      .y0((c) => y(s === 0 ? 0 : tops[s - 1]![c]!))
      .y1((c) => y(tops[s]![c]!))(categories.map((_, c) => c));
    if (path) areas.append('path').attr('d', path).attr('fill', colours[s]!).attr('data-series', series[s]!.key);
  }
  // Over the areas: the zero line again, and the axis.
  plot.append('line').attr('x1', plotLeft).attr('x2', plotRight).attr('y1', y(0)).attr('y2', y(0)).attr('stroke', palette.ink).attr('stroke-width', 1);
  const axis = plot.append('g').attr('class', 'areas-x-axis');
  for (const tick of xTicks) {
    axis.append('line').attr('x1', tick.x).attr('x2', tick.x).attr('y1', plotHeight).attr('y2', plotHeight + 5).attr('stroke', palette.inkMuted);
    const w = textWidth(tick.label, fontSize);
    const centre = Math.max(w / 2, Math.min(width - w / 2, tick.x));
    axis.append('text').attr('x', centre).attr('y', plotHeight + 7 + fontSize).attr('text-anchor', 'middle').attr('fill', palette.inkMuted).text(tick.label);
  }

  // One band per date for the pointer and the keyboard: every series' value there, and the total.
  const columns = categories.map((category, c) => {
    // Note: whole percents that add up to 100 at each date, as the bars stacked to 100 % write them.
    const percents = wholePercents(values.map((row) => row[c] ?? 0));
    const said = series.map((item, s) => {
      const v = values[s]![c] ?? null;
      const shown = v === null ? '—' : percent ? textes.shareOf(format(v), formatPercent(percents[s]! / 100)) : format(v);
      return multi ? `${item.label}\u00a0: ${shown}` : shown;
    });
    if (multi) said.push(`${textes.total}\u00a0: ${format(totals[c]!)}`);
    return { label: category.label, value: said.join('\u202f; ') };
  });
  drawHitBands(plot, 'areas-hits', categories.map((_, c) => x(c)), columns, { plotLeft, plotRight, plotHeight });
  if (options.annotations?.length) {
    const [p0, p1] = [positions[0]!, positions.at(-1)!];
    drawAnnotations(
      svg,
      {
        plot: { left: plotLeft, right: plotRight, top: plotTop, bottom: plotTop + plotHeight },
        along: (at) => (xKind === 'category' ? x(Math.round(at)) : plotLeft + ((at - p0) / (p1 - p0)) * (plotRight - plotLeft)),
        value: (v) => plotTop + y(v),
        // A note points at the top of its series (of the stack, without « serie »).
        mark: (index, s) => ({ x: x(index), y: plotTop + y(tops[s ?? series.length - 1]![index]!) }),
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
