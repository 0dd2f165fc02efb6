// Text measurement for SVG laid out in Node, where no font metrics exist: per-character advances
// on the generous side of common system sans-serif fonts (DejaVu Sans, Segoe UI, Roboto), so that
// wrapped lines and label boxes never overflow.

function advance(char: string): number {
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return 0.32;
  if (/[.,:;'’|!il()\-–]/.test(char)) return 0.34;
  if (/[0-9]/.test(char)) return 0.64;
  if (char === '%') return 0.95;
  if (char === '$') return 0.64;
  if (/[mwMW]/.test(char)) return 0.86;
  if (char !== char.toLowerCase()) return 0.72;
  return 0.6;
}

/** Approximate rendered width of a string, in pixels, at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize * (bold ? 1.12 : 1);
}

/** Splits text into lines no wider than `maxWidth` pixels, breaking between words. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  // Note: no-break spaces (French typography) are kept inside words so they never split.
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
