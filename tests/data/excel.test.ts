import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DataError, decodeText, detectDelimiter, loadDataset, parseCsv, validateTable } from '../../src/data/csv';
import { csvDatasets } from '../../src/data/index';
import { date, normaliseNumber } from '../../src/data/cells';
import { polesDataset } from '../../src/data/poles';
import { asExcelFrench, toWindows1252 } from '../helpers/excel';

const windows1252Files = /partenaires|poles|jalons|composantes/;

describe('CSV files as people save them from Excel in French', () => {
  let dir: string;
  const canonical = new Map<string, unknown[]>();

  beforeAll(() => {
    for (const def of csvDatasets) canonical.set(def.file, loadDataset(def as never).map((r) => ({ ...r })));
    dir = mkdtempSync(path.join(tmpdir(), 'tiess-excel-'));
    cpSync(path.resolve('data/geo'), path.join(dir, 'geo'), { recursive: true });
    for (const def of csvDatasets) {
      const excel = asExcelFrench(readFileSync(path.resolve('data', def.file), 'utf8'));
      // Some files as Windows-1252, the others as UTF-8 with a BOM.
      const bytes = !windows1252Files.test(def.file) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(excel, 'utf8')]) : toWindows1252(excel);
      writeFileSync(path.join(dir, def.file), bytes);
    }
    process.env.REPORT_DATA_DIR = dir;
  });

  afterAll(() => {
    delete process.env.REPORT_DATA_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  for (const def of csvDatasets) {
    it(`${def.file}: the same rows as the plain UTF-8 comma file`, () => {
      const text = decodeText(readFileSync(path.join(dir, def.file))).text;
      expect(detectDelimiter(text.replace(/^\ufeff/, ''))).toBe(';');
      expect(loadDataset(def as never).map((r) => ({ ...r }))).toEqual(canonical.get(def.file));
    });
  }

  it('reads Windows-1252 accents and apostrophes exactly', () => {
    const bytes = readFileSync(path.join(dir, 'parler-au-nous-partenaires.csv'));
    expect(decodeText(bytes).encoding).toBe('windows-1252');
    expect(decodeText(bytes).text).toContain('Chantier de l’économie sociale');
  });
});

describe('numbers and dates as people type them', () => {
  it('accepts grouped thousands and a decimal comma', () => {
    expect(normaliseNumber('1 234')).toBe('1234');
    expect(normaliseNumber('1\u00a0234\u202f567')).toBe('1234567');
    expect(normaliseNumber(' -73,57 ')).toBe('-73.57');
    expect(normaliseNumber('1 234,5')).toBe('1234.5');
    expect(normaliseNumber('12 34')).toBe('12 34');
  });

  it('refuses what cannot be read one way only, saying what to write', () => {
    const table = parseCsv('id;name;region_code;region_name;city;lon;lat;source_url\r\nx;Nom;06;Montréal;Montréal;-73.570,5;45,5;https://exemple.org\r\n', 'data/poles.csv');
    expect(() => validateTable(table, polesDataset)).toThrow(
      'data/poles.csv, ligne 2, colonne 6 (« lon ») : nombre de -80 à -57 attendu, avec une virgule ou un point décimal (ex. « -68,5 »), reçu « -73.570,5 »',
    );
    const schema = z.object({ quand: date() });
    const def = { file: 'dates.csv', schema };
    const rows = validateTable(parseCsv('quand\n2019-05-01\n01/05/2019\n1/5/2019\n', 'data/dates.csv'), def);
    expect(rows.map((r) => r.quand)).toEqual(['2019-05-01', '2019-05-01', '2019-05-01']);
    for (const bad of ['05/2019', '2019-02-30', '2019/05/01', 'mai 2019']) {
      let error: unknown;
      try {
        validateTable(parseCsv(`quand\n${bad}\n`, 'data/dates.csv'), def);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(DataError);
      expect((error as DataError).message).toBe(
        `data/dates.csv, ligne 2, colonne 1 (« quand ») : date attendue, sous la forme 2019-05-01 ou 01/05/2019 (jour/mois/année), reçu « ${bad} »`,
      );
    }
  });
});
