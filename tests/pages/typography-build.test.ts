// Québec typography in what the site itself writes around the report (templates, figure files, data
// descriptions, drawings), read in every page of the default build: no line may break before
// « : » or « ; », between « p. » and its number, inside « CC BY 4.0 », or between a number and
// its noun; ranges take an en dash (2019–2020, p. 5–6). The report's own text keeps its hyphens
// as printed (checked apart: it is faithful to page 27).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/build';
import { htmlFiles, readPage } from '../helpers/html';

const { outDir } = builds.default;

/** Where text is not read as text: code, data for scripts, styles. */
const notText = new Set(['script', 'style', 'pre', 'code', 'template']);

interface Piece {
  page: string;
  text: string;
  /** Inside a chapter's prose (on its page or /imprimer/), outside its figures: the report's own text. */
  reportText: boolean;
  /** The page's <title>: never broken into lines. */
  title?: boolean;
}

/** Elements inside a line of text: their text runs on with the text around them. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'em', 'i', 'kbd', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time']);

/** Inline elements global.css lays out as boxes of their own (blocks, flex items): no line runs from one to the next. */
const boxes = '.embed__credit > *, .printed__status';

/**
 * The visible text of every page (SVG text and titles included), one piece per block: the text of
 * a paragraph, cell, heading, SVG line… with its inline elements (« Source » and « : » may sit in
 * two of them), so that nothing is joined across the edge of a block.
 */
function pieces(): Piece[] {
  const out: Piece[] = [];
  for (const file of htmlFiles(outDir)) {
    const page = path.relative(outDir, file);
    const doc = readPage(file);
    out.push({ page, text: doc.title, reportText: false, title: true });
    let current: Piece | undefined;
    const flush = () => {
      if (current?.text.trim()) out.push(current);
      current = undefined;
    };
    const walk = (node: Element) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          const parent = child.parentElement!;
          const reportText = parent.closest('.chapter > .prose, .printable .prose') !== null && parent.closest('figure, .key-figures') === null;
          current ??= { page, text: '', reportText };
          current.text += child.textContent ?? '';
        } else if (child.nodeType === 1 && !notText.has((child as Element).localName)) {
          const block = !inline.has((child as Element).localName) || (child as Element).matches(boxes);
          if (block) flush();
          walk(child as Element);
          if (block) flush();
        }
      }
    };
    walk(doc.body);
    flush();
  }
  return out;
}

/** Every match of a pattern, with 25 characters around it and the page it is on. */
function find(pattern: RegExp, filter: (p: Piece) => boolean = () => true): string[] {
  const hits: string[] = [];
  for (const piece of pieces().filter(filter)) {
    for (const m of piece.text.matchAll(pattern)) {
      hits.push(`${piece.page}: « ${piece.text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25).replace(/\s+/g, ' ')} »`);
    }
  }
  return [...new Set(hits)];
}

// A space a line may break at: a plain space, a tab, a line end (not U+00A0 nor U+202F).
const breakable = '[ \\t\\r\\n]';
/** Text set in lines (not the page's <title>). */
const lines = (p: Piece) => !p.title;

describe('French typography of what the site writes', () => {
  it('never breaks a line before « : » or « ; » (no-break space before them)', () => {
    expect(find(new RegExp(`${breakable}+[:;](?=[\\s\\u00a0\\u202f]|$)`, 'g'), lines)).toEqual([]);
  });

  it('keeps « p. » with its page number, and « CC BY » with « 4.0 »', () => {
    expect(find(new RegExp(`\\bp\\.${breakable}+\\d`, 'g'), lines)).toEqual([]);
    expect(find(new RegExp(`\\bCC${breakable}+BY|\\bBY${breakable}+\\d`, 'g'), lines)).toEqual([]);
  });

  it('keeps a number with the noun after it (19 pôles, 3 ans)', () => {
    expect(find(new RegExp(`\\d${breakable}+\\p{L}`, 'gu'), lines)).toEqual([]);
  });

  it('writes ranges with an en dash (2019–2020, p. 5–6), except in the report’s own text, addresses and file names', () => {
    const years = /(?<![\w/.-])(1[89]|20)\d\d-(1[89]|20)\d\d(?![\w/-]|\.\w)/g;
    const pages = /\bp\.[\s\u00a0\u202f]*\d+-\d+/g;
    expect(find(years, (p) => !p.reportText)).toEqual([]);
    expect(find(pages, (p) => !p.reportText)).toEqual([]);
  });

  it('leaves the report’s own text as printed, hyphens included', () => {
    const prose = pieces().filter((p) => p.reportText && p.page.startsWith('chapitres/'));
    const text = prose.map((p) => p.text).join('');
    // Page 27: « 1- Valoriser… ; 2- Soutien… », hyphens as printed, not turned into dashes.
    expect(text).toContain('1- Valoriser et propulser');
    expect(text).toContain('2- Soutien d’entreprises');
  });
});
