// Reading a printed PDF with Debian's poppler-utils (installed by .ci/run): its words with their
// boxes, and how far down each page the ink goes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pdftotext = '/usr/bin/pdftotext';
const pdftoppm = '/usr/bin/pdftoppm';

/** One word of a PDF page, its box in points from the page's top left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One page of a PDF: its size in points and its words in reading order. */
export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

function withPdf<T>(pdf: Buffer, read: (file: string, dir: string) => T): T {
  for (const tool of [pdftotext, pdftoppm]) if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install poppler-utils`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    return read(path.join(dir, 'doc.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The words of every page, with their boxes (`pdftotext -bbox`). */
export function pdfWords(pdf: Buffer): PdfPage[] {
  const html = withPdf(pdf, (file) => execFileSync(pdftotext, ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescape(m[5]!),
      }));
      return { width: Number(size[1]), height: Number(size[2]), words };
    });
}

/**
 * For each page, how far down its ink goes, in points from the page's top: the lowest row of a
 * 36 dpi greyscale rendering (`pdftoppm`) with a pixel darker than a pale grey.
 */
export function inkBottoms(pdf: Buffer): number[] {
  const dpi = 36;
  return withPdf(pdf, (file, dir) => {
    execFileSync(pdftoppm, ['-r', String(dpi), '-gray', file, path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
      .map((name) => {
        const data = readFileSync(path.join(dir, name));
        // Binary PGM: "P5", width, height, maximum, each followed by one whitespace, then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
        const [width, height] = [Number(header[1]), Number(header[2])];
        const pixels = data.subarray(header[0].length);
        let bottom = 0;
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            if (pixels[y * width + x]! < 200) {
              bottom = y + 1;
              break;
            }
          }
        }
        return (bottom * 72) / dpi;
      });
  });
}

/** Renders each page at a low resolution as colour PPM bytes, for comparing two prints pixel for pixel. */
export function pagePixels(pdf: Buffer, dpi = 30): Buffer[] {
  return withPdf(pdf, (file, dir) => {
    execFileSync(pdftoppm, ['-r', String(dpi), file, path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort((a, b) => Number(/(\d+)\.ppm$/.exec(a)![1]) - Number(/(\d+)\.ppm$/.exec(b)![1]))
      .map((name) => readFileSync(path.join(dir, name)));
  });
}
