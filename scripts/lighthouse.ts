// npm run lighthouse: Lighthouse 13 (mobile emulation) on the built site, served as a static host
// would (with public/_headers), in Debian's Chromium. Prints the four category scores per page.
// Usage: npm run build && npm run lighthouse
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium';
import { serveStatic } from '../tests/helpers/static-server';

const pages = [
  { name: 'accueil', path: '' },
  { name: 'chapitre', path: 'chapitres/un-ecosysteme-tisse-serre/' },
  { name: 'intégration (carte)', path: 'embed/carte-poles/', noindex: true },
];

const profile = mkdtempSync(path.join(tmpdir(), 'tiess-lh-'));
const chrome = spawn(chromiumPath, [
  '--headless=new',
  ...chromiumArgs,
  '--remote-debugging-port=0',
  `--user-data-dir=${profile}`,
  'about:blank',
]);
const port = await new Promise<number>((resolve, reject) => {
  let seen = '';
  chrome.stderr.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
    const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
    if (match) resolve(Number(match[1]));
  });
  chrome.on('exit', () => reject(new Error(`Chromium exited:\n${seen}`)));
});

const server = await serveStatic(path.resolve(process.env.OUT_DIR ?? 'dist'));
const rows: string[][] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page.path}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const score = (key: string) => String(Math.round((categories[key]?.score ?? 0) * 100));
    rows.push([page.name, score('performance'), score('accessibility'), score('best-practices'), page.noindex ? `(${score('seo')}, noindex)` : score('seo')]);
    const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
    if (failing.length) console.log(`${page.name} — audits below 100: ${failing.map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`).join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const header = ['page', 'performance', 'accessibilité', 'bonnes pratiques', 'SEO'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
