// Reading PDFs in tests with poppler-utils (pdfinfo, pdftotext, pdftohtml, pdffonts, pdfimages),
// which CI installs: what a reader, a screen reader or an archive would find in them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
export const squash = (text: string) => text.replace(/[\s\u00a0\u202f\u00ad]+/g, '');

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

/** Words of each page with their boxes, in points from the top-left corner (`pdftotext -bbox`). */
export function pageWords(file: string): { width: number; height: number; words: { text: string; yMin: number; yMax: number }[] }[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: decode(w[3]!),
      yMin: Number(w[1]),
      yMax: Number(w[2]),
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

/** `pdffonts` rows: name and whether the font is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: "emb" is the 5th cell from the end.
      return { name: cells[0]!, embedded: cells.at(-5) === 'yes' };
    });
}

/** Number of raster images in a PDF (`pdfimages -list`). */
export function pdfImageCount(file: string): number {
  return run('pdfimages', ['-list', file]).split('\n').slice(2).filter((line) => line.trim()).length;
}
