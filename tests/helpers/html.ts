import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Parses an HTML file of a build. */
export function readPage(file: string) {
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** All HTML files under a directory. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

/** A page's visible text with every kind of space folded to one plain space (and no invisible word joiner). */
export function textOf(node: { textContent: string | null }): string {
  return (node.textContent ?? '').replace(/\u2060/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** One internal reference that does not resolve. */
export interface BrokenLink {
  page: string;
  ref: string;
  reason: string;
}

/**
 * Checks every internal link and asset reference of every page in a build: the target file must
 * exist under the base path, and a #fragment must name an id in the target page.
 */
export function brokenLinks(outDir: string, base: string, site: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = new URL(site).origin;
  for (const file of htmlFiles(outDir)) {
    const doc = readPage(file);
    const pagePath = `${base}${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath, origin);
    const refs = [
      ...[...doc.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
      ...[...doc.querySelectorAll('[src]')].map((el) => el.getAttribute('src')!),
    ];
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== origin || url.protocol === 'mailto:') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: pagePath, ref, reason: `outside the base path ${base}` });
        continue;
      }
      let target = path.join(outDir, decodeURIComponent(url.pathname.slice(base.length)));
      if (url.pathname.endsWith('/')) target = path.join(target, 'index.html');
      if (!existsSync(target) || statSync(target).isDirectory()) {
        broken.push({ page: pagePath, ref, reason: 'no such file' });
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!readPage(target).getElementById(id)) broken.push({ page: pagePath, ref, reason: `no element with id "${id}"` });
      }
    }
  }
  return broken;
}
