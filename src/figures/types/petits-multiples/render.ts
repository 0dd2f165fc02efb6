import { renderLines, valueDomain } from '../../../charts/lines/lines';
import { renderBarChart } from '../../../charts/bars/bars';
import { createSvg, finalizeSvg, svgSize } from '../../../charts/svg';
import { chartText, textWidth, wrapText } from '../../../charts/text';
import type { CategoricalData, ChartRequest, PanelRequest } from '../../../charts/model';
import { chartType, palette } from '../../../styles/theme';
import { escapeMarkup } from '../../../utils/markup';
import { anyHighlighted, isMuted } from '../../../charts/highlight';
import type { XKind } from '../categorical';
import { textes } from './textes';

// The small multiples drawing: one small chart per panel (the lines or columns renderer, asked for
// a panel: the whole drawing's text sizes, one value axis for all), laid out in a grid whose number
// of columns follows the drawing's width (2 at most in the narrow drawing, 3 in the wide one), each
// under its panel's name. One SVG per drawing width, as every chart type: the page, the PNG, print
// and the embed take it as they take any other.

/** The two charts a panel may be. */
export const panelCharts = ['lignes', 'colonnes'] as const;
export type PanelChart = (typeof panelCharts)[number];

/** Most panels a figure draws (the 17 administrative regions fit). */
export const maxPanels = 20;

export interface MultiplesRequest extends ChartRequest {
  chart: PanelChart;
  xKind: XKind;
}

/** Between two panels side by side, and between a row of panels and the next row's names. */
const columnGap = 20;
const rowGap = 14;

/** The grid of n panels in a drawing this wide: as few rows as the widest grid allows, then as few columns as those rows need. */
export function gridOf(n: number, width: number): { columns: number; rows: number } {
  const most = width >= 480 ? 3 : 2;
  const rows = Math.ceil(n / most);
  return { columns: Math.ceil(n / rows), rows };
}

/** A finished panel SVG as a group of the grid at (x, y): its root's size and font kept, its marks named by their panel too. */
function asGroup(svg: string, panel: string, x: number, y: number): string {
  const open = /^<svg\b[^>]*>/.exec(svg)![0];
  const fontSize = /\sfont-size="([^"]+)"/.exec(open)?.[1];
  const cls = /\sclass="([^"]+)"/.exec(open)?.[1]?.replace(/^chart\s*/, '');
  const inner = svg
    .slice(open.length, -'</svg>'.length)
    .replace(/\sdata-label="([^"]*)"/g, (_, label: string) => ` data-label="${escapeMarkup(textes.mark(panel, '\u0000'))}"`.replace('\u0000', label));
  return `<g class="multiples-panel${cls ? ` ${cls}` : ''}" transform="translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})"${fontSize ? ` font-size="${fontSize}"` : ''}>${inner}</g>`;
}

/** A panel's name on as few lines as its cell needs, broken between words, then after dashes (« Saguenay– / Lac-Saint-Jean »), then after hyphens too. */
export function wrapName(text: string, maxWidth: number, size: number): string[] {
  const fits = (l: string) => textWidth(l, size, true) <= maxWidth;
  let lines = wrapText(text, maxWidth, size, true);
  for (const breaks of [/(?<=[–—/])|(?=\s)/, /(?<=[-–—/])|(?=\s)/]) {
    if (lines.every(fits)) return lines;
    lines = [];
    let line = '';
    for (const piece of text.split(breaks)) {
      if (line && !fits((line + piece).trim())) {
        lines.push(line.trim());
        line = piece.trimStart();
      } else line += piece;
    }
    if (line.trim()) lines.push(line.trim());
  }
  return lines;
}

/**
 * Small multiples: one chart per series of `data` (its panels), every one over the same categories
 * and on the same value axis, in a grid under the value axis's title. Every mark carries its
 * panel's name in data-label (« Estrie — 2019 »), in reading order: panel by panel.
 */
export function renderMultiples(data: CategoricalData, options: MultiplesRequest): string {
  const { width, chart, xKind, valueLabel, idPrefix } = options;
  const { categories, series: panels, values } = data;
  const { columns, rows } = gridOf(panels.length, width);
  const cellWidth = (width - (columns - 1) * columnGap) / columns;
  const { font: fontSize, line: lineHeight } = chartText(width, chartType);
  const plotHeight = Math.round(Math.min(170, Math.max(110, cellWidth * 0.55)));
  const numbers = values.flat().filter((v): v is number => v !== null);
  // Note: lines fit their axis to the values (and nice it), columns start at zero: the renderers do the rest, the same way for every panel.
  const domain: [number, number] =
    chart === 'lignes' ? valueDomain(numbers) : [Math.min(0, ...numbers), Math.max(0, ...numbers) === Math.min(0, ...numbers) ? 1 : Math.max(0, ...numbers)];
  const panelRequest: PanelRequest = { drawingWidth: width, domain, plotHeight };
  // « surligner »: the chosen panels keep their colour and their bold name; the others are muted, their name in grey, not bold.
  const anyChosen = anyHighlighted(panels);

  const drawn = panels.map((panel, p) => {
    const one: CategoricalData = { categories, series: [panel], values: [values[p]!] };
    const request = { ...options, width: cellWidth, idPrefix: `${idPrefix}p${p + 1}-`, labelledBy: '', valueLabel: undefined, panel: { ...panelRequest, muted: isMuted(panel, anyChosen) } };
    const svg = chart === 'lignes' ? renderLines(one, { ...request, xKind }) : renderBarChart(one, { ...request, orientation: 'vertical', layout: 'single' });
    return { svg, height: svgSize(svg).height, name: wrapName(panel.label, cellWidth, fontSize) };
  });

  const title = valueLabel ? wrapText(valueLabel, width, fontSize) : [];
  let top = title.length ? title.length * lineHeight + 8 : 0;
  const placed: { x: number; nameTop: number; chartTop: number }[] = [];
  for (let r = 0; r < rows; r++) {
    const row = drawn.slice(r * columns, (r + 1) * columns);
    const nameHeight = Math.max(...row.map((d) => d.name.length)) * lineHeight;
    row.forEach((_, c) => placed.push({ x: c * (cellWidth + columnGap), nameTop: top, chartTop: top + nameHeight + 4 }));
    top += nameHeight + 4 + Math.max(...row.map((d) => d.height)) + (r < rows - 1 ? rowGap : 0);
  }
  const height = Math.ceil(top);

  const svg = createSvg(width, height).attr('font-size', fontSize).attr('class', 'multiples-chart');
  title.forEach((l, i) => svg.append('text').attr('class', 'multiples-title').attr('x', 0).attr('y', i * lineHeight + fontSize - 1).attr('fill', palette.inkMuted).text(l));
  const names = svg.append('g').attr('class', 'multiples-names').attr('font-weight', 700);
  for (const [p, d] of drawn.entries()) {
    const at = placed[p]!;
    const muted = isMuted(panels[p], anyChosen);
    d.name.forEach((l, i) => {
      const text = names.append('text').attr('x', at.x).attr('y', at.nameTop + i * lineHeight + fontSize - 1).text(l);
      if (muted) text.attr('font-weight', 400).attr('fill', palette.inkMuted);
    });
  }
  svg.append('g').attr('class', 'multiples-panels');
  const outer = finalizeSvg(svg.node()!, options);
  const groups = drawn.map((d, p) => asGroup(d.svg, panels[p]!.label, placed[p]!.x, placed[p]!.chartTop)).join('');
  return outer.replace('<g class="multiples-panels" />', `<g class="multiples-panels">${groups}</g>`);
}
