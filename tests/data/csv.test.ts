import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, dataErrorsOf, decodeText, parseCsv, readableText, validateTable, type DatasetDefinition } from '../../src/data/csv';
import { tableShapeProblems } from '../../src/data/table';
import { toWindows1252 } from '../helpers/excel';
import { csvDatasets, validateAllData } from '../../src/data/index';
import { polesDataset, loadPoles } from '../../src/data/poles';
import { milestonesDataset, loadMilestones } from '../../src/data/milestones';
import { loadAxes, loadPartners } from '../../src/data/parler-au-nous';
import { loadRelanceFiches } from '../../src/data/relance-fiches';
import { loadKeyFigures } from '../../src/data/key-figures';
import { loadRegions } from '../../src/data/regions';

const dataDir = path.resolve('data');
const read = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');

/** Validates CSV text as if it were the named dataset's file; returns the error it throws. */
function errorFor(def: DatasetDefinition<any>, text: string): DataError {
  try {
    validateTable(parseCsv(text, path.join(dataDir, def.file)), def as never);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error(`expected ${def.file} to be rejected`);
}

/** Replaces one cell (1-based line and column) of CSV text with a raw value. */
function withCell(text: string, line: number, column: number, value: string): string {
  const lines = text.split('\n');
  const cells = parseCsv(lines[line - 1]!, 'x').header;
  cells[column - 1] = value;
  lines[line - 1] = cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  return lines.join('\n');
}

describe('shipped data', () => {
  it('every data file passes validation, with the row counts the report implies', () => {
    const counts = validateAllData();
    expect(Object.fromEntries(counts)).toEqual({
      'poles.csv': 19,
      'villes.csv': 9,
      'initiatives.csv': 3,
      'jalons.csv': 3,
      'chiffres-cles.csv': 5,
      'osonslarelance-fiches.csv': 6,
      'parler-au-nous-partenaires.csv': 6,
      'parler-au-nous-axes.csv': 2,
      'parler-au-nous-composantes.csv': 6,
      'sommaire-imprime.csv': 19,
      // Read by a figure file, not by a dataset module: its shape is checked like the others'.
      'poles-par-region.csv': 17,
      'geo/quebec-regions.topojson': 17,
    });
  });

  it('types the cells: numbers, optional values, region codes', () => {
    const montreal = loadPoles().find((p) => p.id === 'montreal')!;
    expect(montreal).toMatchObject({ region_code: '06', city: 'Montréal', lon: -73.562, lat: 45.509 });
    const mauricie = loadPoles().find((p) => p.id === 'mauricie')!;
    expect(mauricie.city).toBeUndefined();
    expect(mauricie.lon).toBeUndefined();
    expect(loadPoles().filter((p) => p.city).map((p) => p.city)).toEqual([
      'Sherbrooke',
      'Montréal',
      'Baie-Comeau',
      'Gaspé',
      'Lévis',
      'Laval',
      'Saint-Faustin–Lac-Carré',
      'Longueuil',
      'Salaberry-de-Valleyfield',
    ]);
    expect(loadRegions().map((r) => r.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('records the chapter facts and only the dates the report states', () => {
    expect(loadMilestones().map((m) => [m.id, m.annee, m.mois, m.saison])).toEqual([
      ['sismic-lancement', 2019, 5, undefined],
      ['sismic-premiers-constats', 2020, 2, undefined],
      ['parler-au-nous-debut', 2020, undefined, 'automne'],
    ]);
    expect(loadMilestones().some((m) => m.initiative === 'osonslarelance')).toBe(false);
    expect(loadRelanceFiches().map((f) => f.sujet)).toEqual([
      'achat local',
      'autonomie alimentaire',
      'relance de l’emploi et de la main-d’œuvre',
      'immobilier collectif',
      'service aux personnes vulnérables',
      'transition sociale et écologique',
    ]);
    expect(loadPartners().map((p) => p.nom)).toContain('CSMO-ESAC');
    expect(loadAxes().map((a) => [a.numero, a.components.length])).toEqual([
      [1, 3],
      [2, 3],
    ]);
    const figures = Object.fromEntries(loadKeyFigures().map((k) => [k.id, [k.valeur, k.valeur_max ?? null]]));
    expect(figures).toEqual({
      'sismic-poles': [19, null],
      'sismic-regions': [16, null],
      'sismic-ages': [18, 35],
      'osonslarelance-fiches': [loadRelanceFiches().length, null],
      'parler-au-nous-duree': [3, null],
    });
  });
});

describe('CSV reading', () => {
  it('counts lines across quoted cells that hold line breaks, and ignores a BOM and CRLF', () => {
    const table = parseCsv('\ufeffid,nom\r\na,"deux\r\nlignes"\r\nb,simple\r\n\r\n', 'f.csv');
    expect(table.header).toEqual(['id', 'nom']);
    expect(table.records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'a'],
      [4, 'b'],
    ]);
  });

  it('rejects an empty file', () => {
    const empty =
      'data/vide.csv, ligne 1 : fichier vide : la première ligne doit contenir les noms des colonnes (séparés par des virgules ou des points-virgules), puis une ligne par donnée ; remplissez-le dans Excel et enregistrez-le en CSV, ou supprimez-le';
    expect(() => parseCsv('', 'data/vide.csv')).toThrow(empty);
    // A BOM alone, or blank lines only, is as empty.
    expect(() => parseCsv('\ufeff', 'data/vide.csv')).toThrow(empty);
    expect(() => parseCsv('\r\n\r\n  \n', 'data/vide.csv')).toThrow(empty);
  });
});

describe('the shape every CSV must have, whatever reads it', () => {
  const shape = (text: string) => {
    const { errors, omitted } = tableShapeProblems(parseCsv(text, 'data/x.csv'));
    return { messages: errors.map((e) => e.message), omitted };
  };

  it('refuses a column named twice and an empty column name, with line 1 and the column', () => {
    expect(shape('Région;Projets;Projets;\nEstrie;3;4;5\n').messages).toEqual([
      'data/x.csv, ligne 1, colonne 3 (« Projets ») : cette colonne apparaît deux fois dans l’en-tête (déjà en colonne 2) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double',
      'data/x.csv, ligne 1, colonne 4 : cette colonne contient des valeurs mais n’a pas de nom : écrivez son nom sur la première ligne',
    ]);
  });

  it('refuses a row with a cell too many or too few, at its line', () => {
    expect(shape('a,b,c\n1,2,3\n4,5\n"six\nlignes",7,8,9\n').messages).toEqual([
      'data/x.csv, ligne 3, colonne 3 : cette ligne a 2 cellules alors que l’en-tête en compte 3 (virgule en trop ou manquante ?)',
      'data/x.csv, ligne 4, colonne 4 : cette ligne a 4 cellules alors que l’en-tête en compte 3 (virgule en trop ou manquante ?)',
    ]);
  });

  it('lists 50 problems of a file, then counts the others', () => {
    const { messages, omitted } = shape(`a,b\n${'1\n'.repeat(60)}`);
    expect(messages).toHaveLength(50);
    expect(omitted).toBe(10);
  });

  it('reads UTF-8 and Windows-1252, and refuses UTF-16, a workbook and bytes of neither encoding', () => {
    expect(readableText(Buffer.from('a;b\r\nÉté;1\r\n', 'latin1'), 'data/x.csv')).toBe('a;b\r\nÉté;1\r\n');
    const advice = 'dans Excel, « Fichier > Enregistrer sous » et choisissez « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) »';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\r\n', 'utf16le')]);
    expect(() => readableText(utf16, 'data/x.csv')).toThrow(`data/x.csv, ligne 1 : fichier illisible (enregistré en « Texte Unicode » (UTF-16)) : ${advice}`);
    expect(() => readableText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'data/x.csv')).toThrow(
      `data/x.csv, ligne 1 : fichier illisible (ce n’est pas du texte : un classeur Excel (.xlsx) renommé en .csv ?) : ${advice}`,
    );
    // 0x81 is no character in Windows-1252 (and not UTF-8): the line that holds it is named.
    expect(() => readableText(Buffer.from([0x61, 0x0a, 0x62, 0x81, 0x0a]), 'data/x.csv')).toThrow(
      `data/x.csv, ligne 2 : fichier illisible (caractères qui ne sont ni de l’UTF-8 ni du Windows-1252) : ${advice}`,
    );
  });
});

describe('bad data gets one message naming file, line, column and what was expected', () => {
  const poles = read('poles.csv');

  it('a value of the wrong type', () => {
    const error = errorFor(polesDataset, withCell(poles, 7, 6, 'abc'));
    expect(error.message).toBe(
      'data/poles.csv, ligne 7, colonne 6 (« lon ») : nombre de -80 à -57 attendu, avec une virgule ou un point décimal (ex. « -68,5 »), reçu « abc »',
    );
    expect([error.line, error.column, error.columnName]).toEqual([7, 6, 'lon']);
  });

  it('a missing column', () => {
    const text = poles.replace('id,name,region_code,region_name,city,lon,lat,source_url', 'id,name,region_code,region_name,city,lon,source_url');
    expect(errorFor(polesDataset, text).message).toMatch(
      /^data\/poles\.csv, ligne 1, colonne 8 \(« lat »\) : colonne manquante dans l’en-tête ; les colonnes attendues sont : id, name, region_code/,
    );
  });

  it('a missing column and a bad cell in another column are both reported at once', () => {
    const jalons = read('jalons.csv');
    const lines = withCell(jalons, 3, 4, 'n.d.').split('\n');
    // The column « saison » (5th) taken out of the header and of every row.
    const text = lines.map((l) => (l ? parseCsv(l, 'x').header.filter((_, i) => i !== 4).map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') : l)).join('\n');
    expect(dataErrorsOf(errorFor(milestonesDataset, text)).errors.map((e) => e.message)).toEqual([
      'data/jalons.csv, ligne 1, colonne 6 (« saison ») : colonne manquante dans l’en-tête ; les colonnes attendues sont : id, initiative, annee, mois, saison, libelle',
      'data/jalons.csv, ligne 3, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « n.d. »',
    ]);
  });

  it('an unknown column', () => {
    const text = poles.replace('source_url', 'source');
    expect(errorFor(polesDataset, text).message).toMatch(/^data\/poles\.csv, ligne 1, colonne 8 \(« source »\) : colonne inconnue ; /);
  });

  it('a ragged row', () => {
    const lines = poles.split('\n');
    lines[3] = `${lines[3]},en trop`;
    expect(errorFor(polesDataset, lines.join('\n')).message).toBe(
      'data/poles.csv, ligne 4, colonne 9 : cette ligne a 9 cellules alors que l’en-tête en compte 8 (virgule en trop ou manquante ?)',
    );
  });

  it('an unknown region code', () => {
    expect(errorFor(polesDataset, withCell(poles, 5, 3, '18')).message).toBe(
      'data/poles.csv, ligne 5, colonne 3 (« region_code ») : « 18 » n’existe pas : les codes de région valides vont de « 01 » à « 17 » (voir data/geo/quebec-regions.topojson)',
    );
  });

  it('a region name that does not match its code', () => {
    expect(errorFor(polesDataset, withCell(poles, 2, 4, 'Gaspésie')).message).toBe(
      'data/poles.csv, ligne 2, colonne 4 (« region_name ») : le nom de la région 01 doit être « Bas-Saint-Laurent » (nom officiel de la couche des régions)',
    );
  });

  it('a duplicate id', () => {
    expect(errorFor(polesDataset, withCell(poles, 9, 1, 'montreal')).message).toBe(
      'data/poles.csv, ligne 9, colonne 1 (« id ») : l’identifiant « montreal » est déjà utilisé à la ligne 7 ; chaque identifiant doit être unique',
    );
  });

  it('an empty required cell', () => {
    expect(errorFor(polesDataset, withCell(poles, 3, 2, '')).message).toBe(
      'data/poles.csv, ligne 3, colonne 2 (« name ») : texte attendu, cellule vide',
    );
  });

  it('a month out of range, and a date given both as month and season', () => {
    const jalons = read('jalons.csv');
    expect(errorFor(milestonesDataset, withCell(jalons, 2, 4, '13')).message).toBe(
      'data/jalons.csv, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « 13 »',
    );
    expect(errorFor(milestonesDataset, withCell(jalons, 2, 5, 'automne')).message).toMatch(
      /^data\/jalons\.csv, ligne 2, colonne 5 \(« saison »\) : /,
    );
  });

  // The acceptance rule: any numeric or date cell of any shipped CSV set to "abc" is refused
  // with the file name, line and column.
  for (const def of csvDatasets) {
    it(`every numeric cell of ${def.file} set to "abc" is refused at its place`, () => {
      const text = read(def.file);
      const table = parseCsv(text, def.file);
      let checked = 0;
      for (const { line, cells } of table.records) {
        cells.forEach((cell, i) => {
          if (!/^-?\d+(?:\.\d+)?$/.test(cell)) return;
          const error = errorFor(def, withCell(text, line, i + 1, 'abc'));
          expect(error.message.startsWith(`data/${def.file}, ligne ${line}, colonne ${i + 1} (« ${table.header[i]} »)`)).toBe(true);
          checked++;
        });
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('the shape every CSV must have, read by a figure or not', () => {
  const shape = (text: string) => {
    const { errors, omitted } = tableShapeProblems(parseCsv(text, 'data/essai.csv'));
    return [...errors.map((e) => e.message), ...(omitted ? [`+${omitted}`] : [])];
  };

  it('a sound file, from Excel in French (empty columns after the last one) and in Windows-1252, has no problem', () => {
    expect(shape('annee;nombre;\r\n2019;« environ 140 »;\r\n2020;12,5;\r\n\r\n')).toEqual([]);
    expect(shape(decodeText(toWindows1252('région;nombre\r\nMontréal;3\r\n')).text)).toEqual([]);
  });

  it('every problem at once: a repeated column name, an unnamed column holding values, a row with a cell missing', () => {
    expect(shape('annee,nombre,nombre,\n2019,140,1,\n2020,3\n2021,4,5,note\n')).toEqual([
      'data/essai.csv, ligne 1, colonne 3 (« nombre ») : cette colonne apparaît deux fois dans l’en-tête (déjà en colonne 2) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double',
      'data/essai.csv, ligne 1, colonne 4 : cette colonne contient des valeurs mais n’a pas de nom : écrivez son nom sur la première ligne',
      'data/essai.csv, ligne 3, colonne 3 : cette ligne a 2 cellules alors que l’en-tête en compte 4 (virgule en trop ou manquante ?)',
    ]);
  });

  it('more than 50 ragged rows: 50 listed, the others counted', () => {
    const many = shape(`a,b\n${'1\n'.repeat(60)}`);
    expect(many).toHaveLength(51);
    expect(many.at(-1)).toBe('+10');
  });
});
