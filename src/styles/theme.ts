// The visual system shared by the CSS (through custom properties) and the chart renderers.
import { followsSystem, forces, onRoot } from './color-schemes';

/** Colours, each checked for contrast on `paper` (text ≥ 4.5:1, marks ≥ 3:1) in tests. */
export const palette = {
  paper: '#ffffff',
  ink: '#1b1f24',
  inkMuted: '#4a5561',
  rule: '#c9d1d9',
  surface: '#f3f6f8',
  accent: '#005a87',
  accentInk: '#00476b',
  focus: '#b3410e',
} as const;

/** The page colours when the reader's system asks for a dark scheme, on screen only: paper is always printed in the light scheme. */
export const darkPalette = {
  paper: '#14181c',
  ink: '#e8edf2',
  inkMuted: '#b3bec8',
  rule: '#3d4750',
  surface: '#1f262d',
  accent: '#8ccaf5',
  accentInk: '#b5dcf7',
  focus: '#ffa566',
} as const satisfies Record<keyof typeof palette, string>;

/**
 * Categorical colours for series, in order: Okabe–Ito hues (blue, vermillion, bluish green, reddish
 * purple, orange, black) darkened or softened to reach 3:1 on paper and stay apart for colour-blind
 * readers (tests/charts/palette.test.ts).
 */
export const series = ['#0072b2', '#c24e00', '#00805c', '#733d74', '#c58600', '#3a3a3a'] as const;

/** Fill of an annotation's shaded range (a period, a band of values): a quiet grey behind the marks. */
export const annotationBand = '#e3e8ed';

/** Mark colour for bars that are not highlighted: a quiet grey that still keeps 3:1 on paper. */
export const muted = '#8a959f';

/** Gridlines in charts: the lightest grey that keeps 3:1 on paper. */
export const gridline = '#8c96a0';

/** Sequential blues for choropleth classes, lightest first (one hue: readable by colour-blind readers). */
export const sequential = ['#d6e6f2', '#a3c8e3', '#5f9fcf', '#2c74b0', '#0b4a80'] as const;

/** Font sizes inside charts, in SVG user units (≈ px at the width the chart is drawn for). */
export const chartType = { label: 14, small: 13, strong: 15, title: 17 } as const;

/** Chart widths: a narrow drawing for phones and a wide one for larger screens. */
export const chartWidths = { narrow: 360, wide: 640 } as const;

/** Font stacks: system fonts only, nothing fetched from another origin. */
export const fonts = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  serif: '"Iowan Old Style", "Palatino Linotype", Palatino, Charter, "Bitstream Charter", Georgia, serif',
} as const;

/** Type scale in rem (1rem = the reader's default size). */
export const typeScale = {
  small: 0.875,
  base: 1.0625,
  h3: 1.25,
  h2: 1.5,
  h1: 2.25,
} as const;

/** The theme as CSS custom properties, one declaration per line. */
export function themeCss(): string {
  const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const lines = [
    ...Object.entries(palette).map(([k, v]) => `--color-${kebab(k)}: ${v};`),
    ...Object.entries(fonts).map(([k, v]) => `--font-${k}: ${v};`),
    ...Object.entries(typeScale).map(([k, v]) => `--size-${k}: ${v}rem;`),
    ...series.map((c, i) => `--color-series-${i + 1}: ${c};`),
  ];
  const dark = Object.entries(darkPalette).map(([k, v]) => `--color-${kebab(k)}: ${v};`);
  // The dark values apply on screen only (print is always the light scheme): when the reader's
  // system is dark, unless the page forces light, and on a page that forces dark (see color-schemes.ts).
  const block = (selector: string, declarations: string[], indent = '') => `${indent}${selector} {\n${declarations.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}}\n`;
  return [
    block(':root', ['color-scheme: light dark;', ...lines]),
    block(onRoot(':root', forces('light')), ['color-scheme: light;']),
    `@media screen and (prefers-color-scheme: dark) {\n${block(onRoot(':root', followsSystem('dark')), dark, '  ')}}\n`,
    `@media screen {\n${block(onRoot(':root', forces('dark')), ['color-scheme: dark;', ...dark], '  ')}}\n`,
  ].join('\n');
}
