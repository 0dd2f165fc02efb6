import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builds } from '../helpers/build';
import { browserAvailable, useSiteInBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';

const hasBrowser = browserAvailable();
const chapter = 'chapitres/un-ecosysteme-tisse-serre/';

/** Debian's poppler-utils (installed by .ci/run): reads the text of a PDF page by page. */
const pdftotext = '/usr/bin/pdftotext';

/** Letter (the paper used in Québec) and A4, in PDF points, as Chromium writes them. */
const letter = { width: 612, height: 792 };
const a4 = { width: 595.92, height: 842.88 };

/** What a figure shows on paper: its title, and the start of its source line. */
interface PrintedFigure {
  id: string;
  title: string;
  source: string;
}

// Text as compared with the PDF's: ligatures unfolded, and without spaces or hyphens, which
// line breaks in the PDF add, move or remove.
const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad\u2010-]/g, '');

/** The text of each page of a PDF (pdftotext separates pages with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  if (!existsSync(pdftotext)) throw new Error(`${pdftotext} is missing: apt-get install poppler-utils`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'print-'));
  try {
    writeFileSync(path.join(dir, 'page.pdf'), pdf);
    const text = execFileSync(pdftotext, [path.join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Width and height in points of every page of a PDF, from its MediaBox entries. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/**
 * Where each figure lands in a PDF: one line per figure whose title and « Source : » line are not on
 * the same page, naming both pages (an empty list when every figure sits on one page).
 */
function splitFigures(pages: string[], figures: PrintedFigure[]): string[] {
  const squashed = pages.map(squash);
  const problems: string[] = [];
  let page = 0;
  let from = 0;
  for (const figure of figures) {
    const title = squash(figure.title);
    const source = squash(`Source : ${figure.source.slice(0, 40)}`);
    while (page < squashed.length && squashed[page]!.indexOf(title, from) < 0) {
      page += 1;
      from = 0;
    }
    if (page === squashed.length) {
      problems.push(`${figure.id}: title « ${figure.title} » not found in the PDF`);
      break;
    }
    const at = squashed[page]!.indexOf(title, from);
    const sourceAt = squashed[page]!.indexOf(source, at);
    if (sourceAt < 0) {
      const sourcePage = squashed.findIndex((text, i) => i > page && text.includes(source));
      problems.push(`${figure.id}: title on page ${page + 1}, « Source : » on page ${sourcePage < 0 ? '?' : sourcePage + 1}`);
      from = at + title.length;
    } else {
      from = sourceAt + source.length;
    }
  }
  return problems;
}

/** The figures of the page open in `page`, in reading order. */
function figuresOf(page: Page): Promise<PrintedFigure[]> {
  return page.locator('figure[data-figure]').evaluateAll((figures) =>
    figures.map((figure) => ({
      id: figure.getAttribute('data-figure') ?? '',
      title: figure.querySelector('.figure__title')?.textContent ?? '',
      source: figure.querySelector('.figure__source')?.textContent?.replace(/^[^:]*:\s*/, '') ?? '',
    })),
  );
}

/** Every HTML page of a build, as a path under its base (`index.html` pages by their folder). */
function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** How wide a page is at 320 CSS px, and the elements that stick out past its right edge. */
async function reflow(browser: Browser, url: string): Promise<{ scrollWidth: number; overflowing: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  try {
    await page.goto(url);
    return await page.evaluate(() => {
      const edge = document.documentElement.clientWidth + 0.5;
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      // Content that scrolls inside its own box (a table in a scroll wrapper) does not widen the page.
      const clipped = (el: Element) => {
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
          if (getComputedStyle(box).overflowX !== 'visible') return true;
        }
        return false;
      };
      const overflowing = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > edge && !clipped(el))
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > edge))
        .slice(0, 5)
        .map((el) => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
      return { scrollWidth: document.documentElement.scrollWidth, overflowing };
    });
  } finally {
    await page.close();
  }
}

describe.runIf(hasBrowser)('printing on Letter and A4, and reflow at 320 CSS px (Chromium)', () => {
  const site = useSiteInBrowser();

  /** Prints a page to PDF: on the page size its CSS asks for, or on A4 whatever the CSS says. */
  async function print(browser: Browser, url: string, paper: 'css' | 'A4'): Promise<{ pdf: Buffer; figures: PrintedFigure[] }> {
    const page = await browser.newPage();
    try {
      await page.goto(url);
      const figures = await figuresOf(page);
      // Note: no margins are passed, so the @page rule's margins apply; with preferCSSPageSize the
      // @page size wins over the A4 asked for here, which is what shows that the rule is there.
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: paper === 'css', printBackground: true });
      return { pdf, figures };
    } finally {
      await page.close();
    }
  }

  for (const url of [chapter, 'imprimer/']) {
    it(`/${url} prints on Letter paper (its @page size), each figure on one page`, async () => {
      const { pdf, figures } = await print(site.browser, site.server.url + url, 'css');
      expect(figures.length).toBe(4);
      const sizes = pageSizes(pdf);
      expect(sizes.length).toBeGreaterThan(1);
      expect(sizes.filter((s) => s.width !== letter.width || s.height !== letter.height)).toEqual([]);
      expect(splitFigures(pdfPages(pdf), figures)).toEqual([]);
    });

    it(`/${url} prints on A4 too, each figure on one page`, async () => {
      const { pdf, figures } = await print(site.browser, site.server.url + url, 'A4');
      const sizes = pageSizes(pdf);
      expect(sizes.filter((s) => Math.abs(s.width - a4.width) > 1 || Math.abs(s.height - a4.height) > 1)).toEqual([]);
      expect(splitFigures(pdfPages(pdf), figures)).toEqual([]);
    });
  }

  it('the gallery prints every figure type on one page, on Letter and on A4', async () => {
    const gallery = await serveStatic(path.resolve(builds.gallery.outDir));
    try {
      for (const paper of ['css', 'A4'] as const) {
        const { pdf, figures } = await print(site.browser, `${gallery.url}galerie/`, paper);
        expect(figures.length).toBeGreaterThanOrEqual(10);
        expect(splitFigures(pdfPages(pdf), figures), paper).toEqual([]);
      }
    } finally {
      await gallery.close();
    }
  });

  it('finds a figure split over two pages (the check itself)', () => {
    const figure = { id: 'f', title: 'Un titre assez long', source: 'TIESS, rapport' };
    expect(splitFigures(['Texte\nUn titre assez\nlong\nDescription', 'Dessin\nSource : TIESS, rapport'], [figure])).toEqual([
      'f: title on page 1, « Source : » on page 2',
    ]);
    expect(splitFigures(['Texte', 'Un titre as-\nsez long\nDessin\nSource\u00a0: TIESS,\nrapport'], [figure])).toEqual([]);
  });

  // Note: every page of the build, one after another (their number grows with the figures): a longer timeout.
  it('no page of the report scrolls sideways at 320 CSS px', async () => {
    const pages = htmlPages(path.resolve(builds.default.outDir));
    expect(pages).toContain(chapter);
    expect(pages).toContain('sources-et-methodologie/');
    const wide: Record<string, unknown> = {};
    for (const page of pages) {
      const result = await reflow(site.browser, site.server.url + page);
      if (result.scrollWidth > 320) wide[page] = result;
    }
    expect(wide).toEqual({});
  }, 240_000);

  it('the gallery of every figure type does not scroll sideways at 320 CSS px', async () => {
    const gallery = await serveStatic(path.resolve(builds.gallery.outDir));
    try {
      const result = await reflow(site.browser, `${gallery.url}galerie/`);
      expect(result.scrollWidth, result.overflowing.join(', ')).toBeLessThanOrEqual(320);
    } finally {
      await gallery.close();
    }
  });

  it('the table of data files scrolls inside a labelled region that the keyboard reaches', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${site.server.url}sources-et-methodologie/`);
      const region = page.locator('.table-scroll:has(table.data-files)');
      // A <section> with a name is a region landmark: no role attribute needed.
      expect(await region.evaluate((el) => el.tagName)).toBe('SECTION');
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await page.getByRole('region', { name: 'Fichiers de données' }).count()).toBe(1);
      const box = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, right: el.getBoundingClientRect().right }));
      expect(box.right).toBeLessThanOrEqual(320);
      // Its three columns need about 350 px: at 320 the region scrolls, from the keyboard too.
      expect(box.scroll).toBeGreaterThan(box.client);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('a section heading wider than the column wraps beside its copy-link button at 320 CSS px (large text)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(site.server.url + chapter);
      expect(await page.locator('.heading-wrapper .heading-link').count()).toBeGreaterThan(0);
      // The browser's « large » text setting (20 px): « #osonslarelance » alone is then wider than the column.
      await page.evaluate(() => (document.documentElement.style.fontSize = '20px'));
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        buttons: [...document.querySelectorAll('.heading-link')].map((b) => Math.round(b.getBoundingClientRect().right)),
      }));
      expect(sizes.page).toBeLessThanOrEqual(320);
      expect(sizes.buttons.filter((right) => right > 320)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
