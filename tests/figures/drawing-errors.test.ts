import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A failure met while drawing (a renderer or the PNG rasteriser throwing, in English, with a stack)
// reaches staff as one French line: the figure's file, the chapters that show it, what to do, and
// the reason.

vi.mock('../../src/charts/bars/bars', async (original) => ({
  ...(await original<typeof import('../../src/charts/bars/bars')>()),
  renderBarChart: () => {
    throw new Error('renderBarChart: something unexpected');
  },
}));
vi.mock('../../src/charts/png', async (original) => ({
  ...(await original<typeof import('../../src/charts/png')>()),
  svgToPng: () => Promise.reject(new Error('Input buffer has corrupt header: glib: XML parse error')),
}));

const dir = mkdtempSync(path.join(tmpdir(), 'tiess-drawing-'));
const figures = path.join(dir, 'figures');
const chapters = path.join(dir, 'chapters');
const saved = { figures: process.env.REPORT_FIGURES_DIR, chapters: process.env.REPORT_CHAPTERS_DIR, cache: process.env.FIGURE_CACHE };

beforeAll(() => {
  mkdirSync(figures);
  mkdirSync(chapters);
  writeFileSync(
    path.join(figures, 'activites.yaml'),
    'type: barres\ntitre: Activités\ndonnees: poles-par-region.csv\ncategorie: region\nvaleur: poles\nsource: Essai.\n',
  );
  writeFileSync(path.join(chapters, 'un.mdx'), '---\ntitre: Un\n---\nTexte.\n\n<Figure id="activites" />\n');
  writeFileSync(path.join(chapters, 'deux.mdx'), '---\ntitre: Deux\n---\n\n\nTexte.\n\n<Figure id="activites" />\n<Figure id="jalons-initiatives" />\n');
  process.env.REPORT_FIGURES_DIR = figures;
  process.env.REPORT_CHAPTERS_DIR = chapters;
  process.env.FIGURE_CACHE = '0';
});
afterAll(() => {
  for (const [key, value] of [
    ['REPORT_FIGURES_DIR', saved.figures],
    ['REPORT_CHAPTERS_DIR', saved.chapters],
    ['FIGURE_CACHE', saved.cache],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('a failure while drawing a figure', () => {
  it('names the figure file, every chapter line that shows it, what to do and the reason, in French, without a stack', async () => {
    const { buildFigure } = await import('../../src/figures/index');
    const error = (() => {
      try {
        buildFigure('activites');
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected the drawing to fail');
    })();
    expect(error.message).toBe(
      `${path.join(figures, 'activites.yaml')} : la figure « activites » n’a pas pu être dessinée (elle est placée dans ${path.join(chapters, 'deux.mdx')}, ligne 8 ; ${path.join(chapters, 'un.mdx')}, ligne 6) ; vérifiez ses données, et si elles sont justes, transmettez ce message à l’équipe technique. Détail : renderBarChart: something unexpected`,
    );
    expect(error.stack).toBe(error.message);
  });

  it('a bespoke figure is named by its module; its PNG failure too', async () => {
    const { figurePng } = await import('../../src/figures/index');
    await expect(figurePng('jalons-initiatives')).rejects.toThrow(
      `src/figures/jalons-initiatives.ts : la figure « jalons-initiatives » n’a pas pu être dessinée (elle est placée dans ${path.join(chapters, 'deux.mdx')}, ligne 9) ; vérifiez ses données, et si elles sont justes, transmettez ce message à l’équipe technique. Détail : Input buffer has corrupt header: glib: XML parse error`,
    );
  });

  it('a figure placed in no chapter says so', async () => {
    const { figurePng } = await import('../../src/figures/index');
    await expect(figurePng('parler-au-nous-structure')).rejects.toThrow(
      'src/figures/parler-au-nous-structure.ts : la figure « parler-au-nous-structure » n’a pas pu être dessinée (elle n’est placée dans aucun chapitre) ; ',
    );
  });
});
