import sharp from 'sharp';
import { createSvg, serializeSvg, svgSize } from './svg';
import { wrapText } from './text';
import { fonts, palette } from '../styles/theme';

/** Rasterises a finished chart SVG to PNG at `scale` × its viewBox size, on the paper colour. */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const { width, height } = svgSize(svg);
  const sized = svg.replace('width="100%"', `width="${width * scale}" height="${height * scale}"`);
  return sharp(Buffer.from(sized)).flatten({ background: palette.paper }).png().toBuffer();
}

/** The words that go with a drawing when it leaves the page: its title, its source, its note. */
export interface FigureContext {
  title: string;
  /** The source line, label included (« Source : … »). */
  source: string;
  /** The note line, label included, if the figure has one. */
  note?: string;
}

/** Type and spacing of the PNG's texts, in px at 1× (the page's figure title and small type). */
const frame = {
  padding: 16,
  title: { size: 20, line: 26, after: 10 },
  small: { size: 14, line: 20, before: 12, gap: 6 },
} as const;

/**
 * A drawing with its context, for the PNG download (as Datawrapper's PNG): the title above, wrapped
 * to the drawing's width, the source and the note below, a margin around. The drawing keeps its size; the texts are
 * text nodes (escaped by serializeSvg, the drawings' one serialiser), so a « & » or « < » typed by staff is drawn as typed.
 */
export function withContext(chartSvg: string, context: FigureContext): string {
  const { width, height } = svgSize(chartSvg);
  const { padding, title, small } = frame;
  // The drawing and the texts share one measure, with a margin on each side.
  const measure = width;
  const outerWidth = width + 2 * padding;
  // Note: the PNG is never shown in a browser, so readers' text spacing is not reserved (as the share card).
  const titleLines = wrapText(context.title, measure, title.size, true, false);
  const footLines = [context.source, context.note].filter((s): s is string => Boolean(s)).map((text) => wrapText(text, measure, small.size, false, false));
  const chartTop = padding + titleLines.length * title.line + title.after;
  const footTop = chartTop + height + small.before;
  const footHeight = footLines.reduce((sum, lines, i) => sum + lines.length * small.line + (i ? small.gap : 0), 0);
  const total = Math.ceil(footTop + footHeight + padding);

  const svg = createSvg(outerWidth, total).attr('xmlns', 'http://www.w3.org/2000/svg').attr('width', '100%').attr('font-family', fonts.sans);
  svg.append('rect').attr('width', outerWidth).attr('height', total).attr('fill', palette.paper);
  const lines = (texts: string[], top: number, size: number, line: number, weight: number, fill: string, cls: string) => {
    const text = svg.append('text').attr('class', cls).attr('font-size', size).attr('font-weight', weight).attr('fill', fill);
    texts.forEach((content, i) =>
      text
        .append('tspan')
        .attr('x', padding)
        .attr('y', top + i * line + line * 0.75)
        .text(content),
    );
  };
  lines(titleLines, padding, title.size, title.line, 700, palette.ink, 'png-title');
  let y = footTop;
  footLines.forEach((texts, i) => {
    lines(texts, y, small.size, small.line, 400, palette.inkMuted, i === 0 ? 'png-source' : 'png-note');
    y += texts.length * small.line + small.gap;
  });
  // The drawing nested at its own size, below the title: its root <svg> is given a place; a value
  // label that reaches past its edge is drawn in the margin, as on the page, not cut.
  const drawing = chartSvg.replace(/^<svg\b/, `<svg x="${padding}" y="${chartTop}" height="${height}" overflow="visible"`).replace(/^(<svg\b[^>]*?) width="100%"/, `$1 width="${width}"`);
  return serializeSvg(svg.node()!).replace(/<\/svg>$/, `${drawing}</svg>`);
}
