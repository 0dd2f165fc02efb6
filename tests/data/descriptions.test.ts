import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDescriptions } from '../../src/data/descriptions';
import { checkAllData, dataFiles } from '../../src/data/index';
import { inlineMarkdown } from '../../src/utils/inline-markdown';

// The descriptions of data files (data/descriptions/*.yaml), which staff edit in the browser editor
// and the « Sources et méthodologie » page publishes.

describe('the shipped descriptions', () => {
  it('describe every data file, once, with its content, source and licence', () => {
    const { byFile, problems } = readDescriptions(dataFiles);
    expect(problems.map((p) => p.message)).toEqual([]);
    expect([...byFile.keys()].sort()).toEqual([...dataFiles].sort());
    expect(byFile.get('geo/quebec-regions.topojson')!.parts.licence).toBe('Creative Commons Attribution 4.0 (CC BY 4.0), <https://creativecommons.org/licenses/by/4.0/deed.fr>.');
  });
});

describe('a description staff got wrong', () => {
  let data = '';
  const previous = process.env.REPORT_DATA_DIR;
  beforeEach(() => {
    data = mkdtempSync(path.join(tmpdir(), 'tiess-descriptions-'));
    cpSync(path.resolve('data'), data, { recursive: true });
    process.env.REPORT_DATA_DIR = data;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.REPORT_DATA_DIR;
    else process.env.REPORT_DATA_DIR = previous;
    rmSync(data, { recursive: true, force: true });
  });
  const messages = () => readDescriptions(dataFiles).problems.map((p) => p.message.split(data).join('data'));

  it('names a file that does not exist, misses its licence and has an unknown part: all said at once, each at its line', () => {
    writeFileSync(path.join(data, 'descriptions/activites-csv.yaml'), 'fichier: activites.csv\ncontenu: Les activités.\nsource: TIESS.\nremarque: à vérifier\n');
    expect(messages()).toEqual([
      `data/descriptions/activites-csv.yaml, ligne 1 : fichier : « activites.csv » n’existe pas dans data/ ; les fichiers de données sont : ${dataFiles.join(', ')}`,
      'data/descriptions/activites-csv.yaml, ligne 4 : « remarque » inconnu ; les parties d’une description sont : fichier, contenu, source, licence, attribution, date, traitement, mises-en-garde',
      'data/descriptions/activites-csv.yaml, ligne 1 : licence manquant : chaque description dit au moins le contenu, la source et la licence du fichier',
    ]);
  });

  it('describes a file a second time, or cannot be read: the build’s data check reports it', () => {
    writeFileSync(path.join(data, 'descriptions/zz-poles.yaml'), 'fichier: poles.csv\ncontenu: x\nsource: y\nlicence: z\n');
    writeFileSync(path.join(data, 'descriptions/illisible.yaml'), 'fichier: jalons.csv\ncontenu: "pas fermé\n');
    const shown = checkAllData().errors.map((e) => e.message.split(data).join('data'));
    expect(shown).toEqual([
      'data/descriptions/illisible.yaml, ligne 2 : texte illisible : vérifiez les guillemets et l’indentation de cette ligne, ou modifiez la description dans l’éditeur (« Descriptions des données »)',
      'data/descriptions/zz-poles.yaml, ligne 1 : fichier : « poles.csv » est déjà décrit dans data/descriptions/poles-csv.yaml ; une seule description par fichier',
    ]);
  });
});

describe('the little Markdown of a description', () => {
  it('gives bold, italics, code and links as pieces, with French typography on running text only', () => {
    expect(inlineMarkdown('**pas** une liste ; voir `source_url` et *Rapport annuel* : <https://exemple.org/a_b>\net [la licence](https://creativecommons.org/licenses/by/4.0/)')).toEqual([
      { kind: 'strong', text: 'pas' },
      { kind: 'text', text: ' une liste\u202f; voir ' },
      { kind: 'code', text: 'source_url' },
      { kind: 'text', text: ' et ' },
      { kind: 'em', text: 'Rapport annuel' },
      { kind: 'text', text: '\u00a0: ' },
      { kind: 'link', text: 'https://exemple.org/a_b', href: 'https://exemple.org/a_b' },
      { kind: 'text', text: ' et ' },
      { kind: 'link', text: 'la licence', href: 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
  });

  it('keeps markup typed as text as text (the page escapes it), and links only to web addresses', () => {
    expect(inlineMarkdown('<script>x</script> [clic](javascript:alert(1)) 3 * 4 * 5')).toEqual([{ kind: 'text', text: '<script>x</script> [clic](javascript:alert(1)) 3 * 4 * 5' }]);
  });
});
