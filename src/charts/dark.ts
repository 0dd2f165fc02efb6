// Charts in the dark scheme. A drawing keeps its light colours as attributes (its PNG, print, and
// readers in the light scheme see those); on screen in the dark scheme, a stylesheet rule per colour
// swaps it for its dark counterpart by attribute, so one inline SVG serves both schemes and nothing
// inline is needed (CSP). Every colour the renderers draw with has a counterpart here:
// tests/charts/palette.test.ts checks marks at 3:1 and text at 4.5:1 on the dark paper, and
// tests/browser/contrast.test.ts every painted element of every chart in Chromium.
import { annotationBand, darkPalette, gridline, muted, palette, sequential, series } from '../styles/theme';
import { hatchStroke, landFill, regionStroke } from './map/quebec-map';

/** Series hues lightened for the dark paper, in the order of `series` (7:1 and more on it). */
export const darkSeries = ['#5fb0e8', '#f08a4b', '#3fbf8f', '#c98dca', '#e3ad3a', '#c4c4c4'] as const;

/** Choropleth classes on the dark paper: the palest class becomes the darkest, so more stays brighter. */
export const darkSequential = ['#1e3a52', '#2a5c87', '#3f82bd', '#6aaee6', '#b5dcf7'] as const;

/** The points map's land, region borders (3:1 on the land, on the paper and on the hover and selection fills) and hatching. */
export const darkMap = { land: '#2a323a', regionStroke: '#8e9ba8', hatch: '#7f8a95', active: '#3a4754', selected: '#1d3b55' } as const;

/** Each light chart colour (lower case) and its dark counterpart. */
export const darkChartColours: ReadonlyMap<string, string> = new Map<string, string>([
  ...Object.entries(palette).map(([key, light]) => [light, darkPalette[key as keyof typeof darkPalette]] as const),
  ...series.map((light, i) => [light, darkSeries[i]!] as const),
  ...sequential.map((light, i) => [light, darkSequential[i]!] as const),
  [muted, darkMap.hatch],
  [hatchStroke, darkMap.hatch],
  [gridline, '#6e7a86'],
  [annotationBand, '#2a323a'],
  [landFill, darkMap.land],
  [regionStroke, darkMap.regionStroke],
].map(([light, dark]) => [light.toLowerCase(), dark]));

/**
 * The dark scheme's rules for charts and their HTML legend keys, screen only (print is always
 * light): one rule per colour and attribute, matched case-insensitively.
 */
export function darkChartCss(): string {
  const scope = ':is(.figure__chart, .figure__legend)';
  const rules = [...darkChartColours].flatMap(([light, dark]) =>
    (['fill', 'stroke'] as const).map((attr) => `  ${scope} [${attr}="${light}" i] { ${attr}: ${dark}; }`),
  );
  return `@media screen and (prefers-color-scheme: dark) {\n${rules.join('\n')}\n}\n`;
}
