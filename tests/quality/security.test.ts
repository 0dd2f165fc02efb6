import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runBuild } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';
import { htmlFiles, readPage } from '../helpers/html';

const script = '<script>alert(1)</script>';
const tag = '"><img src=x onerror=alert(1)>';

/** A copy of the data and chapters with hostile values in every kind of text a reader sees. */
function hostileProject(dir: string) {
  const data = path.join(dir, 'data');
  const chapters = path.join(dir, 'chapters');
  cpSync(path.join(root, 'data'), data, { recursive: true });
  cpSync(path.join(root, 'src/content/chapters'), chapters, { recursive: true });
  const poles = path.join(data, 'poles.csv');
  writeFileSync(
    poles,
    readFileSync(poles, 'utf8')
      .replace('Pôle d\'économie sociale de la Mauricie', `"Pôle ${tag.replace(/"/g, '""')}"`)
      .replace('Pôle d\'entrepreneuriat collectif de l\'Estrie', `Réseau ${script}`)
      .replace(',Baie-Comeau,', `,"Baie-Comeau ${script}",`),
  );
  // The pôles map places a pôle by its city, found in the place file: the hostile city is there too.
  const places = path.join(data, 'villes.csv');
  writeFileSync(places, readFileSync(places, 'utf8').replace('Baie-Comeau,09,', `"Baie-Comeau ${script}",09,`));
  const milestones = path.join(data, 'jalons.csv');
  writeFileSync(
    milestones,
    readFileSync(milestones, 'utf8').replace('Présentation des premiers constats du TIESS à une rencontre des pôles', `"Présentation ${tag.replace(/"/g, '""')}"`),
  );
  const chapter = path.join(chapters, 'un-ecosysteme-tisse-serre.mdx');
  writeFileSync(
    chapter,
    readFileSync(chapter, 'utf8')
      .replace('titre: Un écosystème tissé serré', `titre: ${JSON.stringify(`Un écosystème ${script}`)}`)
      .replace(/^resume: (?:>-\n(?: {2}.*\n)+|.*\n)/m, `resume: ${JSON.stringify(`Résumé ${tag}`)}\n`),
  );
  return { data, chapters, poles };
}

describe('hostile values in data and frontmatter', () => {
  let dir: string;
  let out: string;
  let build: ReturnType<typeof runBuild>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-hostile-'));
    out = path.join(dir, 'out');
    const { data, chapters } = hostileProject(dir);
    build = runBuild({ REPORT_DATA_DIR: data, REPORT_CHAPTERS_DIR: chapters, OUT_DIR: out });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are built as text: no element, attribute or handler comes from them', () => {
    expect(build.status, build.output).toBe(0);
    for (const file of htmlFiles(out)) {
      // Note: inside a quoted attribute value, "<script>" is inert text; what matters is the parsed page.
      const doc = readPage(file);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on')));
      expect(handlers, file).toEqual([]);
      expect(doc.querySelectorAll('img[src="x"], script:not([src]):not([type="application/json"])').length, file).toBe(0);
    }
    const chapter = readPage(path.join(out, 'chapitres/un-ecosysteme-tisse-serre/index.html'));
    expect(chapter.querySelector('h1')!.textContent).toBe(`Un écosystème ${script}`);
    expect(chapter.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(`Résumé ${tag}`);
    expect(chapter.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(`Un écosystème ${script}`);
    expect(chapter.querySelector('#jalons-initiatives-description')!.textContent).toContain(`présentation ${tag}`);
  });

  it('a javascript: URL in a data file is refused with its place', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'tiess-js-url-'));
    try {
      const { data, chapters, poles } = hostileProject(other);
      writeFileSync(poles, readFileSync(poles, 'utf8').replace('https://economiesocialebsl.com/actualites/rapport-d-activites-2019-2020', 'javascript:alert(1)'));
      const refused = runBuild({ REPORT_DATA_DIR: data, REPORT_CHAPTERS_DIR: chapters, OUT_DIR: path.join(other, 'out') });
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain(`${poles}, ligne 2, colonne 8 (« source_url ») : adresse web complète attendue (commençant par https:// ou http://), reçu « javascript:alert(1) »`);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it.runIf(browserAvailable())('run no script in Chromium and show as text, with the map and search in use', async () => {
    const server = await serveStatic(out);
    const browser = await launchBrowser();
    const dialogs: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.addInitScript(() => {
        (window as unknown as { pwned: boolean }).pwned = false;
        window.alert = () => ((window as unknown as { pwned: boolean }).pwned = true);
      });
      for (const url of ['', 'chapitres/un-ecosysteme-tisse-serre/#region-05', 'sources-et-methodologie/', 'integrer/', 'embed/carte-poles/#region-09']) {
        await page.goto(server.url + url);
        await page.waitForTimeout(150);
        expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned), url).toBe(false);
      }
      await page.goto(`${server.url}chapitres/un-ecosysteme-tisse-serre/#region-05`);
      expect(await page.locator('h1').innerText()).toBe(`Un écosystème ${script}`);
      expect(await page.locator('[data-figure="carte-poles"] [data-map-panel]').innerText()).toContain(`Réseau ${script}`);
      expect(dialogs).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
