import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDuringSuite } from '../helpers/browser';
import { builds } from '../helpers/build';
import { axeViolations } from '../helpers/axe';
import { t } from '../../src/strings';

const hasBrowser = browserAvailable();

/** Opens every « Voir les données » table of the page, as a reader would. */
async function openDataTables(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details.figure__data').forEach((d) => d.setAttribute('open', '')));
  // Two frames: the opened tables are laid out and their scroll timelines (the hint) updated.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** What the page says of each data table on screen: its region, whether it overflows, its cue, and any cell cut without one. */
interface TableReport {
  figure: string;
  role: string | null;
  tabindex: string | null;
  label: string | null;
  overflows: boolean;
  hintShown: boolean;
  /** Cells whose text reaches past the region's right edge while nothing says the table scrolls. */
  cut: string[];
  columns: number;
}

function reportTables(): TableReport[] {
  return [...document.querySelectorAll<HTMLElement>('.data-table__scroll')]
    .filter((region) => region.getClientRects().length > 0)
    .map((region) => {
      const box = region.getBoundingClientRect();
      const overflows = region.scrollWidth > region.clientWidth + 1;
      const hint = region.parentElement!.querySelector<HTMLElement>('.data-table__hint')!;
      const hintShown = hint.getBoundingClientRect().height > 0 && getComputedStyle(hint).visibility === 'visible';
      const cells = [...region.querySelectorAll<HTMLElement>('th, td')];
      const cut = overflows && hintShown ? [] : cells.filter((c) => c.getBoundingClientRect().right > box.right + 1).map((c) => c.textContent!.trim());
      return {
        figure: region.closest('[data-figure]')?.getAttribute('data-figure') ?? '?',
        // A <section> with a name is a region (implicit role).
        role: region.getAttribute('role') ?? (region.tagName === 'SECTION' && region.hasAttribute('aria-label') ? 'region' : null),
        tabindex: region.getAttribute('tabindex'),
        label: region.getAttribute('aria-label'),
        overflows,
        hintShown,
        cut,
        columns: region.querySelector('tr')?.children.length ?? 0,
      };
    });
}

const chapters = readdirSync(path.join(builds.default.outDir, 'chapitres'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `chapitres/${entry.name}/`);

describe.runIf(hasBrowser)('data tables fit their column or scroll with a visible cue, in a region the keyboard can reach (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('gallery build', () => {
    const served = serveDuringSuite(builds.gallery.outDir);

    for (const width of [320, 1280]) {
      it(`at ${width} px: every table (figures and « ${t.figures.showData} ») is a named, focusable region; nothing is cut without the cue`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${served()}galerie/`);
        await openDataTables(page);
        const tables = await page.evaluate(reportTables);
        expect(tables.length).toBeGreaterThan(10);
        for (const table of tables) {
          expect([table.role, table.tabindex], table.figure).toEqual(['region', '0']);
          expect(table.label, table.figure).toMatch(/^Tableau\s:\sExemple — /);
          expect(table.cut, table.figure).toEqual([]);
          // The cue is shown exactly when the table scrolls.
          expect(table.hintShown, table.figure).toBe(table.overflows);
        }
        const six = tables.find((x) => x.figure === 'exemple-tableau-large' && x.columns === 6)!;
        // The six-column table fits a desktop column, and scrolls on a phone.
        expect(six.overflows).toBe(width === 320);
        await page.close();
      });
    }

    it('at 320 px: scrolled to its end by the keyboard, a table keeps its first column in view and shows its last one whole', async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      await page.goto(`${served()}galerie/`);
      const region = page.locator('[data-figure="exemple-tableau-large"] .data-table__scroll').first();
      await region.focus();
      expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
      for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
      // Arrow keys scroll smoothly: wait until the region reaches its end.
      await page.waitForFunction((el) => el!.scrollLeft + el!.clientWidth >= el!.scrollWidth - 1, await region.elementHandle());
      const where = await region.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const row = el.querySelector('tbody tr')!;
        const first = row.firstElementChild!.getBoundingClientRect();
        const last = row.lastElementChild!.getBoundingClientRect();
        return { scrolled: el.scrollLeft, left: box.left, right: box.right, firstLeft: first.left, lastRight: last.right };
      });
      expect(where.scrolled).toBeGreaterThan(0);
      expect(where.firstLeft).toBeCloseTo(where.left, 0);
      // Within the pixel the wait above allows, plus sub-pixel layout.
      expect(where.lastRight).toBeLessThanOrEqual(where.right + 1.5);
      await page.close();
    });
  });

  describe('default build: the headers of a chart’s data table', () => {
    const served = serveDuringSuite(builds.default.outDir);

    it('say what the columns hold in words (the figure file’s titre-categories and titre-axe), not the CSV’s column names', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(served() + chapters[0]);
      await openDataTables(page);
      const headers = await page.locator('[data-figure="poles-par-region"] .figure__data th[scope="col"]').allTextContents();
      expect(headers.map((h) => h.trim())).toEqual(['Région administrative', 'Nombre de pôles identifiés']);
      await page.close();
    });
  });

  describe('default build: axe with the data tables opened at 320 px', () => {
    const served = serveDuringSuite(builds.default.outDir);
    const pages = [...chapters, 'imprimer/', 'embed/poles-par-region/', 'embed/carte-poles-par-region/', 'embed/jalons-initiatives/'];

    it(`${pages.length} pages: no axe violation (scrollable-region-focusable included), every table a named region`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      const found: string[] = [];
      for (const pagePath of pages) {
        await page.goto(served() + pagePath);
        await openDataTables(page);
        for (const table of await page.evaluate(reportTables)) {
          if (table.role !== 'region' || table.tabindex !== '0' || !/^Tableau\s:\s\S/.test(table.label ?? '')) found.push(`${pagePath} ${table.figure}: region ${JSON.stringify(table)}`);
          if (table.cut.length) found.push(`${pagePath} ${table.figure}: cut without a cue: ${table.cut.join(', ')}`);
        }
        for (const v of await axeViolations(page)) found.push(`${pagePath}: ${v.id} (${v.impact}) ${v.nodes.join(' | ')}`);
      }
      expect(found).toEqual([]);
      await page.close();
    });
  });
});
