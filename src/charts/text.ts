// Text measurement for SVG laid out in Node, where no font metrics exist: per-character advances
// on the generous side of common system sans-serif fonts (DejaVu Sans, the widest of them, then
// Segoe UI, Roboto), plus the room readers' text-spacing overrides take (WCAG 1.4.12), so that
// wrapped lines and label boxes never overflow or collide, with or without those overrides.

import { keepTogether } from '../utils/typography';

/**
 * The text spacing WCAG 1.4.12 lets readers impose through their own stylesheet: letter spacing
 * (0.12 em, which browsers add after every character, the last one too) and word spacing (0.16 em
 * more per space). SVG text honours both; line height and paragraph spacing do not apply to it.
 */
export const readerSpacing = { letter: 0.12, word: 0.16 } as const;

/** Characters browsers widen by the word spacing (a space, including the French no-break ones). */
const spaces = /[ \u00a0\u202f]/;

function advance(char: string): number {
  if (char === '\u2060') return 0;
  if (spaces.test(char)) return 0.32;
  if (/[.,:;'’|!il]/.test(char)) return 0.34;
  if (/[-()jtf]/.test(char)) return 0.4;
  if (char === 'r') return 0.42;
  if (char === '–') return 0.5;
  if (char === '—') return 1;
  if (/[0-9$]/.test(char)) return 0.64;
  if (char === '%') return 0.95;
  if (char === 'm' || char === 'W') return 1;
  if (char === 'w' || char === 'M') return 0.87;
  if (/[CDGHNOQU]/.test(char)) return 0.8;
  if (char !== char.toLowerCase()) return 0.72;
  if (/[bdghnpqu]/.test(char)) return 0.64;
  return 0.6;
}

/** The width readers' letter and word spacing (WCAG 1.4.12) add to a string, in pixels, at a font size. */
export function spacingAllowance(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += readerSpacing.letter + (spaces.test(char) ? readerSpacing.word : 0);
  return em * fontSize;
}

/**
 * Approximate rendered width of a string, in pixels, at a font size: its glyphs, and the room
 * readers' text-spacing overrides would add (`spacing`, on unless the text is never shown in a
 * browser, e.g. a rasterised card).
 */
export function textWidth(text: string, fontSize: number, bold = false, spacing = true): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize * (bold ? 1.14 : 1) + (spacing ? spacingAllowance(text, fontSize) : 0);
}

/** Splits text into lines no wider than `maxWidth` pixels (as textWidth measures them), breaking between words. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false, spacing = true): string[] {
  const lines: string[] = [];
  let line = '';
  // Note: no-break spaces (French typography, added here where the text has none) are kept inside
  // words so they never split: no line starts with « : » or ends on « 19 » before « pôles ».
  for (const word of keepTogether(text).split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold, spacing) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The narrowest a narrow drawing is shown: a 320 px phone less the page's 1 rem margins on each
 * side. Its text must still be 12 px there, so a 360-unit drawing writes at least 15 units.
 */
export const narrowestColumn = 288;
export const smallestTextPx = 12;

/** The type sizes of a chart drawn `width` units wide: text, small text (values), and their leading. */
export interface ChartText {
  font: number;
  small: number;
  line: number;
  /** Leading of category labels left of bars, a little tighter so wrapped rows stay compact. */
  catLine: number;
}

/** Narrow drawings (under 480 units) write every text at 12 px or more at 320 px; wide ones keep the chart type scale. */
export function chartText(width: number, scale: { small: number } = { small: 13 }): ChartText {
  if (width >= 480) return { font: scale.small, small: 12, line: 16, catLine: 15 };
  const font = Math.ceil((smallestTextPx * width) / narrowestColumn);
  return { font, small: font, line: Math.round(font * 1.2), catLine: Math.round(font * 1.13) };
}

/** A chart's type scale: label, small, strong, title (src/styles/theme.ts). */
export type ChartTypeScale = { readonly [K in 'label' | 'small' | 'strong' | 'title']: number };

/**
 * The type scale of a drawing `width` units wide, for drawings that write their text in the theme's
 * sizes (timeline, structure): a narrow drawing raises every size by as much as its smallest text
 * (label) needs to be 12 px at 320 px (chartText), and no size stays under it.
 */
export function chartTypeFor(width: number, scale: ChartTypeScale): ChartTypeScale {
  if (width >= 480) return scale;
  const least = chartText(width).font;
  const rise = Math.max(0, least - scale.label);
  const size = (n: number) => Math.max(least, n + rise);
  return { label: size(scale.label), small: size(scale.small), strong: size(scale.strong), title: size(scale.title) };
}
