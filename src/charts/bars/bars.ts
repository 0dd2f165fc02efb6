import * as Plot from '@observablehq/plot';
import { svgDocument, finalizeSvg, type FinalizeOptions } from '../svg';
import { textWidth } from '../text';
import { chartType, palette } from '../../styles/theme';
import { formatNumber } from '../../utils/format';

/** One bar: a category and its value. */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

export interface BarsOptions extends FinalizeOptions {
  width: number;
  /** Title of the value axis, e.g. "Nombre de pôles identifiés". */
  valueLabel: string;
  color?: string;
}

const rowHeight = 26;

/**
 * Horizontal bars drawn with Observable Plot, in the order given, each labelled with its value
 * (fr-CA format); category names sit left of the bars and keep their full length.
 */
export function renderBars(data: readonly BarDatum[], options: BarsOptions): string {
  const { width, valueLabel, color = palette.accent } = options;
  const max = Math.max(1, ...data.map((d) => d.value));
  const longest = Math.max(...data.map((d) => textWidth(d.label, chartType.small)));
  const marginLeft = Math.ceil(Math.min(longest + 14, width * 0.6));
  const marginTop = 34;
  const marginBottom = 8;
  const integerTicks = max <= 10 ? Array.from({ length: max + 1 }, (_, i) => i) : undefined;

  const svg = Plot.plot({
    document: svgDocument(),
    width,
    height: data.length * rowHeight + marginTop + marginBottom,
    marginLeft,
    marginRight: 28,
    marginTop,
    marginBottom,
    x: {
      domain: [0, max],
      axis: 'top',
      grid: true,
      label: valueLabel,
      labelArrow: 'none',
      labelAnchor: 'left',
      labelOffset: 28,
      ticks: integerTicks,
      tickFormat: (v: number) => formatNumber(v),
    },
    y: { domain: data.map((d) => d.label), label: null, tickSize: 0, padding: 0.25 },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: color }),
      Plot.text(data, {
        x: 'value',
        y: 'label',
        text: (d: BarDatum) => formatNumber(d.value),
        dx: 6,
        textAnchor: 'start',
        fontWeight: 700,
      }),
      Plot.ruleX([0], { stroke: palette.ink }),
    ],
  }) as unknown as Element;
  svg.setAttribute('font-size', String(chartType.small));
  for (const [i, bar] of [...svg.querySelectorAll('rect')].entries()) {
    bar.setAttribute('data-key', data[i]!.key);
    bar.setAttribute('data-value', String(data[i]!.value));
  }
  return finalizeSvg(svg, options);
}
