import sharp from 'sharp';
import { createSvg, finalizeSvg } from './svg';
import { wrapText } from './text';
import { palette } from '../styles/theme';

/** What a social-media card says: a small line above, the title, and the report's name below. */
export interface ShareCard {
  kicker: string;
  title: string;
  footer: string;
}

/** A 1200 × 630 PNG card for Open Graph and Twitter, drawn as SVG and rasterised with sharp. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const [width, height] = [1200, 630];
  const svg = createSvg(width, height);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', palette.paper);
  svg.append('rect').attr('width', width).attr('height', 16).attr('fill', palette.accent);
  svg.append('rect').attr('x', 80).attr('y', 540).attr('width', 1040).attr('height', 2).attr('fill', palette.rule);
  svg.append('text').attr('x', 80).attr('y', 130).attr('font-size', 34).attr('font-weight', 700).attr('fill', palette.accent).text(card.kicker);
  const lines = wrapText(card.title, 1040, 72, true, false).slice(0, 4);
  const title = svg.append('text').attr('x', 80).attr('y', 230).attr('font-size', 72).attr('font-weight', 800).attr('fill', palette.ink);
  lines.forEach((line, i) => title.append('tspan').attr('x', 80).attr('dy', i ? 86 : 0).text(line));
  svg.append('text').attr('x', 80).attr('y', 592).attr('font-size', 30).attr('fill', palette.inkMuted).text(card.footer);
  const markup = finalizeSvg(svg.node()!, { idPrefix: 'card-', labelledBy: '' }).replace('width="100%"', `width="${width}" height="${height}"`);
  return sharp(Buffer.from(markup)).png().toBuffer();
}
