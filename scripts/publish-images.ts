// The pictures of the « Publier » section of docs/editeur.md (docs/images/editeur-publier*.png): the
// page on a copy of the project under git with a bare repository as its remote, the editor started
// as staff start it (scripts/edit.mjs): a check that fails, the list with the sentence, the result,
// and a publication stopped because someone else changed the same file. 1100 px wide, palette PNG.
// Usage: npx vite-node scripts/publish-images.ts   (OUT=<folder> to write elsewhere; a free port with PORT)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/chromium';

const root = process.cwd();
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const top = mkdtempSync(path.join(tmpdir(), 'shots-'));
const remote = path.join(top, 'depot.git');
const dir = path.join(top, 'projet');
mkdirSync(dir);
for (const e of ['.gitignore', 'astro.config.mjs', 'keystatic.config.ts', 'package.json', 'tsconfig.json', 'scripts', 'src', 'data', 'public']) cpSync(path.join(root, e), path.join(dir, e), { recursive: true });
mkdirSync(path.join(dir, 'node_modules'));
for (const e of readdirSync(path.join(root, 'node_modules'))) if (e !== '.vite' && e !== '.astro') symlinkSync(path.join(root, 'node_modules', e), path.join(dir, 'node_modules', e));
git(top, 'init', '-q', '--bare', '--initial-branch=main', remote);
git(dir, 'init', '-q', '--initial-branch=main');
git(dir, 'config', 'user.name', 'Camille');
git(dir, 'config', 'user.email', 'camille@example.org');
git(dir, 'add', '-A');
git(dir, 'commit', '-q', '-m', 'Départ');
git(dir, 'remote', 'add', 'origin', remote);
git(dir, 'push', '-q', '-u', 'origin', 'main');
// Someone else, who publishes meanwhile.
const bob = path.join(top, 'bob');
git(top, 'clone', '-q', remote, bob);
git(bob, 'config', 'user.name', 'Bob');
git(bob, 'config', 'user.email', 'b@example.org');
const port = Number(process.env.PORT ?? 4399);
let log = '';
const dev = spawn(process.execPath, ['scripts/edit.mjs', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, detached: true, env: { ...process.env, NODE_ENV: 'development', BROWSER: 'none', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(top, 'cache') } });
dev.stdout!.on('data', (c) => (log += c));
dev.stderr!.on('data', (c) => (log += c));
while (!log.includes('watching for file changes')) await new Promise((r) => setTimeout(r, 100));
const base = `http://127.0.0.1:${port}`;
const browser = await launchBrowser();
const out = path.resolve(process.env.OUT ?? 'docs/images');
const settle = () => new Promise((r) => setTimeout(r, 2500));
/** The page, cropped to its content: from above the title to below the last link, at most 900 px. */
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  const buf = await page.screenshot({ fullPage: true });
  const main = (await page.locator('main').boundingBox())!;
  const clip = { left: 0, top: Math.max(0, Math.round(main.y) - 16), width: 1100, height: Math.min(Math.round(main.height) + 32, 900) };
  await sharp(buf).extract(clip).png({ palette: true, colours: 64 }).toFile(path.join(out, `${name}.png`));
};
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1 });
  // 1. A check that fails.
  const jalons = path.join(dir, 'data/jalons.csv');
  const jalonsText = readFileSync(jalons, 'utf8');
  writeFileSync(jalons, jalonsText.replace('sismic-lancement,sismic,2019,5,', 'sismic-lancement,sismic,2019,mai,'));
  await page.goto(`${base}/editeur/publier`, { waitUntil: 'networkidle', timeout: 120000 });
  await shot(page, 'editeur-publier-erreurs');
  // 2. The list, with the sentence typed; 3. the result.
  writeFileSync(jalons, jalonsText.replace('Lancement de SISMIC', 'Lancement officiel de SISMIC'));
  const ch = path.join(dir, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx');
  writeFileSync(ch, readFileSync(ch, 'utf8').replace('un incubateur destiné', 'un accélérateur destiné'));
  await settle();
  await page.goto(`${base}/editeur/publier`, { waitUntil: 'networkidle' });
  await page.getByLabel('Décrivez votre modification en une phrase (obligatoire)').fill('Précise le lancement de SISMIC');
  await shot(page, 'editeur-publier');
  await Promise.all([page.waitForURL(/resultat=/, { timeout: 120000 }), page.getByRole('button', { name: 'Publier' }).click()]);
  await shot(page, 'editeur-publier-ok');
  // 4. Someone else changed the same file meanwhile.
  git(bob, 'pull', '-q');
  const bj = path.join(bob, 'data/jalons.csv');
  writeFileSync(bj, readFileSync(bj, 'utf8').replace('Lancement officiel de SISMIC', 'Lancement public de SISMIC'));
  git(bob, 'commit', '-qam', 'Bob');
  git(bob, 'push', '-q');
  writeFileSync(jalons, readFileSync(jalons, 'utf8').replace('Lancement officiel de SISMIC', 'Lancement de SISMIC (mai 2019)'));
  await settle();
  await page.goto(`${base}/editeur/publier`, { waitUntil: 'networkidle' });
  await page.getByLabel('Décrivez votre modification en une phrase (obligatoire)').fill('Ajoute le mois du lancement');
  await Promise.all([page.waitForURL(/resultat=/, { timeout: 120000 }), page.getByRole('button', { name: 'Publier' }).click()]);
  await shot(page, 'editeur-publier-conflit');
} finally {
  await browser.close();
  process.kill(-dev.pid!);
  rmSync(top, { recursive: true, force: true });
}
