import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { root } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/chromium';
import { devServerEnv, freePort, linkNodeModules, untilDevServerStarted } from '../helpers/editor';

// The editor's « Publier » page in Chromium, the clean path: a copy of the project under git with a
// bare repository as its remote, the editor started as staff start it (`npm run edit -- --port N`,
// i.e. scripts/edit.mjs), two files changed, one sentence, « Publier ».

/** An element's text with its spaces (no-break ones included) as plain spaces. */
const textOf = async (locator: Locator) => (await locator.textContent())!.replace(/\s+/g, ' ').trim();
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

describe.runIf(browserAvailable())('the « Publier » page, local mode', () => {
  let top = '';
  let dir = '';
  let remote = '';
  let dev: ChildProcess | undefined;
  let browser: Browser;
  let base = '';
  let log = '';

  beforeAll(async () => {
    top = mkdtempSync(path.join(tmpdir(), 'tiess-publier-page-'));
    remote = path.join(top, 'depot.git');
    dir = path.join(top, 'projet');
    mkdirSync(dir);
    for (const entry of ['.gitignore', 'astro.config.mjs', 'keystatic.config.ts', 'package.json', 'tsconfig.json', 'scripts', 'src', 'data', 'public']) {
      cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    linkNodeModules(dir);
    git(top, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
    git(dir, 'init', '--quiet', '--initial-branch=main');
    git(dir, 'config', 'user.name', 'Camille Communications');
    git(dir, 'config', 'user.email', 'camille@example.org');
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', 'Départ');
    git(dir, 'remote', 'add', 'origin', remote);
    git(dir, 'push', '--quiet', '-u', 'origin', 'main');

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, ['scripts/edit.mjs', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: dir,
      detached: true,
      // BROWSER=none: `--open /keystatic` opens no browser here.
      env: devServerEnv({ BROWSER: 'none', ASTRO_CACHE_DIR: path.join(top, 'cache') }),
    });
    dev.stdout!.on('data', (chunk) => (log += chunk));
    dev.stderr!.on('data', (chunk) => (log += chunk));
    await untilDevServerStarted(() => log);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dev?.pid) process.kill(-dev.pid);
    rmSync(top, { recursive: true, force: true });
  });

  it('lists the changes in words, publishes with the sentence, answers with a redirect, and publishes once', async () => {
    expect(log).toContain(`127.0.0.1:${base.split(':').pop()}`);
    const chapter = path.join(dir, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('un incubateur destiné', 'un accélérateur destiné'));
    const jalons = path.join(dir, 'data/jalons.csv');
    writeFileSync(jalons, readFileSync(jalons, 'utf8').replace('Lancement de SISMIC', 'Lancement officiel de SISMIC'));
    const before = git(remote, 'rev-parse', 'main');

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Note: the page is cut from the dev server's live reload, which reloads every open page a moment
    // after a data file changes (this test changes data/jalons.csv several times) and made a later
    // navigation wait past its time limit; the test goes to each page itself.
    await page.routeWebSocket(/./, () => {});
    await page.goto(`${base}/editeur/publier`, { waitUntil: 'networkidle', timeout: 90_000 });
    expect(await page.locator('h1').textContent()).toBe('Publier');
    expect(await textOf(page.locator('#verification + p'))).toBe('Aucun problème : le rapport peut être publié.');
    const items = await page.locator('section[aria-labelledby="contenu-publie"]').evaluate((s) => [...s.querySelectorAll('h3, li')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
    expect(items).toEqual([
      'Chapitres',
      '« Un écosystème tissé serré » : modifié (src/content/chapters/un-ecosysteme-tisse-serre.mdx)',
      'Fichiers de données',
      'data/jalons.csv : modifié (lu par « Les jalons datés des trois initiatives », « Parler au nous : partenaires, axes et composantes du projet »)',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Décrivez votre modification en une phrase (obligatoire)').fill('Précise le lancement de SISMIC');
    const token = await page.locator('input[name="jeton"]').inputValue();
    const responses: { method: string; status: number }[] = [];
    page.on('response', (r) => responses.push({ method: r.request().method(), status: r.status() }));
    await Promise.all([page.waitForURL(/\/editeur\/publier\?resultat=/, { timeout: 120_000 }), page.getByRole('button', { name: 'Publier' }).click()]);
    // Post/Redirect/Get: the POST is answered with 303, the result is a GET.
    expect(responses.slice(0, 2)).toEqual([
      { method: 'POST', status: 303 },
      { method: 'GET', status: 200 },
    ]);
    const published = git(remote, 'rev-parse', 'main');
    expect(published).not.toBe(before);
    const short = git(remote, 'rev-parse', '--short', 'main');
    expect(await textOf(page.getByRole('status').first())).toBe(
      `Publié. Vos modifications sont dans le dépôt (enregistrement ${short} : « Précise le lancement de SISMIC »). Le site en ligne sera à jour dans quelques minutes, une fois la vérification de GitHub terminée.`,
    );
    expect(git(remote, 'log', '-1', '--format=%s|%an', 'main')).toBe('Précise le lancement de SISMIC|Camille Communications');
    expect(git(remote, 'diff', '--name-only', `${before}`, 'main').split('\n')).toEqual(['data/jalons.csv', 'src/content/chapters/un-ecosysteme-tisse-serre.mdx']);
    expect(git(remote, 'show', 'main:data/jalons.csv')).toContain('Lancement officiel de SISMIC');
    expect(await axeViolations(page)).toEqual([]);

    // A reload shows the same result and sends nothing; the same form sent again publishes nothing more.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await textOf(page.getByRole('status').first())).toContain(`enregistrement ${short}`);
    writeFileSync(jalons, readFileSync(jalons, 'utf8').replace('Lancement officiel', 'Lancement public'));
    const again = await page.request.post(`${base}/editeur/publier`, { form: { jeton: token, phrase: 'Encore' }, maxRedirects: 0 });
    expect([again.status(), again.headers().location]).toEqual([303, `/editeur/publier?resultat=${token}`]);
    expect(git(remote, 'rev-parse', 'main')).toBe(published);
    // A form never shown (or from before a restart) is refused, and says so.
    const unknown = await page.request.post(`${base}/editeur/publier`, { form: { jeton: 'inconnu', phrase: 'Encore' }, maxRedirects: 0 });
    expect([unknown.status(), unknown.headers().location]).toEqual([303, '/editeur/publier?perime=1']);
    expect(git(remote, 'rev-parse', 'main')).toBe(published);
    // A publication whose answer the page never got (the dev server reloads the waiting page when a
    // publication changes files): the next visit of the page shows that result, not a new form.
    const form = await (await page.request.get(`${base}/editeur/publier`)).text();
    const fresh = /name="jeton" value="([^"]+)"/.exec(form)![1]!;
    const sent = await page.request.post(`${base}/editeur/publier`, { form: { jeton: fresh, phrase: 'Dit « public »' }, maxRedirects: 0 });
    expect(sent.status()).toBe(303);
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('Dit « public »');
    await page.goto(`${base}/editeur/publier`, { waitUntil: 'networkidle' });
    expect(page.url()).toBe(`${base}/editeur/publier?resultat=${fresh}`);
    expect(await textOf(page.getByRole('status').first())).toContain(`enregistrement ${git(remote, 'rev-parse', '--short', 'main')} : « Dit « public » »`);
    await page.goto(`${base}/editeur/publier`, { waitUntil: 'networkidle' });
    expect(page.url()).toBe(`${base}/editeur/publier`);
    expect(await textOf(page.locator('#contenu-publie + p'))).toBe('Rien à publier : le dépôt a déjà toutes vos modifications.');

    // A problem appearing after the form was shown: the POST checks again and publishes nothing.
    writeFileSync(jalons, readFileSync(jalons, 'utf8').replace('Lancement public', 'Lancement'));
    await new Promise((r) => setTimeout(r, 1000));
    const shown = await (await page.request.get(`${base}/editeur/publier`)).text();
    const last = /name="jeton" value="([^"]+)"/.exec(shown)![1]!;
    writeFileSync(jalons, readFileSync(jalons, 'utf8').replace('sismic-lancement,sismic,2019,5,', 'sismic-lancement,sismic,2019,mai,'));
    const refused = await page.request.post(`${base}/editeur/publier`, { form: { jeton: last, phrase: 'Avec une erreur' }, maxRedirects: 0 });
    expect(refused.status()).toBe(303);
    // Note: the result is in the server-rendered HTML: the test waits for the document.
    await page.goto(`${base}${refused.headers().location}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    expect(await textOf(page.getByRole('alert'))).toBe(
      'Rien n’a été publié : le rapport a des problèmes à corriger d’abord. data/jalons.csv, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »',
    );
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('Dit « public »');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Dit « public »');
    await page.close();
  }, 360_000);
});
