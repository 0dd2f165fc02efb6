import sharp from 'sharp';
import { svgSize } from './svg';
import { palette } from '../styles/theme';

/** Rasterises a finished chart SVG to PNG at `scale` × its viewBox size, on the paper colour. */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const { width, height } = svgSize(svg);
  const sized = svg.replace('width="100%"', `width="${width * scale}" height="${height * scale}"`);
  return sharp(Buffer.from(sized)).flatten({ background: palette.paper }).png().toBuffer();
}
