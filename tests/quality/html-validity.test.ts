import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds, root } from '../helpers/build';
import { htmlFiles, readPage, textOf } from '../helpers/html';
import { svgAttributesPlugin } from './svg-attributes';

const siteTitle = 'Rapport annuel 2019–2020 du TIESS';

/** The project's html-validate configuration, plus the rule for inline SVG attributes. */
const projectConfig = JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({
  ...projectConfig,
  plugins: [svgAttributesPlugin],
  rules: { ...projectConfig.rules, 'tiess/svg-attributes': 'error' },
});

/** One line per problem: file, line:column, rule, message and the source around it (pages are minified to one line). */
function describeMessage(file: string, source: string, m: Message): string {
  const excerpt = source.slice(Math.max(0, m.offset - 40), m.offset + Math.max(m.size, 1) + 40).replace(/\s+/g, ' ');
  return `${path.relative(root, file)}:${m.line}:${m.column} ${m.ruleId} — ${m.message} — « …${excerpt}… »`;
}

/** Every problem html-validate finds in the HTML files of a build. */
async function invalidHtml(outDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const report = await validator.validateFile(file);
    const source = readFileSync(file, 'utf8');
    for (const result of report.results) for (const m of result.messages) problems.push(describeMessage(file, source, m));
  }
  return problems;
}

const meta = (doc: ReturnType<typeof readPage>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

const sites = [
  ['default', builds.default.outDir],
  ['gallery', builds.gallery.outDir],
] as const;

describe('the rule for inline SVG attributes', () => {
  it('reports attributes SVG does not have and bad font-variant values, with line and column, inside nested drawings too', async () => {
    const html = [
      '<!DOCTYPE html><html lang="fr"><head><title>Essai</title></head><body><main>',
      '<svg class="chart" viewBox="0 0 10 10" role="img" aria-label="Essai" focusable="false" data-x="1">',
      '<g font-variant="tabular-nums" text-anchor="end"><text x="1" font-variant-numeric="tabular-nums">1</text></g>',
      '<svg viewBox="0 0 1 1"><rect width="1" height="1" colour="red" /></svg><text font-variant="small-caps">a</text></svg>',
      '<p data-after="1">fin</p></main></body></html>',
    ].join('\n');
    const report = await validator.validateString(html, 'essai.html');
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([
      '3:4 tiess/svg-attributes bad value "tabular-nums" for the SVG attribute "font-variant" (on <g>)',
      '3:62 tiess/svg-attributes "font-variant-numeric" is not an SVG attribute (on <text>)',
      '4:51 tiess/svg-attributes "colour" is not an SVG attribute (on <rect>)',
    ]);
  });
});

describe.each(sites)('the HTML of the %s build', (_name, outDir) => {
  it('is valid: html-validate (recommended + document) and SVG attributes, with file, line, rule and message for each problem', async () => {
    expect(await invalidHtml(outDir)).toEqual([]);
  });

  it('the printable version has exactly one h1 (the cover), chapters are h2', () => {
    const doc = readPage(path.join(outDir, 'imprimer/index.html'));
    expect([...doc.querySelectorAll('h1')].map((h) => textOf(h))).toEqual(['Rapport annuel 2019–2020']);
    expect([...doc.querySelectorAll('.printable__chapter > h2')].map((h) => textOf(h))).toContain('Un écosystème tissé serré');
  });

  it('every shared page describes its image for Open Graph and Twitter, naming the report once', () => {
    const pages = htmlFiles(outDir).filter((file) => meta(readPage(file), 'og:image'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const doc = readPage(file);
      const where = path.relative(outDir, file);
      const og = meta(doc, 'og:image:alt');
      expect(og, where).toMatch(/\S/);
      expect(meta(doc, 'twitter:image:alt'), where).toBe(og);
      expect(occurrences(og!, siteTitle), `${where}: ${og}`).toBeLessThanOrEqual(1);
    }
  });

  it('every page has a meta description that says more than its title', () => {
    for (const file of htmlFiles(outDir)) {
      const doc = readPage(file);
      const where = path.relative(outDir, file);
      const title = textOf(doc.querySelector('title')!);
      const description = meta(doc, 'description');
      expect(description, where).toMatch(/\S/);
      const titles = [title, title.replace(` — ${siteTitle}`, ''), meta(doc, 'og:title')].filter(Boolean);
      expect(titles, `${where}: « ${description} »`).not.toContain(description);
    }
  });

  it('every oEmbed document has a numeric width and height, and its html is valid but for the two attributes that keep it fluid and borderless without style', async () => {
    const ids = readdirSync(path.join(outDir, 'embed'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    // Note: the snippet is pasted into partners' pages, not ours. A style attribute would be blocked by a
    // partner's strict Content-Security-Policy (style-src 'self'), and embed.js may be stripped by a CMS:
    // width="100%" and frameborder="0", which HTML calls obsolete but every browser honours, keep the
    // frame inside a phone's width and borderless without either. Nothing else may be invalid.
    const fragmentValidator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const allowed = [/^attribute-allowed-values — Attribute "width" has invalid value "100%"$/, /^no-deprecated-attr — Attribute "frameborder" is deprecated on <iframe> element$/];
    for (const id of ids) {
      const oembed = JSON.parse(readFileSync(path.join(outDir, 'embed', id, 'oembed.json'), 'utf8'));
      expect(Number.isInteger(oembed.width), id).toBe(true);
      expect(Number.isInteger(oembed.height), id).toBe(true);
      expect(oembed.html, id).not.toContain('style=');
      expect(oembed.html, id).toMatch(/ width="100%" height="\d+" frameborder="0" /);
      expect(Number(/ height="(\d+)"/.exec(oembed.html)![1]), id).toBeGreaterThanOrEqual(oembed.height);
      const report = await fragmentValidator.validateString(oembed.html, `${id}/oembed.json`);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} — ${m.message}`)).filter((m) => !allowed.some((a) => a.test(m))), id).toEqual([]);
    }
  });
});
