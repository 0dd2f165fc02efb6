import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { chapterComponents } from '../../keystatic.config';
import { editorComponentNames, editorLint } from '../../src/editor/chapter-lint';
import { readFigureFile } from '../../src/figures/declarative';
import { readChapters } from '../../src/markdown/check-chapters';
import { keystaticInternals, openAndSave, withBrowserMdx, type KeystaticInternals } from '../helpers/keystatic';

// The browser editor must open every chapter and figure file of the project, and saving without a
// change must not rewrite them: this runs Keystatic's own reading and writing in Node.

let ks: KeystaticInternals;
let chapterSchema: Record<string, any>;
let figureSchema: Record<string, any>;
const mdxOptions = { image: false, codeBlock: false };
beforeAll(async () => {
  ks = await keystaticInternals();
  chapterSchema = withBrowserMdx(ks, (config.collections!.chapitres as any).schema, 'body', chapterComponents, mdxOptions);
  figureSchema = (config.collections!.figures as any).schema;
});

const saveChapter = (text: string, slug = 'exemple') => openAndSave(ks, chapterSchema, 'titre', slug, text, 'body');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every message of an error, its causes and aggregated errors included (Keystatic wraps the MDX parser's). */
const reasons = (error: unknown): string => {
  const e = error as { message?: string; errors?: unknown[]; cause?: unknown };
  return [e?.message ?? String(error), ...(e?.errors ?? []).map(reasons), e?.cause ? reasons(e.cause) : ''].join(' ');
};

const head = '---\ntitre: Exemple\npartie: 1. Outiller\nordre: 1\nresume: Un résumé.\npages:\n  debut: 1\n  fin: 2\n---\n';

describe('every chapter opens in the editor and saves byte for byte', () => {
  const chapters = readChapters();
  it('finds the chapters', () => expect(chapters.length).toBeGreaterThan(0));
  for (const chapter of chapters) {
    it(`${chapter.id}: nothing the editor refuses or rewrites, and open then save leaves it identical`, () => {
      expect(editorLint(chapter.file, chapter.text).map((p) => p.text)).toEqual([]);
      expect(saveChapter(chapter.text, chapter.id)).toBe(chapter.text);
    });
  }

  it('editing one paragraph changes only that paragraph’s line', () => {
    const chapter = chapters[0]!;
    const paragraph = chapter.text.split('\n').find((l) => l.startsWith('Lancé en mai 2019'))!;
    const edited = chapter.text.replace(paragraph, paragraph.replace('incubateur', 'accélérateur'));
    const saved = saveChapter(edited, chapter.id).split('\n');
    const before = chapter.text.split('\n');
    expect(saved.length).toBe(before.length);
    expect(saved.flatMap((l, i) => (l === before[i] ? [] : [i]))).toEqual([before.indexOf(paragraph)]);
  });
});

describe('the lint names what the editor refuses or damages', () => {
  const cases: [string, string, RegExp][] = [
    ['## SISMIC {/* #sismic */}\n', 'ligne 10, colonne 11 : accolade', /Unhandled type mdxTextExpression/],
    ['Un texte[^1].\n\n[^1]: La note.\n', 'ligne 10, colonne 9 : note de bas de page', /damaged/],
    ['<Inconnu />\n', 'ligne 10, colonne 1 : balise <Inconnu> inconnue de l’éditeur', /Missing component definition for Inconnu/],
    ['\nUn texte.\n', 'ligne 10, colonne 1 : ligne vide juste après l’en-tête', /damaged/],
  ];
  for (const [body, message, editorSays] of cases) {
    it(`${message.replace(/^.*? : /, '')}`, () => {
      const text = head + body;
      const problems = editorLint('src/content/chapters/exemple.mdx', text).map((p) => p.text);
      expect(problems[0]).toContain(`exemple.mdx, ${message}`);
      expect(problems.every((p) => p.includes(message.replace(/^.*? : /, '')))).toBe(true);
      // The lint is not stricter than the editor: Keystatic refuses the chapter, or saving it rewrites it.
      let outcome: string;
      try {
        outcome = saveChapter(text) === text ? 'kept' : 'damaged';
      } catch (error) {
        outcome = reasons(error);
      }
      expect(outcome).toMatch(editorSays);
    });
  }

  it('accepts every component of the editor, the anchors included, and keeps them byte for byte', () => {
    const body = [
      '## Une section <Ancre id="une-section" />',
      '',
      '<ChiffresCles />',
      '',
      '<Figure id="carte-poles" />',
      '',
      '<Encadre titre="À retenir" ton="important">',
      '  Le texte de l’encadré.',
      '</Encadre>',
      '',
      '<Citation auteur="Une personne" source="une source">',
      '  Une phrase citée.',
      '</Citation>',
      '',
    ].join('\n');
    expect(editorLint('x.mdx', head + body)).toEqual([]);
    expect(saveChapter(head + body)).toBe(head + body);
    expect(editorComponentNames).toEqual(Object.keys(chapterComponents));
  });
});

describe('figure files open in the editor', () => {
  const dir = path.resolve('src/content/figures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it('finds the figure files', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    it(`${name}: saving it without a change keeps the same figure (and the editor's own form byte for byte)`, () => {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8');
      const saved = openAndSave(ks, figureSchema, 'titre', name.replace(/\.yaml$/, ''), text);
      const copy = mkdtempSync(path.join(tmpdir(), 'tiess-figure-'));
      temps.push(copy);
      writeFileSync(path.join(copy, name), saved);
      const original = readFigureFile(file);
      const reread = readFigureFile(path.join(copy, name));
      expect(reread.problems.map((p) => p.message)).toEqual([]);
      expect(reread.spec).toEqual(original.spec);
      if (/^type:\n {2}discriminant:/m.test(text)) expect(saved).toBe(text);
    });
  }

  it('keeps « fractions: oui » when a figure file is opened and saved', () => {
    const text = readFileSync(path.resolve('src/content/figures/poles-par-region.yaml'), 'utf8').replace('format: nombre\nfractions: false', 'format: pourcentage\nfractions: true');
    const saved = openAndSave(ks, figureSchema, 'titre', 'poles-par-region', text);
    expect(saved).toBe(text);
  });

  it('reads the editor’s nested form with the lines of its keys in messages', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'tiess-figure-'));
    temps.push(copy);
    const file = path.join(copy, 'essai.yaml');
    writeFileSync(
      file,
      ['titre: Essai', 'donnees: poles-par-region.csv', 'type:', '  discriminant: barres', '  value:', '    categorie: region', '    valeur: absente', '    surligner: []', 'source: Une source.', 'format: nombre', ''].join('\n'),
    );
    const read = readFigureFile(file);
    expect(read.spec).toMatchObject({ type: 'barres', categorie: 'region', valeur: 'absente', surligner: [], source: 'Une source.' });
    expect(read.lines.get('valeur')).toBe(7);
    expect(read.lines.get('type')).toBe(4);
  });
});

describe('data file descriptions open in the editor and save byte for byte', () => {
  const dir = path.resolve('data/descriptions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it('finds the descriptions', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    it(`${name}: open then save leaves it identical`, () => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const schema = (config.collections!.descriptions as any).schema;
      expect(openAndSave(ks, schema, 'fichier', name.replace(/\.yaml$/, ''), text)).toBe(text);
    });
  }
});
