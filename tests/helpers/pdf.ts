// Reading PDFs in tests with poppler-utils (pdfinfo, pdftotext, pdftohtml, pdffonts, pdfimages),
// which CI installs: what a reader, a screen reader or an archive would find in them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Whether poppler is here; in CI a missing poppler is an error, not a skip. */
export function popplerAvailable(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('pdfinfo not found: CI must install poppler-utils.');
    console.warn('\n!!! PDF tests SKIPPED: no pdfinfo (apt-get install poppler-utils) !!!\n');
    return false;
  }
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** `pdfinfo` as key → value. */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** The text of each page (index 0 = page 1), in reading order, or line by line as laid out (`layout`). */
export function pageTexts(file: string, layout = false): string[] {
  const pages = run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Text without any space, so that line breaks and French spaces (no-break, narrow) do not matter. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u202f\u00ad\u2060]+/g, '');

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]!);

/** One bookmark: its title, page and depth (1 = top level). */
export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

/** The outline (bookmarks), in order, from `pdftohtml -xml`. */
export function pdfOutline(file: string): Bookmark[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', file]);
  const out: Bookmark[] = [];
  let depth = 0;
  for (const token of xml.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (token[0] === '<outline>') depth++;
    else if (token[0] === '</outline>') depth--;
    else out.push({ title: decode(token[2]!).replace(/[\s\u00a0\u202f]+/g, ' ').trim(), page: Number(token[1]), depth });
  }
  return out;
}

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

/** Words of each page with their boxes, in points from the top-left corner (`pdftotext -bbox`). */
export function pageWords(file: string): PdfPage[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: decode(w[5]!),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
    })),
  }));
}

/** The raw bytes of a PDF as Latin-1 text: Chromium writes dictionaries (links, language, alt texts) uncompressed. */
export const pdfRaw = (file: string) => readFileSync(file).toString('latin1');

/** The alternative texts of the tagged figures (/Alt), decoded. */
export function altTexts(file: string): string[] {
  const raw = pdfRaw(file);
  const hex = [...raw.matchAll(/\/Alt\s*<([0-9A-Fa-f]+)>/g)].map((m) => Buffer.from(m[1]!, 'hex').swap16().toString('utf16le').replace(/^\ufeff/, ''));
  const literal = [...raw.matchAll(/\/Alt\s*\(([^)]*)\)/g)].map((m) => m[1]!);
  return [...hex, ...literal];
}

/** Addresses of the web links (/URI) and names of the internal links (/Dest) of a PDF. */
export function pdfLinks(file: string): { uris: string[]; dests: string[] } {
  const raw = pdfRaw(file);
  return {
    uris: [...raw.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]!),
    dests: [...raw.matchAll(/\/Dest\s*\/([^\s/>\]]+)/g)].map((m) => m[1]!),
  };
}

/** `pdffonts` rows: name, type (« CID TrueType », « Type 3 »…) and whether the font is embedded. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const [, rule = '', ...rows] = run('pdffonts', [file]).split('\n');
  // The second line's dashes give the columns: name, type, encoding, emb, sub, uni, object ID.
  const columns = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  return rows
    .filter((line) => line.trim())
    .map((line) => {
      const [name, type, , emb] = columns.map(([from, to]) => line.slice(from, to).trim());
      return { name: name!, type: type!, embedded: emb === 'yes' };
    });
}

/** Number of raster images in a PDF (`pdfimages -list`). */
export function pdfImageCount(file: string): number {
  return run('pdfimages', ['-list', file]).split('\n').slice(2).filter((line) => line.trim()).length;
}

/** Runs `read` on a PDF held in memory (a page.pdf() result), written to a temporary file. */
function withPdf<T>(pdf: Buffer, read: (file: string, dir: string) => T): T {
  for (const tool of ['/usr/bin/pdftotext', '/usr/bin/pdftoppm']) if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install poppler-utils`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    return read(path.join(dir, 'doc.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of every page of a PDF held in memory, with their boxes. */
export const pdfWords = (pdf: Buffer): PdfPage[] => withPdf(pdf, pageWords);

/**
 * For each page, how far down its ink goes, in points from the page's top: the lowest row of a
 * 36 dpi greyscale rendering (`pdftoppm`) with a pixel darker than a pale grey.
 */
export function inkBottoms(pdf: Buffer): number[] {
  const dpi = 36;
  return withPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, path.join(dir, 'page')]);
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
    execFileSync('pdftoppm', ['-r', String(dpi), file, path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort((a, b) => Number(/(\d+)\.ppm$/.exec(a)![1]) - Number(/(\d+)\.ppm$/.exec(b)![1]))
      .map((name) => readFileSync(path.join(dir, name)));
  });
}
