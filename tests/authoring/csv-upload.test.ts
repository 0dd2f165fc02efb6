import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absentVersion, checkUploadedCsv, fileVersion, keepResult, resultOf, saveUploadedCsv } from '../../src/editor/csv-upload';
import { toWindows1252 } from '../helpers/excel';

// The CSV page's server side (src/editor/csv-upload.ts) on a copy of data/: what is written, what is
// refused and with which French message. The page itself is driven in tests/browser/editor.test.ts.

let data = '';
const previous = process.env.REPORT_DATA_DIR;
beforeEach(() => {
  data = mkdtempSync(path.join(tmpdir(), 'tiess-upload-'));
  cpSync(path.resolve('data'), data, { recursive: true });
  process.env.REPORT_DATA_DIR = data;
});
afterEach(() => {
  if (previous === undefined) delete process.env.REPORT_DATA_DIR;
  else process.env.REPORT_DATA_DIR = previous;
  rmSync(data, { recursive: true, force: true });
});
const onDisk = (name: string) => readFileSync(path.join(data, name));
const shown = (messages: string[]) => messages.map((m) => m.split(data).join('data'));

describe('an upload is written only over the version the page showed', () => {
  it('a file changed after the page was loaded is kept, and the upload refused', () => {
    const loaded = fileVersion('jalons.csv');
    const newer = Buffer.from(onDisk('jalons.csv').toString('utf8').replace('Lancement de SISMIC', 'Lancement du projet SISMIC'));
    expect(saveUploadedCsv('jalons.csv', newer, loaded)).toEqual({ kind: 'saved', file: 'data/jalons.csv', converted: false });
    const older = Buffer.from(onDisk('jalons.csv').toString('utf8').replace('Lancement du projet SISMIC', 'Lancement de SISMIC'));
    expect(saveUploadedCsv('jalons.csv', older, loaded)).toEqual({ kind: 'stale', file: 'data/jalons.csv', change: 'changed' });
    expect(onDisk('jalons.csv').equals(newer)).toBe(true);
  });

  it('a new file (« absent ») whose name appeared meanwhile is kept; one removed meanwhile is not written', () => {
    const first = Buffer.from('annee,nombre\n2019,1\n');
    expect(saveUploadedCsv('activites.csv', first, absentVersion).kind).toBe('saved');
    expect(saveUploadedCsv('activites.csv', Buffer.from('annee,nombre\n2019,2\n'), absentVersion)).toEqual({ kind: 'stale', file: 'data/activites.csv', change: 'created' });
    expect(onDisk('activites.csv').equals(first)).toBe(true);
    const loaded = fileVersion('activites.csv');
    rmSync(path.join(data, 'activites.csv'));
    expect(saveUploadedCsv('activites.csv', first, loaded)).toEqual({ kind: 'stale', file: 'data/activites.csv', change: 'removed' });
    expect(existsSync(path.join(data, 'activites.csv'))).toBe(false);
  });
});

describe('what is stored', () => {
  it('a Windows-1252 upload is stored as UTF-8', () => {
    const text = 'région,activités\nMontréal,12\nL’Île-Perrot,3\n';
    expect(saveUploadedCsv('activites.csv', toWindows1252(text), absentVersion)).toEqual({ kind: 'saved', file: 'data/activites.csv', converted: true });
    expect(onDisk('activites.csv').equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('a UTF-8 upload is stored byte for byte, Excel’s BOM included', () => {
    const bytes = Buffer.from('\ufeffannee;nombre\r\n2019;1,5\r\n', 'utf8');
    expect(saveUploadedCsv('activites.csv', bytes, absentVersion).kind).toBe('saved');
    expect(onDisk('activites.csv').equals(bytes)).toBe(true);
  });
});

describe('every problem at once, as the build would report them', () => {
  it('a new CSV no figure reads gets the shape checks: a row with a cell missing is refused', () => {
    const problems = checkUploadedCsv('inscriptions.csv', Buffer.from('region,inscriptions\nEstrie,environ 140\nLaval\nOutaouais,12\n'));
    expect(shown(problems)).toEqual(['data/inscriptions.csv, ligne 3, colonne 2 : cette ligne a 1 cellule alors que l’en-tête en compte 2 (virgule en trop ou manquante ?)']);
    expect(existsSync(path.join(data, 'inscriptions.csv'))).toBe(false);
  });

  it('a column a figure reads missing and « n.d. » in a number cell: both listed, nothing written', () => {
    const before = onDisk('poles-par-region.csv');
    const lines = before.toString('utf8').trim().split('\n');
    const upload = lines.map((l, i) => {
      const [code, , poles] = l.split(',');
      return `${code},${i === 2 ? 'n.d.' : poles}`;
    });
    const result = saveUploadedCsv('poles-par-region.csv', Buffer.from(`${upload.join('\n')}\n`), fileVersion('poles-par-region.csv'));
    expect(result.kind).toBe('rejected');
    expect(shown((result as { problems: string[] }).problems)).toEqual([
      'src/content/figures/poles-par-region.yaml, ligne 6 : categorie : la colonne « region » n’existe pas dans data/poles-par-region.csv ; ses colonnes sont : code, poles',
      'data/poles-par-region.csv, ligne 3, colonne 2 (« poles ») : nombre attendu, reçu « n.d. » : la figure poles-par-region.yaml dessine les nombres de cette colonne (champ « Colonne des valeurs ») ; écrivez un nombre, ou laissez la cellule vide si la donnée manque',
    ]);
    expect(onDisk('poles-par-region.csv').equals(before)).toBe(true);
  });
});

describe('results shown after the redirect', () => {
  it('are found by their token, and not by another', () => {
    const token = keepResult({ kind: 'saved', file: 'data/jalons.csv', converted: false });
    expect(resultOf(token)).toEqual({ kind: 'saved', file: 'data/jalons.csv', converted: false });
    expect(resultOf('00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });
});
