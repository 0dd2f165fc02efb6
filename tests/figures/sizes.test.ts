import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredFigure, readFigureFile, type FigureFile } from '../../src/figures/declarative';
import { figureTypeNames, type FigureSpec } from '../../src/schemas/figure';
import { chartTypes } from '../../src/figures/types/index';
import { t } from '../../src/strings';
import { chartWidths } from '../../src/styles/theme';
import { figureYaml, syntheticCsv, typeCases, type CsvShape } from '../../scripts/synthetic-figures';

// The size budget of figure files at 100 000 rows (a donut at its 6 parts, a map at its 17
// regions): every type stays under 30 KB gzip at both widths, draws what it says, and its note
// tells the reader when the data was cut or averaged. One CSV per layout, shared by the types
// that read it (scripts/bench-types.ts prints the same cases at 10, 1 000 and 100 000 rows).

const budget = 30 * 1024;
const m = t.figureFile;
const dir = mkdtempSync(path.join(tmpdir(), 'tiess-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsOf = (shape: CsvShape) => (shape === 'parts' ? 6 : shape === 'regions' ? 17 : 100_000);
const written = new Set<CsvShape>();
/** The CSV of one layout, written once and read by every type that uses it. */
function csvFor(shape: CsvShape): string {
  const name = `${shape}.csv`.replace(':', '-');
  if (!written.has(shape)) writeFileSync(path.join(dir, name), syntheticCsv(shape, rowsOf(shape)));
  written.add(shape);
  return name;
}

const cut = m.truncatedCategories('60', '100\u202f000');
/** Per case: the rows drawn (and listed in the table) and the note the figure gets. */
const expected: Record<string, { rows: number; note: string | undefined }> = {
  barres: { rows: 60, note: cut },
  colonnes: { rows: 60, note: cut },
  'barres-groupees': { rows: 60, note: cut },
  'colonnes-groupees (long)': { rows: 60, note: m.truncatedCategories('60', '33\u202f334') },
  'barres-empilees': { rows: 60, note: cut },
  'colonnes-empilees (100 %)': { rows: 60, note: cut },
  lignes: { rows: 250, note: m.aggregatedPoints('250', '100\u202f000', '400') },
  'lignes (dates)': { rows: 250, note: m.aggregatedPoints('250', '100\u202f000', '400') },
  anneau: { rows: 6, note: undefined },
  tableau: { rows: 200, note: m.truncatedRows('200', '100\u202f000') },
  'carte-regions': { rows: 17, note: undefined },
  // A type folder's own case says what it draws.
  ...Object.fromEntries(Object.entries(chartTypes).flatMap(([type, chart]) => (chart.largeCase ? [[type, chart.largeCase.drawn(100_000)]] : []))),
};

describe('figure files at 100 000 rows stay small and say what they left out', () => {
  it('covers every figure type and every case of the benchmark', () => {
    expect([...new Set(typeCases.map((c) => c.type))].sort()).toEqual([...figureTypeNames].sort());
    expect(typeCases.map((c) => c.name).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const testCase of typeCases) {
    it(`${testCase.name}: < 30 KB gzip at ${chartWidths.narrow} and ${chartWidths.wide}, with its note`, () => {
      const id = testCase.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const yaml = path.join(dir, `${id}.yaml`);
      writeFileSync(yaml, figureYaml(testCase, csvFor(testCase.shape)));
      const file = readFigureFile(yaml, dir);
      expect(file.problems.map((p) => p.message)).toEqual([]);
      const figure = declaredFigure(file as FigureFile & { spec: FigureSpec });
      const rows = figure.rows();
      expect(rows).toHaveLength(expected[testCase.name]!.rows);
      expect(figure.note).toBe(expected[testCase.name]!.note);
      for (const width of [chartWidths.narrow, chartWidths.wide]) {
        const svg = figure.render(rows, { width, idPrefix: `${id}-${width}-`, labelledBy: 'a b' });
        expect(svg).toMatch(/^<svg[\s>]/);
        expect(gzipSync(svg).length, `${testCase.name} at ${width}`).toBeLessThan(budget);
      }
    });
  }

  it('the notes say it in French, numbers grouped with a narrow no-break space', () => {
    expect(cut).toBe('Seules les 60 premières catégories sur 100\u202f000 sont montrées ; le fichier de données les contient toutes.');
    expect(m.aggregatedPoints('250', '100\u202f000', '400')).toBe(
      'Les 100\u202f000 points de chaque série sont ramenés à 250 moyennes de 400 points consécutifs ; le fichier de données les contient tous.',
    );
    expect(m.truncatedRows('200', '100\u202f000')).toBe('Le tableau montre les 200 premières lignes sur 100\u202f000 ; le fichier de données les contient toutes.');
  });
});
