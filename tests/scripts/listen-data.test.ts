// What « Écouter » plays, read from the marks of the real drawings (every listenable figure of the
// report and of the gallery, both widths), checked against each figure's own data table.
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { allFigures, buildFigure } from '../../src/figures/index';
import { listenableTypes, listenMode, listenSkipped } from '../../src/figures/listen';
import { figureTypeNames } from '../../src/figures/types/index';
import { dataMarks, frequencies, lowest, marksTones, octaves, pointsTones, readNumber, type Tone } from '../../src/scripts/listen-data';
import { formatNumber, valueFormatter, type ValueUnit } from '../../src/utils/format';

const galleryBefore = process.env.GALERIE;
process.env.GALERIE = '1';
afterAll(() => {
  if (galleryBefore === undefined) delete process.env.GALERIE;
  else process.env.GALERIE = galleryBefore;
});

const marksOf = (svg: string) =>
  [...parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelectorAll(dataMarks)].map((e) => ({
    label: e.getAttribute('data-label')!,
    value: e.getAttribute('data-value')!,
  }));

describe('readNumber: the number a mark’s value starts with', () => {
  it('reads every unit and sign the figure files can ask for, as src/utils/format.ts writes them', () => {
    const units: ValueUnit[] = ['nombre', 'pourcentage', 'dollars', 'k$', 'M$'];
    for (const unit of units)
      for (const decimals of [0, 1, 2])
        for (const n of [0, 7, -7, 12.5, -1234.56, 1234567.25, 0.05]) {
          const shown = valueFormatter(unit, decimals).value(n);
          expect(readNumber(shown), `${unit} ${decimals} ${shown}`).toBeCloseTo(Number(n.toFixed(decimals)), 6);
        }
  });

  it('reads the value before a share, and nothing from a missing value', () => {
    expect(readNumber(`60 (60\u00a0%)`)).toBe(60);
    expect(readNumber(`2,1\u00a0M$ (50\u00a0%)`)).toBe(2.1);
    expect(readNumber(formatNumber(-1200))).toBe(-1200);
    expect(readNumber('—')).toBeUndefined();
  });
});

describe('the listenable types', () => {
  it('are chart types that exist', () => {
    for (const type of listenableTypes) expect(figureTypeNames).toContain(type);
    // Each declares it in its folder (`listen` of its type.ts).
    expect([...listenableTypes].sort()).toEqual(
      ['aires', 'barres', 'barres-empilees', 'barres-groupees', 'colonnes', 'colonnes-empilees', 'colonnes-groupees', 'lignes', 'nuage-de-points'],
    );
    expect(listenSkipped('aires')).toEqual(['Total']);
    expect(listenSkipped('lignes')).toEqual([]);
    expect(listenMode('anneau')).toBeUndefined();
    expect(listenMode('nuage-de-points')).toBe('points');
    expect(listenMode('lignes')).toBe('marks');
  });
});

describe('the tones of every listenable figure follow its data table', () => {
  const figures = allFigures().filter((f) => f.kind === 'chart' && listenMode(f.declared?.type));

  it('covers the report’s figure and a gallery example of every listenable type', () => {
    const types = new Set(figures.map((f) => f.declared!.type));
    expect([...types].sort()).toEqual([...listenableTypes].sort());
    expect(figures.map((f) => f.id)).toContain('poles-par-region');
  });

  for (const figure of figures) {
    for (const width of ['narrow', 'wide'] as const) {
      it(`${figure.id} (${width})`, () => {
        const built = buildFigure(figure.id);
        const marks = marksOf(built.svg[width]!);
        const { headers, raw } = built.table;
        if (listenMode(figure.declared!.type) === 'points') {
          // Scatter: x, y, then size, then colour category (as its table: name, x, y, size, category).
          const tones = pointsTones(marks);
          const rows = raw.filter((r) => typeof r[1] === 'number' && typeof r[2] === 'number');
          expect(tones).toHaveLength(rows.length);
          // The colour category is the table's last column, words rather than numbers; without one, a single series.
          const last = headers.length - 1;
          const group = (r: (typeof rows)[number]) => (rows.every((row) => typeof row[last] === 'string') ? String(r[last]) : '');
          const groups = [...new Set(rows.map(group))];
          expect([...new Set(tones.map((t) => t.series))].sort()).toEqual(groups.sort());
          for (const series of groups) {
            const mine = tones.filter((t) => t.series === series);
            const expected = rows.filter((r) => group(r) === series).sort((a, b) => (a[1] as number) - (b[1] as number));
            expect(mine.map((t) => t.said.split('\u00a0: ')[0]), series).toEqual(expected.map((r) => String(r[0])));
            mine.forEach((t, i) => expect(t.value).toBeCloseTo(expected[i]![2] as number, 1));
          }
          return;
        }
        // Bars, columns, lines, areas: series after series (the table's columns), each in the table's row order.
        const tones = marksTones(marks, listenSkipped(figure.declared!.type));
        const expected: { series: string; category: string; value: number }[] = [];
        for (let s = 1; s < headers.length; s++)
          for (const row of raw) if (typeof row[s] === 'number') expected.push({ series: headers.length > 2 ? headers[s]! : '', category: String(row[0]), value: row[s] as number });
        expect(tones.map((t) => t.series)).toEqual(expected.map((e) => e.series));
        tones.forEach((t, i) => {
          expect(t.value, t.said).toBeCloseTo(expected[i]!.value, 0);
          expect(t.seriesIndex).toBe(headers.slice(1).indexOf(expected[i]!.series) === -1 ? 0 : headers.slice(1).indexOf(expected[i]!.series));
        });
      });
    }
  }
});

describe('pitch', () => {
  const tone = (value: number, series = ''): Tone => ({ value, series, seriesIndex: 0, said: '', mark: 0 });

  it('rises with the value, from the lowest note to three octaves above', () => {
    const tones = [5, -2, 40, 12.5, 12.5, 0].map((v) => tone(v));
    const f = frequencies(tones);
    expect(f[1]).toBeCloseTo(lowest, 6);
    expect(f[2]).toBeCloseTo(lowest * 2 ** octaves, 6);
    for (let i = 0; i < tones.length; i++)
      for (let j = 0; j < tones.length; j++) if (tones[i]!.value > tones[j]!.value) expect(f[i]).toBeGreaterThan(f[j]!);
    expect(f[3]).toBe(f[4]);
  });

  it('is the middle note when every value is the same', () => {
    expect(frequencies([tone(3), tone(3)])).toEqual([lowest * 2 ** 1.5, lowest * 2 ** 1.5]);
  });
});
