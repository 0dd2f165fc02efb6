// How large a chart prints: small enough to fit beside text on a page, large enough to read.

/** The size of a chart's smallest text on paper, in points (at least 8 pt; body text prints at 11 pt). */
export const printTextPt = 8.5;

/**
 * The width in CSS pixels (1 px = 0.75 pt) at which a drawing's smallest text prints at
 * `printTextPt`, or undefined for a drawing without text (a map, scaled to its page instead).
 * Read from the drawing itself: its viewBox width and its numeric font-size attributes.
 */
export function printWidth(svg: string): number | undefined {
  const viewBox = /<svg\b[^>]*?\bviewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+"/.exec(svg);
  const sizes = [...svg.matchAll(/\bfont-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  if (!viewBox || !/<text\b/.test(svg) || sizes.length === 0) return undefined;
  return Math.ceil((Number(viewBox[1]) * (printTextPt / 0.75)) / Math.min(...sizes));
}
