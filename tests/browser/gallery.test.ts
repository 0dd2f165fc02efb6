import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { builds, root } from '../helpers/build';
import { headersFor, parseHeadersFile, serveStatic } from '../helpers/static-server';
import { axeViolations } from '../helpers/axe';
import { chartTypes, figureTypeNames } from '../../src/figures/types/index';
import { listenMode } from '../../src/figures/listen';
import { keepTogether } from '../../src/utils/typography';

const hasBrowser = browserAvailable();
const galleryPath = 'galerie/';

// Note: the gallery is never published, so public/_headers has no rule for /galerie/; the page is
// served here under the policy of the report's pages (no inline script, nothing from elsewhere).
const reportCsp = headersFor(parseHeadersFile(readFileSync(path.join(root, 'public/_headers'), 'utf8')), '/chapitres/x/')['Content-Security-Policy']!;

/** Every chart figure of the gallery, with its first mark as the page must announce it and its number of marks. */
const charts: Record<string, { type: string; first: string; count: number }> = {
  'exemple-anneau': { type: 'anneau', first: 'Salaires\u00a0: 2,1\u00a0M$ (50\u00a0%)', count: 5 },
  'exemple-barres': { type: 'barres', first: 'Montréal\u00a0: 44,0', count: 7 },
  'exemple-barres-empilees': { type: 'barres-empilees', first: 'Habitation — Coopératives\u00a0: 22', count: 12 },
  'exemple-barres-groupees': { type: 'barres-groupees', first: 'Alimentation — Coopératives\u00a0: 14', count: 12 },
  'exemple-colonnes': { type: 'colonnes', first: '2015\u00a0: 12,5', count: 6 },
  'exemple-colonnes-empilees': { type: 'colonnes-empilees', first: '2018 — Subventions\u00a0: 60 (60\u00a0%)', count: 9 },
  'exemple-colonnes-groupees': { type: 'colonnes-groupees', first: '2018 — Coopératives\u00a0: 40', count: 6 },
  'exemple-lignes': { type: 'lignes', first: '2014 — Bas-Saint-Laurent\u00a0: 42,5\u00a0%', count: 21 },
  // The dated line chart labels its marks with French dates, like its axis and description.
  'exemple-lignes-dates': { type: 'lignes', first: '15\u00a0janvier\u00a02020\u00a0: 1\u202f200', count: 5 },
  // Twelve years and forty MRC: columns drawn as bars where their labels would not all fit.
  'exemple-colonnes-annees': { type: 'colonnes', first: '2009\u00a0: 8', count: 12 },
  'exemple-colonnes-mrc': { type: 'colonnes', first: 'Abitibi\u00a0: 4', count: 40 },
  'exemple-lignes-etapes': { type: 'lignes', first: 'Idéation — Accompagnées\u00a0: 64', count: 10 },
  // The examples a type folder holds, with what its folder says they announce.
  ...Object.fromEntries(
    Object.entries(chartTypes)
      .filter(([, chart]) => chart.kind === 'chart')
      .flatMap(([type, chart]) => Object.entries(chart.gallery ?? {}).map(([id, marks]) => [id, { type, ...marks }])),
  ),
};
/** The maps of the type folders' examples: the first item the arrows announce, and how many (regions and points) they walk. */
const maps: Record<string, { type: string; first: string; count: number }> = Object.fromEntries(
  Object.entries(chartTypes)
    .filter(([, chart]) => chart.kind === 'map')
    .flatMap(([type, chart]) => Object.entries(chart.gallery ?? {}).map(([id, marks]) => [id, { type, ...marks }])),
);
/** The examples that show annotations (in their type's folder), with their texts in the order of their file. */
const annotated: Record<string, string[]> = {
  'exemple-colonnes-annotations': ['Objectif : 20 activités', 'Première année au-dessus de l’objectif'],
  'exemple-barres-annotations': ['Zone cible', 'Moyenne des régions : 21,2'],
  'exemple-lignes-annotations': ['Campagne de printemps', 'Début de la pandémie', 'Envoi du numéro d’automne'],
  'exemple-aires-annotations': ['Programme de soutien', 'Total le plus élevé : 4 970'],
  'exemple-nuage-annotations': ['Moyenne des régions : 10 000 emplois', 'Régions de 5 000 à 8 000 emplois', 'Côte-Nord : près de 28 emplois par entreprise'],
};

/** The examples of docs/galerie/ (15), and those of the type folders. */
const exampleCount = 15 + Object.values(chartTypes).reduce((n, chart) => n + Object.keys(chart.gallery ?? {}).length, 0);

interface Mark {
  label: string;
  value: string;
}

const widths = [
  [1280, 'wide'],
  [375, 'narrow'],
] as const;

// Note: several tests walk every mark of every example, a number that grows with each chart type;
// with another test file beside this one (vitest.config.ts), they take longer than the default timeout.
describe.runIf(hasBrowser)('the gallery of every figure type (/galerie/, Chromium)', { timeout: 240_000 }, () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  const errors: string[] = [];
  const elsewhere: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(path.resolve(builds.gallery.outDir));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the gallery; its console errors and requests elsewhere are collected unless `watch` is false. */
  async function open(width: number, options: { dark?: boolean; js?: boolean; watch?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      colorScheme: options.dark ? 'dark' : 'light',
      javaScriptEnabled: options.js ?? true,
    });
    await context.route(`${server.url}${galleryPath}`, async (route) => {
      const response = await route.fetch();
      // The body arrives decoded: the encoding headers no longer apply.
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)));
      await route.fulfill({ response, headers: { ...headers, 'Content-Security-Policy': reportCsp } });
    });
    const page = await context.newPage();
    if (options.watch === false) {
      await page.goto(`${server.url}${galleryPath}`);
      return page;
    }
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !r.url().startsWith(server.origin) && !r.url().startsWith('data:') && elsewhere.push(r.url()));
    await page.goto(`${server.url}${galleryPath}`);
    return page;
  }

  const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"]`);
  const drawing = (page: Page, id: string, variant: 'narrow' | 'wide') => figure(page, id).locator(`.figure__drawing--${variant}`);
  const live = (page: Page, id: string) => figure(page, id).locator('.figure__chart > [aria-live="polite"]');
  const tooltip = (page: Page, id: string) => figure(page, id).locator('.chart-tooltip');
  const marks = (page: Page, id: string, variant: 'narrow' | 'wide'): Promise<Mark[]> =>
    drawing(page, id, variant)
      .locator('[data-label][data-value]')
      .evaluateAll((els) => els.map((el) => ({ label: el.getAttribute('data-label')!, value: el.getAttribute('data-value')! })));
  /**
   * Records what a figure's live region says once each key is handled (at the key's keyup: the
   * keydown handler has run), for the walks over every mark: one round trip per key instead of two.
   * The function returned gives what was recorded, one entry per key, and stops recording.
   */
  const recordLive = async (page: Page, id: string) => {
    await live(page, id).evaluate((region) => {
      const heard: string[] = [];
      const stop = new AbortController();
      document.addEventListener('keyup', () => heard.push(region.textContent!), { signal: stop.signal });
      (window as unknown as { heardLive: () => string[] }).heardLive = () => (stop.abort(), heard);
    });
    return () => page.evaluate(() => (window as unknown as { heardLive: () => string[] }).heardLive());
  };
  /** The gallery's « Voir le fichier » summary just above a figure: the last stop before it. */
  const sourceSummary = (page: Page, id: string) => page.locator(`section[aria-labelledby="galerie-${id}"] .gallery__source summary`);
  /** The focused element, named by its figure and drawing (or its tag and text). */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const fig = el?.closest('[data-figure]')?.getAttribute('data-figure');
      if (el?.classList.contains('figure__drawing')) {
        const variant = ['once', 'wide', 'narrow'].find((v) => el.classList.contains(`figure__drawing--${v}`));
        return `${fig}:${variant}`;
      }
      return `${el?.tagName.toLowerCase()}:${el?.textContent?.trim()}`;
    });
  /** The current marks of a figure, each with the drawing that holds it. */
  const currentMarks = (page: Page, id: string) =>
    figure(page, id)
      .locator('.is-current')
      .evaluateAll((els) => els.map((el) => `${el.closest('.figure__drawing--wide') ? 'wide' : 'narrow'}:${el.getAttribute('data-label')}`));
  /** Whether an element's box lies inside the figure's box. */
  const insideFigure = async (page: Page, id: string, el: Locator) => {
    const outer = (await figure(page, id).boundingBox())!;
    const inner = (await el.boundingBox())!;
    return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
  };
  /** A point of the viewport where the element is the topmost one (for a real mouse), or null if it has none; scrolled into view first when it is not whole in it. */
  const pointInside = (el: Locator) =>
    // Note: one round trip per point (the hover tests point at every mark of every example).
    el.evaluate((node) => {
      const seen = node.getBoundingClientRect();
      if (seen.top < 0 || seen.left < 0 || seen.bottom > innerHeight || seen.right > innerWidth) node.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const box = node.getBoundingClientRect();
      for (let i = 1; i < 16; i++) {
        for (let j = 1; j < 16; j++) {
          const x = box.left + (box.width * i) / 16;
          const y = box.top + (box.height * j) / 16;
          if (document.elementFromPoint(x, y) === node) return { x, y };
        }
      }
      return null;
    });
  /**
   * The points pointInside would give the marks of a drawing from `from` on, in one round trip: mark
   * `from` is scrolled into view first when it is not whole in it (the drawing whole, when it fits);
   * a later mark not whole in the viewport then gets `undefined` (its turn scrolls again). Note: read
   * with the pointer outside the chart (no tooltip over the marks), as each mark is pointed at from there.
   */
  const pointsInside = (page: Page, id: string, variant: 'narrow' | 'wide', from: number) =>
    drawing(page, id, variant).evaluate((draw, from) => {
      const whole = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      };
      const pointIn = (node: Element) => {
        const box = node.getBoundingClientRect();
        for (let i = 1; i < 16; i++) {
          for (let j = 1; j < 16; j++) {
            const x = box.left + (box.width * i) / 16;
            const y = box.top + (box.height * j) / 16;
            if (document.elementFromPoint(x, y) === node) return { x, y };
          }
        }
        return null;
      };
      const marks = [...draw.querySelectorAll('[data-label][data-value]')];
      if (!whole(marks[from]!)) {
        const fits = draw.getBoundingClientRect().height <= innerHeight;
        (fits ? draw : marks[from]!).scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        if (!whole(marks[from]!)) marks[from]!.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      }
      return marks.map((mark, at) => (at < from ? undefined : at === from || whole(mark) ? pointIn(mark) : undefined));
    }, from);
  /** A figure's chart tooltip, read at once: shown (a box, not visibility: hidden, as Playwright's isVisible), its text, and whether it lies inside the figure. */
  const tooltipNow = (page: Page, id: string) =>
    figure(page, id).evaluate((fig) => {
      const tip = fig.querySelector<HTMLElement>('.chart-tooltip');
      if (!tip) return { visible: false, text: '', inside: false };
      const inner = tip.getBoundingClientRect();
      const outer = fig.getBoundingClientRect();
      return {
        visible: inner.width > 0 && inner.height > 0 && getComputedStyle(tip).visibility !== 'hidden',
        text: tip.innerText,
        inside: inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5,
      };
    });

  it('is served under the report’s Content-Security-Policy (an inline script is refused)', async () => {
    const page = await open(1280, { watch: false });
    await expect(page.addScriptTag({ content: 'window.inlineRan = true;' })).rejects.toThrow();
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await page.context().close();
  });

  it('holds one example of every figure type, each declared once', async () => {
    const page = await open(1280, { js: false });
    const types = await page.locator('.gallery__item h2 code').allTextContents();
    expect(new Set(types)).toEqual(new Set(figureTypeNames.map((type) => `type: ${type}`)));
    expect(figureTypeNames).toEqual(expect.arrayContaining(['anneau', 'barres', 'barres-empilees', 'barres-groupees', 'carte-regions', 'colonnes', 'colonnes-empilees', 'colonnes-groupees', 'lignes', 'tableau']));
    const kinds = await page.locator('figure[data-figure]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-figure')}:${el.getAttribute('data-figure-kind')}`));
    expect(kinds.sort()).toEqual(
      [...Object.keys(charts).map((id) => `${id}:chart`), ...Object.keys(maps).map((id) => `${id}:map`), 'exemple-carte-regions:map', 'exemple-tableau:table', 'exemple-tableau-large:table'].sort(),
    );
    for (const [id, { type }] of Object.entries({ ...charts, ...maps })) {
      expect(await page.locator(`#galerie-${id} code`).textContent(), id).toBe(`type: ${type}`);
    }
    await page.context().close();
  });

  for (const [width, dark] of [
    [375, false],
    [1280, false],
    [375, true],
    [1280, true],
  ] as const) {
    it(`has no axe violations and does not scroll sideways at ${width} px, ${dark ? 'dark' : 'light'} scheme, as loaded and once used`, async () => {
      const page = await open(width, { dark });
      expect(await axeViolations(page), 'as loaded').toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      // Used: every « Voir les données », file and embed section open, a region selected, the table sorted.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await figure(page, 'exemple-carte-regions').locator('.figure__drawing--once').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await figure(page, 'exemple-tableau').getByRole('button', { name: 'Projets', exact: true }).click();
      expect(await axeViolations(page), 'once used').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'scrolls sideways once used').toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }

  for (const [width, variant] of widths) {
    it(`at ${width} px each chart is one tab stop on its ${variant} drawing; arrows announce every mark « label : value »; End, Home, Escape`, async () => {
      const page = await open(width);
      for (const [id, { first, count }] of Object.entries(charts)) {
        const expected = await marks(page, id, variant);
        expect(expected, id).toHaveLength(count);
        expect(await drawing(page, id, variant === 'wide' ? 'narrow' : 'wide').isVisible(), id).toBe(false);

        await sourceSummary(page, id).focus();
        await page.keyboard.press('Tab');
        expect(await focused(page), id).toBe(`${id}:${variant}`);
        // A chart one can listen to has its « Écouter » button next (tests/browser/listen.test.ts).
        const listenable = listenMode(charts[id]!.type) !== undefined;
        await page.keyboard.press('Tab');
        if (listenable) {
          expect(await focused(page), id).toBe('button:Écouter le graphique');
          await page.keyboard.press('Tab');
        }
        expect(await focused(page), id).toBe('summary:Voir les données');
        await page.keyboard.press('Shift+Tab');
        if (listenable) await page.keyboard.press('Shift+Tab');
        expect(await focused(page), id).toBe(`${id}:${variant}`);
        expect(await live(page, id).textContent(), id).toBe('');

        const heardLive = await recordLive(page, id);
        for (let i = 0; i <= expected.length; i++) await page.keyboard.press('ArrowRight');
        const heard = await heardLive();
        const sentences = expected.map((m) => `${m.label}\u00a0: ${m.value}`);
        expect(sentences[0], id).toBe(first);
        // Past the last mark the keyboard stays on it.
        expect(heard, id).toEqual([...sentences, sentences.at(-1)]);
        expect(await currentMarks(page, id), id).toEqual([`${variant}:${expected.at(-1)!.label}`]);
        expect(await tooltip(page, id).innerText(), id).toBe(`${expected.at(-1)!.label}\n${expected.at(-1)!.value}`);
        expect(await insideFigure(page, id, tooltip(page, id)), id).toBe(true);

        await page.keyboard.press('Home');
        expect(await live(page, id).textContent(), id).toBe(sentences[0]);
        await page.keyboard.press('End');
        expect(await live(page, id).textContent(), id).toBe(sentences.at(-1));
        await page.keyboard.press('ArrowLeft');
        expect(await live(page, id).textContent(), id).toBe(sentences.at(-2));

        await page.keyboard.press('Escape');
        expect(await live(page, id).textContent(), id).toBe('');
        expect(await currentMarks(page, id), id).toEqual([]);
        expect(await tooltip(page, id).isVisible(), id).toBe(false);
        expect(await focused(page), id).toBe(`${id}:${variant}`);
      }
      await page.context().close();
    });

    it(`at ${width} px the annotations of each example are walked after its marks, in the order of its file, each announced « Annotation : … »`, async () => {
      const page = await open(width);
      for (const [id, texts] of Object.entries(annotated)) {
        const sentences = (await marks(page, id, variant)).map((m) => `${m.label}\u00a0: ${m.value}`);
        expect(sentences.slice(-texts.length), id).toEqual(texts.map((text) => `Annotation\u00a0: ${keepTogether(text)}`));
        expect(sentences.slice(0, -texts.length).filter((s) => s.startsWith('Annotation')), id).toEqual([]);
      }
      await page.context().close();
    });

    // Note: the examples with annotations are hovered in a test of their own (each test has the same time budget).
    const hovered = [Object.keys(charts).filter((id) => !(id in annotated)), Object.keys(annotated)] as const;
    for (const [part, ids] of hovered.entries()) {
      it(`at ${width} px hovering each mark ${part ? 'and annotation of each example with annotations' : 'of each chart'} shows its label and value inside the figure`, async () => {
        const page = await open(width);
        for (const id of ids) {
          const expected = await marks(page, id, variant);
          const unreachable: string[] = [];
          let points: ({ x: number; y: number } | null | undefined)[] = [];
          for (const [index, mark] of expected.entries()) {
            // From outside the chart: the last tooltip can be hovered (WCAG 1.4.13), so it may lie over this mark.
            await page.mouse.move(0, 0);
            if (points[index] === undefined) points = await pointsInside(page, id, variant, index);
            const at = points[index];
            if (!at) {
              unreachable.push(`${mark.label}: ${mark.value}`);
              continue;
            }
            await page.mouse.move(at.x, at.y);
            const shownTip = await tooltipNow(page, id);
            expect(shownTip.visible, `${id} ${mark.label}`).toBe(true);
            expect(shownTip.text, id).toBe(`${mark.label}\n${mark.value}`);
            expect(shownTip.inside, `${id} ${mark.label}`).toBe(true);
          }
          // Only a mark of value zero has no area to point at (its value is in the data table).
          expect(unreachable, id).toEqual(expected.filter((m) => /^0(?![\d,])/.test(m.value)).map((m) => `${m.label}: ${m.value}`));
          await page.mouse.move(0, 0);
          expect(await tooltip(page, id).isVisible(), id).toBe(false);
        }
        await page.context().close();
        // Note: every mark of every chart (more than 200) is hovered one by one: more than the usual minute on a busy machine.
      }, 180_000);
    }
  }

  describe('the region map (carte-regions)', () => {
    const id = 'exemple-carte-regions';
    const panel = (page: Page) => figure(page, id).locator('[data-map-panel]');
    const current = (page: Page) =>
      figure(page, id)
        .locator('.is-current')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-region') ?? `note:${el.getAttribute('data-value')!.replace(/\s/g, ' ')}`).join(','));
    /** Code, name and formatted value of each region, as the data table (no script) gives them, without the « (en évidence) » of the regions the example highlights. */
    const tableRows = (page: Page) =>
      figure(page, id)
        .locator('.figure__data tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) =>
            [...(row as HTMLTableRowElement).cells].map((c) =>
              [...c.childNodes]
                .filter((n) => !(n instanceof Element && n.classList.contains('data-table__mark')))
                .map((n) => n.textContent)
                .join('')
                .trim(),
            ),
          ),
        );

    // The map is drawn once (scaled) at every width.
    for (const [width] of widths) {
      it(`at ${width} px is one tab stop whose arrows walk the regions 01 → 17, each announced with its value, then its notes`, async () => {
        const page = await open(width);
        await sourceSummary(page, id).focus();
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe(`${id}:once`);
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe('summary:Voir les données');
        await page.keyboard.press('Shift+Tab');
        expect(await figure(page, id).locator('svg [tabindex]').count()).toBe(0);

        const rows = await tableRows(page);
        expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')));
        // « surligner: [Estrie, Montréal] »: their rows say so beside the region's name (not by colour alone).
        expect(await figure(page, id).locator('.figure__data tbody tr.data-table__chosen td').evaluateAll((cells) => cells.map((c) => c.textContent!.trim()))).toEqual([
          'Estrie (en évidence)',
          '44,0\u00a0%',
          'Montréal (en évidence)',
          '58,0\u00a0%',
        ]);
        const walked: string[] = [];
        const heard: string[] = [];
        for (let i = 0; i < 20; i++) {
          await page.keyboard.press('ArrowRight');
          walked.push(await current(page));
          heard.push((await live(page, id).textContent())!.replace(/\s/g, ' '));
        }
        // After the regions, the notes (« annotations »), in the order of the file, each announced with its region.
        const notes = ['note:Participation la plus forte', 'note:Nouveau bureau régional'];
        expect(walked).toEqual([...rows.map((r) => r[0]), ...notes, notes[1]]);
        expect(heard[0]).toBe('Bas-Saint-Laurent : 42,5 %');
        expect(heard.slice(0, 17)).toEqual(rows.map((r) => `${r[1]} : ${r[2]}`.replace(/\s/g, ' ')));
        expect(heard.slice(17, 19)).toEqual(['Annotation : Participation la plus forte (Estrie)', 'Annotation : Nouveau bureau régional (Nord-du-Québec)']);
        expect(await figure(page, id).locator('.figure__drawing--once .is-current').count()).toBe(1);
        // The notes' texts are page text under the map, in an ordered list whose marker is their number in a disc, as on the map (said once).
        const notesList = figure(page, id).locator('.figure__legend ol.figure__legend-notes');
        expect(await notesList.locator('li').evaluateAll((els) => els.map((el) => `${getComputedStyle(el, '::before').content} ${el.textContent!.replace(/\s+/g, ' ').trim()}`))).toEqual([
          '"1" Participation la plus forte (Estrie)',
          '"2" Nouveau bureau régional (Nord-du-Québec)',
        ]);
        expect(await notesList.ariaSnapshot()).toBe('- list:\n  - listitem: 1 Participation la plus forte (Estrie)\n  - listitem: 2 Nouveau bureau régional (Nord-du-Québec)');
        await page.keyboard.press('Home');
        expect(await current(page)).toBe('01');
        await page.keyboard.press('End');
        expect(await current(page)).toBe(notes[1]);
        await page.keyboard.press('Escape');
        expect(await current(page)).toBe('');
        expect(await live(page, id).textContent()).toBe('');
        await page.context().close();
      });
    }

    it('Enter selects the current region: the panel shows its name and value, and no list of pôles', async () => {
      const page = await open(1280);
      await figure(page, id).locator('.figure__drawing--once').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      expect(await panel(page).locator('.map-panel__title').innerText()).toBe('Bas-Saint-Laurent\u00a0: 42,5\u00a0%');
      expect(await panel(page).locator('ul, li').count()).toBe(0);
      expect(await panel(page).innerText()).not.toMatch(/pôle/i);
      expect(new URL(page.url()).hash).toBe('#region-01');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      expect(await current(page)).toBe('06');
      await page.keyboard.press('Enter');
      expect(await panel(page).locator('.map-panel__title').innerText()).toBe('Montréal\u00a0: 58,0\u00a0%');
      expect(await figure(page, id).locator('.map-region.is-selected').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-region')))])).toEqual(['06']);
      expect(await panel(page).locator('ul, li').count()).toBe(0);
      await page.keyboard.press('Escape');
      expect(await figure(page, id).locator('.map-region.is-selected').count()).toBe(0);
      expect(await panel(page).locator('.map-panel__title').count()).toBe(0);
      await page.context().close();
    });

    /**
     * Each note's disc as shown: its size across, the size of its digit (the font-size attribute times
     * how much the text is scaled on screen), its centre against where the drawing puts it, how much
     * smaller than the drawing's own disc it is; and the drawing's width against its wrapper's and column's.
     */
    const discsOnScreen = (scope: Locator) =>
      scope.evaluate((root) => {
        const svg = root.querySelector<SVGSVGElement>('.figure__drawing--once svg.map')!;
        const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const discs = [...svg.querySelectorAll<SVGCircleElement>('circle[data-annotation]')].map((circle) => {
          const box = circle.getBoundingClientRect();
          const text = circle.parentElement!.querySelector('text')!;
          const drawn = 2 * circle.r.baseVal.value * unit;
          // Where the drawing puts the centre, mapped to the screen by the drawing's scale alone.
          const svgBox = svg.getBoundingClientRect();
          return {
            across: box.width,
            digit: (Number(text.getAttribute('font-size')) * text.getBoundingClientRect().height) / text.getBBox().height,
            offCentre: Math.hypot(box.left + box.width / 2 - (svgBox.left + circle.cx.baseVal.value * unit), box.top + box.height / 2 - (svgBox.top + circle.cy.baseVal.value * unit)),
            shrink: box.width / drawn,
          };
        });
        const wrapper = svg.closest('.figure__drawing')!;
        return { discs, svg: svg.getBoundingClientRect().width, wrapper: wrapper.getBoundingClientRect().width, column: wrapper.parentElement!.clientWidth, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
    const checkDiscs = (report: Awaited<ReturnType<typeof discsOnScreen>>, where: string) => {
      expect(report.discs, where).toHaveLength(2);
      for (const disc of report.discs) {
        // 24 px or more (WCAG 2.5.8), and small enough to leave the region's colour seen around it.
        expect(disc.across, `${where}: disc across`).toBeGreaterThanOrEqual(24);
        expect(disc.across, `${where}: disc across`).toBeLessThanOrEqual(32);
        expect(disc.digit, `${where}: digit`).toBeGreaterThanOrEqual(12);
        // Scaled down about its own centre, never up: discs the drawing keeps apart stay apart.
        expect(disc.offCentre, `${where}: centre`).toBeLessThan(0.5);
        expect(disc.shrink, `${where}: scale`).toBeLessThanOrEqual(1.001);
      }
      // The map still fills its column (the wrapper, now a size container, keeps its width), and the page does not scroll sideways.
      expect(report.wrapper, `${where}: wrapper`).toBeCloseTo(report.column, 0);
      expect(report.svg, `${where}: drawing`).toBeCloseTo(report.wrapper, 0);
      expect(report.overflow, where).toBe(0);
    };

    it('a note’s disc is 24 to 32 px across at 320, 375, 768 and 1280 px, its digit 12 px or more, scaled about its centre, the map filling its column', async () => {
      for (const width of [320, 375, 768, 1280]) {
        const page = await open(width);
        await figure(page, id).scrollIntoViewIfNeeded();
        const report = await discsOnScreen(figure(page, id));
        console.log(`note discs at ${width} px: ${report.discs.map((d) => `${d.across.toFixed(1)} px across, digit ${d.digit.toFixed(1)} px`).join('; ')}; drawing ${report.svg.toFixed(0)} px wide`);
        checkDiscs(report, `${width} px`);
        if (width === 320) expect(report.svg).toBeCloseTo(288, 0);
        if (width === 1280) expect(report.svg).toBeGreaterThan(1000);
        await page.context().close();
      }
    });

    it('in the embed page too (320, 375, 1280 px), and in print', async () => {
      for (const width of [320, 375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${server.url}embed/${id}/`);
        const report = await discsOnScreen(page.locator('body'));
        console.log(`note discs in the embed at ${width} px: ${report.discs.map((d) => `${d.across.toFixed(1)} px across`).join('; ')}; drawing ${report.svg.toFixed(0)} px wide`);
        checkDiscs(report, `embed at ${width} px`);
        await page.close();
      }
      // On paper the disc is the drawing's own (the drawing is narrower than its wrapper there, which a
      // scale read from the wrapper would shrink too much): its digit 8 pt or more.
      const page = await open(1280, { js: false });
      await page.emulateMedia({ media: 'print' });
      const report = await discsOnScreen(figure(page, id));
      console.log(`note discs in print: ${report.discs.map((d) => `${d.across.toFixed(1)} px across, digit ${d.digit.toFixed(1)} px`).join('; ')}; drawing ${report.svg.toFixed(0)} px wide`);
      expect(report.discs).toHaveLength(2);
      for (const disc of report.discs) {
        expect(disc.shrink).toBeCloseTo(1, 2);
        expect(disc.digit).toBeGreaterThanOrEqual(8 / 0.75);
        expect(disc.across).toBeLessThanOrEqual(32);
      }
      await page.context().close();
    });

    it('the current note keeps the outline width of an unscaled mark: 3 units of the drawing, however small its disc', async () => {
      for (const width of [320, 1280]) {
        const page = await open(width);
        await figure(page, id).locator('.figure__drawing--once').focus();
        await page.keyboard.press('End');
        const current = figure(page, id).locator('circle[data-annotation].is-current');
        const shown = await current.evaluate((circle: SVGCircleElement) => {
          const style = getComputedStyle(circle);
          const svg = circle.ownerSVGElement!;
          const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const scale = circle.getBoundingClientRect().width / (2 * circle.r.baseVal.value * unit);
          return { style: style.outlineStyle, outline: parseFloat(style.outlineWidth) * scale, stroke: parseFloat(style.strokeWidth) * scale };
        });
        expect(shown.style, `${width} px`).toBe('solid');
        expect(shown.outline, `${width} px`).toBeCloseTo(3, 1);
        expect(shown.stroke, `${width} px`).toBeCloseTo(3, 1);
        await page.context().close();
      }
    });
  });

  describe('the maps of the type folders (carte-points)', () => {
    /** What the keyboard is on: a region code, or « point:<id> ». */
    const current = (page: Page, id: string) =>
      figure(page, id)
        .locator('.is-current')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-region') ?? `point:${el.getAttribute('data-pole')}`).join(','));
    /** The items in the order the arrows must walk them: each region (01 → 17) followed by its points, as drawn. */
    const order = (page: Page, id: string) =>
      figure(page, id)
        .locator('.map-main')
        .evaluate((main) =>
          [...main.querySelectorAll('.map-region')]
            .map((r) => r.getAttribute('data-region')!)
            .sort()
            .flatMap((code) => [code, ...[...main.querySelectorAll(`.map-pole[data-pole-region="${code}"]`)].map((p) => `point:${p.getAttribute('data-pole')}`)]),
        );

    for (const [width] of widths) {
      it(`at ${width} px each is one tab stop whose arrows walk the regions, each followed by its points, announced; Home, End, Escape`, async () => {
        const page = await open(width);
        for (const [id, { first, count }] of Object.entries(maps)) {
          await sourceSummary(page, id).focus();
          await page.keyboard.press('Tab');
          expect(await focused(page), id).toBe(`${id}:once`);
          expect(await figure(page, id).locator('svg [tabindex]').count(), id).toBe(0);
          const expected = await order(page, id);
          expect(expected, id).toHaveLength(count);
          const walked: string[] = [];
          const heard: string[] = [];
          for (let i = 0; i < count; i++) {
            await page.keyboard.press('ArrowRight');
            walked.push(await current(page, id));
            heard.push((await live(page, id).textContent())!);
          }
          expect(walked, id).toEqual(expected);
          expect(heard[0], id).toBe(first);
          // A point is announced with its name, its place and its region, as its tooltip shows them.
          const point = walked.findIndex((w) => w.startsWith('point:'));
          const tip = await figure(page, id).locator('.map-tooltip').innerText();
          await page.keyboard.press('Home');
          for (let i = 0; i < point; i++) await page.keyboard.press('ArrowRight');
          expect(heard[point], id).toMatch(/^.+ — .+ \(.+\)/);
          expect(await figure(page, id).locator('.map-tooltip').innerText(), id).toBe(heard[point]!.replace(' — ', '\n'));
          expect(tip, id).not.toBe('');
          expect(await insideFigure(page, id, figure(page, id).locator('.map-tooltip')), id).toBe(true);
          await page.keyboard.press('End');
          expect(await current(page, id), id).toBe(expected.at(-1));
          await page.keyboard.press('Escape');
          expect(await current(page, id), id).toBe('');
          expect(await live(page, id).textContent(), id).toBe('');
        }
        await page.context().close();
      });
    }

    it('hovering a point shows its name and place inside the figure; Enter on a region lists its points in the details panel', async () => {
      const page = await open(1280);
      // Note: Enter opens the details panel and scrolls it into view, smoothly unless the reader
      // asks for less motion; a smooth scroll still running would move the next map's points under
      // the pointer between finding a point and pointing at it.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      for (const id of Object.keys(maps)) {
        const points = figure(page, id).locator('.map-main circle.map-pole');
        const names = await points.evaluateAll((els) => els.map((el) => el.querySelector('title')!.textContent!.split(' — ')[0]!));
        let hovered = 0;
        for (let i = 0; i < names.length; i++) {
          await page.mouse.move(0, 0);
          const at = await pointInside(figure(page, id).locator('.map-pole-hit').nth(i));
          if (!at) continue;
          await page.mouse.move(at.x, at.y);
          const tip = figure(page, id).locator('.map-tooltip');
          expect(await tip.isVisible(), `${id} ${names[i]}`).toBe(true);
          expect((await tip.innerText()).split('\n')[0], id).toBe(names[i]);
          expect(await insideFigure(page, id, tip), `${id} ${names[i]}`).toBe(true);
          hovered++;
        }
        // Points outside the inset can all be pointed at (those of the Montréal area are also in the inset).
        expect(hovered, id).toBeGreaterThan(names.length / 2);
        await figure(page, id).locator('.figure__drawing--once').focus();
        await page.keyboard.press('Home');
        await page.keyboard.press('Enter');
        const panel = figure(page, id).locator('[data-map-panel]');
        const listed = await panel.locator('li').count();
        const inFirst = (await order(page, id)).slice(1).findIndex((w) => !w.startsWith('point:'));
        expect(listed, id).toBe(inFirst);
        await page.keyboard.press('Escape');
        expect(await panel.locator('.map-panel__title').count(), id).toBe(0);
      }
      await page.context().close();
    });

    it('surligner: the chosen points are said « (en évidence) » when announced, and in bold with it in the details panel', async () => {
      const id = 'exemple-carte-points-surligner';
      const page = await open(1280);
      await figure(page, id).locator('.figure__drawing--once').focus();
      const walked = await order(page, id);
      // Estrie (05) and its one point, Sherbrooke's, chosen with its region.
      for (let i = 0; i <= walked.indexOf('05') + 1; i++) await page.keyboard.press('ArrowRight');
      expect(await live(page, id).textContent()).toBe('Atelier de Sherbrooke — Sherbrooke (Estrie)\u00a0: 85 (en évidence)');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      const panel = figure(page, id).locator('[data-map-panel]');
      expect(await panel.locator('li').evaluateAll((els) => els.map((el) => [el.querySelector('strong')?.textContent ?? null, el.textContent]))).toEqual([
        ['Atelier de Sherbrooke', 'Atelier de Sherbrooke — Sherbrooke\u00a0: 85 (en évidence)'],
      ]);
      // A point not chosen: plain, unmarked.
      await page.keyboard.press('ArrowLeft');
      expect(await live(page, id).textContent()).toBe('Atelier de Trois-Rivières — 46,343°\u00a0N, 72,543°\u00a0O (Mauricie)\u00a0: 90');
      await page.context().close();
    });
  });

  describe('the table (tableau)', () => {
    const id = 'exemple-tableau';
    const firstColumn = (page: Page) => figure(page, id).locator('table tbody th[scope="row"]').allTextContents().then((cells) => cells.map((c) => c.trim()));
    const sortState = (page: Page) => figure(page, id).locator('thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('aria-sort')));
    const csvRegions = readFileSync(path.join(root, 'docs/galerie/donnees/exemple-tableau.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);

    it('without JavaScript is complete, in the order the figure file asks (trier-par: Projets, décroissant), with plain headers', async () => {
      const page = await open(1280, { js: false });
      const rows = await figure(page, id)
        .locator('table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())));
      expect(rows.map((r) => r[0]).sort()).toEqual([...csvRegions].sort());
      expect(rows).toEqual([
        ['Montréal', '44', '652 250 $', '35'],
        ['Capitale-Nationale', '31', '410 500 $', '21'],
        ['Estrie', '18', '198 000 $', '11'],
        ['Bas-Saint-Laurent', '12', '145 000 $', '8'],
        ['Outaouais', '9', '87 500 $', '6'],
      ]);
      expect(await figure(page, id).locator('thead th').allTextContents()).toEqual(['Région', 'Projets', 'Budget', 'Partenaires']);
      expect(await figure(page, id).locator('table button').count()).toBe(0);
      expect(await figure(page, id).locator('table').isVisible()).toBe(true);
      await page.context().close();
    });

    it('with JavaScript each header is a button: « Projets » sorts by number ascending then descending, aria-sort follows', async () => {
      const page = await open(1280);
      const buttons = figure(page, id).locator('thead th > button');
      expect(await buttons.allTextContents()).toEqual(['Région', 'Projets', 'Budget', 'Partenaires']);
      // The figure file sorts by Projets, largest first: the header says so from the start.
      expect(await sortState(page)).toEqual([null, 'descending', null, null]);
      const projets = figure(page, id).getByRole('button', { name: 'Projets', exact: true });
      await projets.click();
      expect(await firstColumn(page)).toEqual(['Outaouais', 'Bas-Saint-Laurent', 'Estrie', 'Capitale-Nationale', 'Montréal']);
      expect(await sortState(page)).toEqual([null, 'ascending', null, null]);
      // The keyboard presses the same button.
      await projets.focus();
      await page.keyboard.press('Enter');
      expect(await firstColumn(page)).toEqual(['Montréal', 'Capitale-Nationale', 'Estrie', 'Bas-Saint-Laurent', 'Outaouais']);
      expect(await sortState(page)).toEqual([null, 'descending', null, null]);
      // Budget sorts by the amount, not by its text (« 87 500 $ » is the smallest).
      await figure(page, id).getByRole('button', { name: 'Budget', exact: true }).click();
      expect(await firstColumn(page)).toEqual(['Outaouais', 'Bas-Saint-Laurent', 'Estrie', 'Capitale-Nationale', 'Montréal']);
      expect(await sortState(page)).toEqual([null, null, 'ascending', null]);
      await page.context().close();
    });

    it('a text column sorts in French order, accented letters with their base letter', async () => {
      const page = await open(1280);
      const region = figure(page, id).getByRole('button', { name: 'Région', exact: true });
      await region.click();
      expect(await firstColumn(page)).toEqual(['Bas-Saint-Laurent', 'Capitale-Nationale', 'Estrie', 'Montréal', 'Outaouais']);
      expect(await sortState(page)).toEqual(['ascending', null, null, null]);
      await region.click();
      expect(await firstColumn(page)).toEqual(['Outaouais', 'Montréal', 'Estrie', 'Capitale-Nationale', 'Bas-Saint-Laurent']);
      // Note: no example region starts with an accented letter, so the rows are renamed here: code-point order would put « Élan » after « Zèbre ».
      await figure(page, id)
        .locator('tbody th[scope="row"]')
        .evaluateAll((cells) =>
          cells.forEach((cell, i) => {
            const name = ['Zèbre', 'Élan', 'estuaire', 'Eau', 'Abitibi'][i]!;
            cell.textContent = name;
            (cell as HTMLElement).dataset.sortValue = name;
          }),
        );
      await region.click();
      expect(await firstColumn(page)).toEqual(['Abitibi', 'Eau', 'Élan', 'estuaire', 'Zèbre']);
      await page.context().close();
    });
  });

  for (const [width, variant] of widths) {
    it(`with JavaScript off, at ${width} px every figure shows its ${variant} drawing, caption and data table`, async () => {
      const page = await open(width, { js: false });
      expect(await page.locator('.figure__drawing[tabindex], .figure__drawing[role]').count()).toBe(0);
      const figures = await page.locator('figure[data-figure]').all();
      expect(figures).toHaveLength(exampleCount);
      for (const fig of figures) {
        const id = (await fig.getAttribute('data-figure'))!;
        expect(await fig.locator('figcaption .figure__title').isVisible(), id).toBe(true);
        expect(await fig.locator('figcaption .figure__description').isVisible(), id).toBe(true);
        if ((await fig.getAttribute('data-figure-kind')) === 'table') {
          expect(await fig.locator('table').isVisible(), id).toBe(true);
          expect(await fig.locator('table tbody tr').count(), id).toBe(id === 'exemple-tableau-large' ? 6 : 5);
          continue;
        }
        // A map is drawn once and scaled; the other figures show the drawing made for the width.
        const shown = (await fig.locator('.figure__drawing--once').count()) ? 'once' : variant;
        const box = (await fig.locator(`.figure__drawing--${shown} svg`).boundingBox())!;
        expect(box?.width, id).toBeGreaterThan(width === 375 ? 300 : 500);
        expect(box?.height, id).toBeGreaterThan(150);
        if (shown !== 'once') expect(await fig.locator(`.figure__drawing--${variant === 'wide' ? 'narrow' : 'wide'} svg`).isVisible(), id).toBe(false);
        await fig.locator('.figure__data summary').click();
        expect(await fig.locator('.figure__data table').isVisible(), id).toBe(true);
        expect(await fig.locator('.figure__data table tbody tr').count(), id).toBeGreaterThan(2);
      }
      await page.context().close();
    });
  }

  it('logged no console errors and asked nothing of another origin', () => {
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
});
