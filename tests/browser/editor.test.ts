import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFigureFile } from '../../src/figures/declarative';
import { root } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/chromium';
import { devServerEnv, freePort, linkNodeModules, untilDevServerStarted } from '../helpers/editor';
import { toWindows1252 } from '../helpers/excel';
import { axeViolations } from '../helpers/axe';
import { englishIn } from '../helpers/english-words';

// The browser editor in local mode (`npm run edit`), driven in Chromium on a copy of the project:
// change one word of a chapter, create a figure through the form, upload CSV files (a bad one, one
// from a page loaded before the file changed, one in Windows-1252), reload a result page; everything
// staff see is French; a new Figure asks which figure first; typing after a figure that ends a
// chapter; a chapter the editor cannot open explains why in French.

/** A chapter whose <Encadre> is never closed: line 19 of the file, line 7 of its body. */
const brokenChapter = [
  '---',
  'titre: Chapitre cassé',
  'partie: 2. Renforcer',
  'ordre: 9',
  'resume: Un chapitre avec un encadré jamais fermé.',
  'pages:',
  '  debut: 30',
  '  fin: 30',
  '---',
  'Premier paragraphe.',
  '',
  'Deuxième paragraphe.',
  '',
  'Troisième paragraphe.',
  '',
  'Quatrième paragraphe.',
  '',
  '## Une section',
  '<Encadre titre="Jamais fermé">',
  '',
  'Texte de l’encadré.',
  '',
].join('\n');

/** Every string a person sees or hears in the page: text (not the text being edited), labels, placeholders, titles. */
const visibleStrings = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out = new Set<string>();
    const editable = (el: Element) => el.closest('[contenteditable]')?.getAttribute('contenteditable') === 'true';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent!.trim();
      if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      if (parent.checkVisibility({ checkVisibilityCSS: true }) && !editable(parent)) out.add(text);
    }
    const attributes = ['placeholder', 'aria-label', 'title', 'alt', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'data-placeholder'];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      for (const name of attributes) if (el.getAttribute(name)?.trim()) out.add(el.getAttribute(name)!.trim());
      if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type) && el.value) out.add(el.value);
    }
    return [...out];
  });

describe.runIf(browserAvailable())('the browser editor, local mode', () => {
  let dir = '';
  let dev: ChildProcess | undefined;
  let browser: Browser;
  let base = '';
  let log = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-editeur-'));
    for (const entry of ['astro.config.mjs', 'keystatic.config.ts', 'package.json', 'tsconfig.json', 'src', 'data', 'public']) {
      cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    writeFileSync(path.join(dir, 'src/content/chapters/chapitre-casse.mdx'), brokenChapter);
    linkNodeModules(dir);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: dir,
      detached: true,
      env: devServerEnv({ KEYSTATIC: '1', ASTRO_CACHE_DIR: path.join(dir, 'cache') }),
    });
    dev.stdout!.on('data', (chunk) => (log += chunk));
    dev.stderr!.on('data', (chunk) => (log += chunk));
    await untilDevServerStarted(() => log);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dev?.pid) process.kill(-dev.pid);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page of the editor and waits for what shows it is ready. */
  const open = async (url: string, ready: (page: Page) => ReturnType<Page['locator']>): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Cut from the dev server's live reload, as the CSV pages below are: a chapter saved by one test
    // made the reload reach a page mid-close, and closing it then waited minutes.
    await page.routeWebSocket(/./, () => {});
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    // Note: not « networkidle »: the editor's page may keep a request open (Vite's dev client), which
    // made the wait last until the test's own limit, hiding the reason; what the test needs is `ready`.
    await page.goto(`${base}${url}`, { waitUntil: 'load', timeout: 45_000 });
    await ready(page).waitFor({ timeout: 45_000 }).catch((error) => {
      throw new Error(`${error}\n${errors.join('\n')}\n${log.slice(-3000)}`);
    });
    return page;
  };
  const csvHeader = (name: string) => readFileSync(path.join(dir, 'data', name), 'utf8').split(/\r?\n/)[0]!.split(',');
  const until = async (page: Page, done: () => boolean, ms = 15_000) => {
    const start = Date.now();
    while (!done()) {
      if (Date.now() - start > ms) throw new Error(`timed out; editor log:\n${log}`);
      await page.waitForTimeout(100);
    }
  };

  it('opens a chapter, changes one word, saves: the file differs by that word only', async () => {
    const file = path.join(dir, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx');
    const before = readFileSync(file, 'utf8');
    const page = await open('/keystatic/collection/chapitres/item/un-ecosysteme-tisse-serre', (p) =>
      p.locator('[contenteditable="true"] p', { hasText: 'Lancé en mai 2019' }),
    );
    // The French interface Keystatic ships (locale fr-FR), with the labels of keystatic.config.ts.
    await expect(page.getByRole('button', { name: 'Sauvegarder' }).isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Résumé').isVisible()).resolves.toBe(true);
    // Note: the word is selected with a real double-click, which the editor (ProseMirror) sees;
    // a selection set from a script may reach it only after the first keystroke.
    const box = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('[contenteditable="true"] p')].find((p) => p.textContent!.startsWith('Lancé en mai 2019'))!;
      paragraph.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('incubateur');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'incubateur'.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error('word not found');
    });
    await page.mouse.dblclick(box.x, box.y);
    await page.waitForFunction(() => getSelection()!.toString().trim() === 'incubateur', undefined, { timeout: 10_000 });
    await page.keyboard.type('accélérateur');
    await page.getByRole('button', { name: 'Sauvegarder' }).click();
    // Note: the file may be read while it is being written (empty for an instant): wait for the new word.
    await until(page, () => readFileSync(file, 'utf8').includes('un accélérateur destiné'));
    expect(readFileSync(file, 'utf8')).toBe(before.replace('un incubateur destiné', 'un accélérateur destiné'));
    await page.close();
  });

  it('creates a figure through the form; the figure file is valid and the figure is drawn at its page', async () => {
    const page = await open('/keystatic/collection/figures/create', (p) => p.getByLabel('Titre').first());
    const pick = async (label: string, key: string) => {
      await page.getByRole('button', { name: new RegExp(label) }).first().click();
      await page.locator(`[role="option"][data-key="${key}"]`).click();
    };
    await page.getByLabel('Titre').first().fill('Pôles par région en colonnes');
    await pick('Fichier de données', 'poles-par-region.csv');
    await pick('Type de graphique', 'colonnes');
    // Only the roles of the chosen type are offered.
    await expect(page.getByLabel('Colonne des codes de région').count()).resolves.toBe(0);
    // The column fields offer the columns of the chosen file, as suggestions and written under them.
    const offered = (label: string) =>
      page.getByLabel(label).evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((o) => o.value));
    await expect(offered('Colonne des catégories')).resolves.toEqual(['code', 'region', 'poles']);
    await expect(offered('Colonne des valeurs')).resolves.toEqual(['code', 'region', 'poles']);
    await expect(page.getByText('Colonnes de poles-par-region.csv : code, region, poles').count()).resolves.toBe(2);
    await pick('Fichier de données', 'jalons.csv');
    await expect(offered('Colonne des catégories')).resolves.toEqual(csvHeader('jalons.csv'));
    await pick('Fichier de données', 'poles-par-region.csv');
    await page.getByLabel('Colonne des catégories').fill('region');
    await page.getByLabel('Colonne des valeurs').fill('poles');
    await page.getByLabel('Source').fill('Compilation de sources publiques.');
    await page.getByRole('button', { name: 'Créer' }).click();
    const file = path.join(dir, 'src/content/figures/poles-par-region-en-colonnes.yaml');
    await until(page, () => existsSync(file));
    // Note: the figure is removed even when an expectation fails, so that the tests of the CSV page see the report's own figures only.
    try {
      // The saved figure opens (the dev server reloads the page when the file appears: it used to come
      // back on an empty « create » form, as if nothing had been saved).
      await page.waitForURL(/\/keystatic\/collection\/figures\/item\/poles-par-region-en-colonnes$/, { timeout: 30_000 });
      await page.getByLabel('Titre').first().waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByLabel('Titre').first().inputValue(), { timeout: 30_000 }).toBe('Pôles par région en colonnes');
      await expect(page.getByLabel('Colonne des valeurs').inputValue()).resolves.toBe('poles');
      const figure = readFigureFile(file, path.join(dir, 'data'));
      expect(figure.problems.map((p) => p.message)).toEqual([]);
      expect(figure.spec).toMatchObject({ type: 'colonnes', donnees: 'poles-par-region.csv', categorie: 'region', valeur: 'poles', titre: 'Pôles par région en colonnes' });
      // The figure's own page, as the dev server renders it (the preview staff open after saving).
      const embed = await fetch(`${base}/embed/poles-par-region-en-colonnes/`);
      expect(embed.status).toBe(200);
      const html = await embed.text();
      expect(html).toContain('Pôles par région en colonnes');
      expect(html.match(/<svg (?=[^>]*aria-hidden="true")(?=[^>]*class="chart)[^>]*>/g)?.length).toBeGreaterThan(0);
    } finally {
      rmSync(file, { force: true });
      await page.close();
    }
  }, 150_000);

  it('refuses a bad CSV with the build’s message (file, line, column) and leaves data/ unchanged', async () => {
    const file = path.join(dir, 'data/jalons.csv');
    const before = readFileSync(file);
    const lines = before.toString('utf8').split('\n');
    const cells = lines[1]!.split(',');
    cells[3] = 'mai';
    lines[1] = cells.join(',');
    const page = await open('/editeur/donnees', (p) => p.locator('#fichier'));
    await page.selectOption('#cible', 'jalons.csv');
    await page.setInputFiles('#fichier', { name: 'jalons.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByRole('button', { name: 'Vérifier et enregistrer' }).click();
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('data/jalons.csv n’est pas enregistré');
    expect(alert).toContain('data/jalons.csv, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »');
    expect(readFileSync(file).equals(before)).toBe(true);

    // A good file is saved as uploaded.
    await page.selectOption('#cible', 'jalons.csv');
    await page.setInputFiles('#fichier', { name: 'jalons.csv', mimeType: 'text/csv', buffer: before });
    await page.getByRole('button', { name: 'Vérifier et enregistrer' }).click();
    expect(await page.getByRole('status').innerText()).toContain('data/jalons.csv est enregistré');
    await page.close();
  });

  /**
   * Opens the CSV page cut from the dev server's live reload (which reloads every open page a moment after a
   * data file changes, and would reload a page in the middle of a test): the tests reload it themselves.
   */
  const openCsvPage = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.routeWebSocket(/./, () => {});
    await page.goto(`${base}/editeur/donnees`, { waitUntil: 'networkidle', timeout: 90_000 });
    await page.locator('#fichier').waitFor({ timeout: 60_000 });
    return page;
  };

  /** Uploads a file from the CSV page as staff do (target, file, button) and waits for the result page. */
  const upload = async (page: Page, target: string, buffer: Buffer, name = target) => {
    await page.selectOption('#cible', target);
    if (target === '') await page.fill('#nom', name);
    await page.setInputFiles('#fichier', { name, mimeType: 'text/csv', buffer });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Vérifier et enregistrer' }).click()]);
  };
  const jalonsWith = (label: string) => Buffer.from(readFileSync(path.join(dir, 'data/jalons.csv'), 'utf8').replace(/Lancement (?:de|du projet|de l’initiative) SISMIC/, label));

  it('answers an upload with a result page whose reload sends nothing (the file changed since is kept)', async () => {
    const file = path.join(dir, 'data/jalons.csv');
    const original = readFileSync(file);
    const page = await openCsvPage();
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    const version2 = jalonsWith('Lancement du projet SISMIC');
    await upload(page, 'jalons.csv', version2);
    expect(await page.getByRole('status').innerText()).toContain('data/jalons.csv est enregistré');
    expect(posts).toHaveLength(1);
    expect(readFileSync(file).equals(version2)).toBe(true);
    // Someone saves a newer version (another tab); this tab is then reloaded, as the dev server does.
    const version3 = jalonsWith('Lancement de l’initiative SISMIC');
    writeFileSync(file, version3);
    await page.reload({ waitUntil: 'load' });
    expect(await page.getByRole('status').innerText()).toContain('data/jalons.csv est enregistré');
    expect(posts).toHaveLength(1);
    expect(readFileSync(file).equals(version3)).toBe(true);
    writeFileSync(file, original);
    await page.close();

    // The answer to a POST, as the browser gets it: « 303 See Other » to the result page, which is a GET.
    const form = new FormData();
    form.set('cible', 'jalons.csv');
    form.set('version:jalons.csv', 'ancienne-version');
    form.set('fichier', new Blob([original], { type: 'text/csv' }), 'jalons.csv');
    const answer = await fetch(`${base}/editeur/donnees`, { method: 'POST', body: form, redirect: 'manual' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toMatch(/^\/editeur\/donnees\?resultat=[0-9a-f-]{36}$/);
    const result = await (await fetch(`${base}${answer.headers.get('location')}`)).text();
    expect(result).toContain('data/jalons.csv n’est pas enregistré : ce fichier a été modifié depuis l’ouverture de cette page');
  });

  it('refuses an upload from a page loaded before the file last changed, and keeps the newer file', async () => {
    const file = path.join(dir, 'data/jalons.csv');
    const original = readFileSync(file);
    // Note: the older tab is cut from the dev server's live reload, as a tab is until that reload arrives (or
    // when the file changed out of the dev server's sight).
    const older = await openCsvPage();
    const newer = await openCsvPage();
    const version2 = jalonsWith('Lancement du projet SISMIC');
    await upload(newer, 'jalons.csv', version2);
    expect(await newer.getByRole('status').innerText()).toContain('data/jalons.csv est enregistré');
    await upload(older, 'jalons.csv', jalonsWith('Lancement de l’initiative SISMIC'));
    const alert = older.getByRole('alert');
    expect(await alert.innerText()).toBe(
      'data/jalons.csv n’est pas enregistré : ce fichier a été modifié depuis l’ouverture de cette page (dans un autre onglet ou par une autre personne). La version sur le disque est plus récente : c’est elle qui est conservée.\n\n' +
        'Rechargez cette page (touche F5), vérifiez le fichier dans la liste « Fichiers présents » (cliquez son nom pour l’ouvrir), puis, s’il doit être remplacé par le vôtre, choisissez-le et déposez votre fichier de nouveau.',
    );
    expect(readFileSync(file).equals(version2)).toBe(true);
    await older.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(older)).toEqual([]);
    await older.screenshot({ path: path.join(tmpdir(), 'editeur-csv-perime-sombre.png'), fullPage: true });
    await older.emulateMedia({ colorScheme: 'light' });
    await older.screenshot({ path: path.join(tmpdir(), 'editeur-csv-perime.png'), fullPage: true });
    writeFileSync(file, original);
    await Promise.all([older.close(), newer.close()]);
  });

  it('lists every problem of an upload at once, as an error: a missing column and « n.d. » in a number cell', async () => {
    const file = path.join(dir, 'data/poles-par-region.csv');
    const before = readFileSync(file);
    // The column « region », which the figure poles-par-region.yaml reads, left out; « n.d. » for a number.
    const lines = before.toString('utf8').trim().split('\n').map((l, i) => {
      const [code, , poles] = l.split(',');
      return `${code},${i === 2 ? 'n.d.' : poles}`;
    });
    const page = await openCsvPage();
    await upload(page, 'poles-par-region.csv', Buffer.from(`${lines.join('\n')}\n`));
    const alert = page.getByRole('alert');
    expect(await alert.locator('strong').innerText()).toBe(
      'data/poles-par-region.csv n’est pas enregistré : 2 problèmes à corriger. Corrigez-les dans Excel, enregistrez de nouveau en CSV, puis déposez le fichier encore.',
    );
    expect(await alert.locator('li').allInnerTexts()).toEqual([
      'src/content/figures/poles-par-region.yaml, ligne 6 : categorie : la colonne « region » n’existe pas dans data/poles-par-region.csv ; ses colonnes sont : code, poles',
      'data/poles-par-region.csv, ligne 3, colonne 2 (« poles ») : nombre attendu, reçu « n.d. » : la figure poles-par-region.yaml dessine les nombres de cette colonne (champ « Colonne des valeurs ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
    ]);
    // Shown as an error: a wide red mark beside the list, the heading in red, not the page's grey.
    const look = await alert.evaluate((el) => {
      const box = getComputedStyle(el);
      return { mark: box.borderLeftColor, width: parseFloat(box.borderLeftWidth), heading: getComputedStyle(el.querySelector('strong')!).color };
    });
    expect(look).toEqual({ mark: 'rgb(179, 38, 30)', width: 8, heading: 'rgb(140, 29, 24)' });
    expect(await axeViolations(page)).toEqual([]);
    expect(readFileSync(file).equals(before)).toBe(true);
    await page.screenshot({ path: path.join(tmpdir(), 'editeur-csv-deux-problemes.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: path.join(tmpdir(), 'editeur-csv-deux-problemes-375.png'), fullPage: true });
    await page.close();
  });

  it('edits a data file’s description in the editor: the YAML file changes and the sources page shows it', async () => {
    const file = path.join(dir, 'data/descriptions/jalons-csv.yaml');
    const before = readFileSync(file, 'utf8');
    // The CSV page leads to the description of each file.
    const csvPage = await openCsvPage();
    expect(await csvPage.getByRole('link', { name: 'Modifier la description de jalons.csv' }).getAttribute('href')).toBe('/keystatic/collection/descriptions/item/jalons-csv');
    await csvPage.close();
    const page = await open('/keystatic/collection/descriptions/item/jalons-csv', (p) => p.getByLabel('Date', { exact: true }));
    await page.screenshot({ path: path.join(tmpdir(), 'editeur-description.png') });
    await page.getByLabel('Date', { exact: true }).fill('exercice 2019-2020 (du 1er avril 2019 au 31 mars 2020).');
    await page.getByRole('button', { name: 'Sauvegarder' }).click();
    await until(page, () => readFileSync(file, 'utf8').includes('31 mars 2020'));
    expect(readFileSync(file, 'utf8')).toBe(before.replace('date: exercice 2019-2020.', 'date: exercice 2019-2020 (du 1er avril 2019 au 31 mars 2020).'));
    const sources = await (await fetch(`${base}/sources-et-methodologie/`)).text();
    // The description of jalons.csv on the page (French typography puts no-break spaces: they are read as spaces here).
    const section = sources.slice(sources.indexOf('>jalons.csv</h2>'), sources.indexOf('</ul>', sources.indexOf('>jalons.csv</h2>')));
    expect(section.replace(/\u2060/g, '').replace(/[\u00a0\u202f]/g, ' ')).toContain('<strong>Date</strong> : exercice 2019–2020 (du 1er avril 2019 au 31 mars 2020). </li>');
    writeFileSync(file, before);
    await page.close();
  });

  it('refuses a « new » file named as an existing one, which would replace it unseen', async () => {
    const file = path.join(dir, 'data/poles.csv');
    const before = readFileSync(file);
    const page = await openCsvPage();
    await upload(page, '', Buffer.from('id,nom\na,b\n'), 'poles.csv');
    expect(await page.getByRole('alert').locator('li').allInnerTexts()).toEqual([
      'un fichier poles.csv existe déjà : pour le remplacer, choisissez-le dans la liste « Fichier à remplacer ou à créer » ; pour en ajouter un autre, donnez-lui un autre nom',
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
    await page.close();
  });

  it('refuses an upload whose new name was typed while the list still shows a file to replace: both files as they were', async () => {
    const file = path.join(dir, 'data/poles.csv');
    const before = readFileSync(file);
    const page = await openCsvPage();
    await page.selectOption('#cible', 'poles.csv');
    await page.fill('#nom', 'poles-2021.csv');
    expect(await page.locator('#nom').getAttribute('title')).toBe('minuscules sans accents, chiffres et traits d’union, terminé par .csv (ex. activites-2020.csv)');
    await page.setInputFiles('#fichier', { name: 'poles-2021.csv', mimeType: 'text/csv', buffer: Buffer.from('id,nom\na,b\n') });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: 'Vérifier et enregistrer' }).click()]);
    expect(await page.getByRole('alert').locator('li').allInnerTexts()).toEqual([
      'vous avez écrit le nom d’un nouveau fichier (poles-2021.csv) mais choisi de remplacer poles.csv : rien n’est enregistré ; pour créer poles-2021.csv, choisissez « Nouveau fichier » dans la liste ; pour remplacer poles.csv, effacez le nom du nouveau fichier',
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'data/poles-2021.csv'))).toBe(false);
    await page.close();
  });

  it('stores a Windows-1252 upload as UTF-8 and publishes it under /donnees/ as UTF-8', async () => {
    const file = path.join(dir, 'data/jalons.csv');
    const original = readFileSync(file);
    const text = original.toString('utf8').replace('Lancement de SISMIC', 'Lancement de SISMIC à Montréal');
    const page = await openCsvPage();
    await upload(page, 'jalons.csv', toWindows1252(text));
    expect(await page.getByRole('status').innerText()).toBe(
      'data/jalons.csv est enregistré. Les pages qui l’utilisent sont à jour.\n\nIl était enregistré en Windows-1252 (« CSV (séparateur : point-virgule) » d’Excel) : il est conservé et publié en UTF-8, accents compris.',
    );
    expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
    const published = await fetch(`${base}/donnees/jalons.csv`);
    expect(published.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Buffer.from(await published.arrayBuffer()).equals(Buffer.from(text, 'utf8'))).toBe(true);
    writeFileSync(file, original);
    await page.close();
  });
  it('says a mistyped editor address in French', async () => {
    const page = await open('/keystatic/collection/chapters', (p) => p.getByText('Page introuvable').first());
    expect(await page.getByText('Cette page n’existe pas dans l’éditeur : revenez au tableau de bord.').count()).toBeGreaterThan(0);
    const english = (await visibleStrings(page)).flatMap((text) => englishIn(text).map((word) => `« ${text} » (${word})`));
    expect(english).toEqual([]);
    await page.close();
  }, 150_000);

  it('leads from the dashboard to the editor’s own pages: « Publier » and the CSV page', async () => {
    const page = await open('/keystatic', (p) => p.getByRole('link', { name: 'Publier mes modifications' }));
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Publier et fichiers de données' }) });
    expect(await section.locator('li').allInnerTexts()).toEqual([
      'Publier mes modifications — Vérifie le rapport, montre ce qui a changé et le met en ligne.',
      'Fichiers de données (CSV) — Remplacer ou ajouter un fichier enregistré depuis Excel.',
    ]);
    await Promise.all([page.waitForURL(`${base}/editeur/publier`, { timeout: 60_000 }), page.getByRole('link', { name: 'Publier mes modifications' }).click()]);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 60_000 }).toBe('Publier');
    await page.goBack({ waitUntil: 'load' });
    await Promise.all([page.waitForURL(`${base}/editeur/donnees`, { timeout: 60_000 }), page.getByRole('link', { name: 'Fichiers de données (CSV)' }).click()]);
    await page.locator('#fichier').waitFor({ timeout: 60_000 });
    await page.close();
  }, 150_000);

  it('shows staff no English word: dashboard, lists, a chapter with its insert menu and a Figure form, a figure form, the CSV page', async () => {
    const found: string[] = [];
    const check = async (page: Page, where: string) => {
      for (const text of await visibleStrings(page)) {
        const words = englishIn(text);
        if (words.length) found.push(`${where} : « ${text} » (${words.join(', ')})`);
      }
    };
    const visit = async (url: string, ready: (page: Page) => ReturnType<Page['locator']>) => {
      const page = await open(url, ready);
      await check(page, url);
      await page.close();
    };
    await visit('/keystatic', (p) => p.getByText('Tableau de bord').first());
    await visit('/keystatic/collection/figures', (p) => p.getByText('poles-par-region.csv').first());
    await visit('/keystatic/collection/figures/item/poles-par-region', (p) => p.getByLabel('Colonne des valeurs'));
    await visit('/keystatic/collection/figures/create', (p) => p.getByLabel('Titre').first());
    await visit('/editeur/donnees', (p) => p.locator('#fichier'));
    const page = await open('/keystatic/collection/chapitres/item/un-ecosysteme-tisse-serre', (p) => p.locator('[contenteditable="true"] p').first());
    await check(page, 'chapitre');
    await page.locator('[contenteditable="true"] p').first().click();
    await page.getByRole('button', { name: 'Type de paragraphe' }).click();
    await page.getByRole('option', { name: 'Intertitre 2' }).waitFor();
    await check(page, 'chapitre, type de paragraphe');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Insérer un élément/ }).click();
    await check(page, 'chapitre, menu d’insertion');
    await page.getByRole('menuitem', { name: 'Figure' }).click();
    await page.getByRole('dialog').waitFor();
    await check(page, 'chapitre, formulaire d’une figure');
    await page.close();
    expect(found).toEqual([]);
  }, 180_000);

  /** Clicks at the end of the paragraph of the chapter's text that starts with `start`. */
  const clickAtEndOf = async (page: Page, start: string) => {
    const point = await page.evaluate((start) => {
      const paragraph = [...document.querySelectorAll('[contenteditable="true"] p')].find((p) => p.textContent!.startsWith(start))!;
      paragraph.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1]!;
      return { x: last.right - 1, y: last.top + last.height / 2 };
    }, start);
    await page.mouse.click(point.x, point.y);
  };
  const chapterFile = () => path.join(dir, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx');
  const openChapter = () => open('/keystatic/collection/chapitres/item/un-ecosysteme-tisse-serre', (p) => p.locator('[contenteditable="true"] p').first());
  const save = async (page: Page, expected: (text: string) => boolean) => {
    await page.getByRole('button', { name: 'Sauvegarder' }).click();
    await until(page, () => expected(readFileSync(chapterFile(), 'utf8')));
  };

  it('types after the figure that ends a chapter: a click below it starts a paragraph', async () => {
    const before = readFileSync(chapterFile(), 'utf8');
    expect(before.endsWith('<Figure id="parler-au-nous-structure" />\n')).toBe(true);
    const page = await openChapter();
    const below = await page.evaluate(() => {
      const editor = document.querySelector('.ProseMirror')!;
      const last = editor.lastElementChild!;
      last.scrollIntoView({ block: 'center' });
      const r = last.getBoundingClientRect();
      return { x: r.left + 40, y: Math.min(r.bottom + 12, editor.getBoundingClientRect().bottom - 2) };
    });
    await page.mouse.click(below.x, below.y);
    // A paragraph is there, with the caret in it: staff see where they type (ProseMirror's own
    // answer, an invisible « gap cursor », looked as if the click did nothing).
    const caret = await page.evaluate(() => {
      const last = document.querySelector('.ProseMirror')!.lastElementChild!;
      return { tag: last.tagName, inIt: last.contains(getSelection()!.anchorNode) };
    });
    expect(caret).toEqual({ tag: 'P', inIt: true });
    await page.keyboard.type('Une phrase après la figure.');
    await save(page, (text) => text.includes('Une phrase après la figure.'));
    expect(readFileSync(chapterFile(), 'utf8')).toBe(`${before}\nUne phrase après la figure.\n`);
    await page.close();
  }, 120_000);

  it('asks which figure first when a Figure is inserted, and saves the one chosen there', async () => {
    const before = readFileSync(chapterFile(), 'utf8');
    const page = await openChapter();
    await clickAtEndOf(page, 'Une phrase après la figure.');
    await page.getByRole('button', { name: /^Insérer un élément/ }).click();
    await page.getByRole('menuitem', { name: 'Figure' }).click();
    // The Figure's form opens at once, with no figure chosen in advance.
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.getByRole('heading').innerText()).toBe('Modifier : Figure');
    expect(await dialog.getByRole('button', { name: /Figure à montrer/ }).innerText()).toContain('— choisissez une figure —');
    await dialog.getByRole('button', { name: /Figure à montrer/ }).click();
    await page.locator('[role="option"][data-key="carte-poles-par-region"]').click();
    await dialog.getByRole('button', { name: 'Terminé' }).click();
    await save(page, (text) => text.includes('carte-poles-par-region'));
    expect(readFileSync(chapterFile(), 'utf8')).toBe(`${before}\n<Figure id="carte-poles-par-region" />\n`);
    await page.close();
  }, 120_000);

  it('types after the figure that ends a chapter: Enter on the figure starts a paragraph, without opening its form', async () => {
    const before = readFileSync(chapterFile(), 'utf8');
    expect(before.endsWith('<Figure id="carte-poles-par-region" />\n')).toBe(true);
    const page = await openChapter();
    // The figure's name bar selects the figure (as a click on it does for staff).
    const bar = page.locator('.ProseMirror > :last-child').getByText('Figure', { exact: true });
    await bar.scrollIntoViewIfNeeded();
    await bar.click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Dernière phrase.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await save(page, (text) => text.includes('Dernière phrase.'));
    expect(readFileSync(chapterFile(), 'utf8')).toBe(`${before}\nDernière phrase.\n`);
    await page.close();
  }, 120_000);

  it('explains in French why a chapter cannot open: its real line, what is wrong, how to fix it', async () => {
    const problem = 'src/content/chapters/chapitre-casse.mdx, ligne 19, colonne 1 : balise <Encadre> ouverte mais jamais fermée (ajoutez </Encadre>)';
    // Named when the editor starts.
    expect(log).toContain(problem);
    const page = await open('/keystatic/collection/chapitres/item/chapitre-casse', (p) => p.getByText(problem));
    const notice = await page.getByText('Ce chapitre ne peut pas s’ouvrir dans l’éditeur.').locator('..').innerText();
    expect(notice).toContain(problem);
    expect(notice).not.toMatch(/Expected|line|7:1/);
    await page.getByRole('link', { name: 'Voir le problème et comment le corriger' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Le chapitre src/content/chapters/chapitre-casse.mdx dans l’éditeur');
    expect(await page.getByRole('alert').innerText()).toContain(problem);
    expect(await page.getByRole('heading', { name: 'Comment corriger' }).count()).toBe(1);
    expect(await page.locator('ol li').first().innerText()).toContain('Ouvrez le fichier src/content/chapters/chapitre-casse.mdx avec un éditeur de texte');
    await page.close();
  }, 120_000);
});
