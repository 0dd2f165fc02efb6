import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import { csvColumns, dataColumns } from '../../src/editor/figure-choices';
import { root } from '../helpers/build';

// The columns the figure form offers (src/editor/column-fields.ts) are those the build reads.

describe('the columns the figure form offers', () => {
  it('reads the header as the build does: comma or semicolon, quotes, Excel’s BOM, spaces', () => {
    expect(csvColumns('annee,activites\n2019,12\n')).toEqual(['annee', 'activites']);
    expect(csvColumns('\ufeffrégion;nombre de pôles;"part; en %"\r\n1;2;3\r\n')).toEqual(['région', 'nombre de pôles', 'part; en %']);
    expect(csvColumns('\n"nom ""court""", valeur \n')).toEqual(['nom "court"', 'valeur']);
  });

  it('gives every data file of the project the columns the build finds in it', () => {
    const dir = path.join(root, 'data');
    const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [`./data/${f}`, readFileSync(path.join(dir, f), 'utf8')]));
    const columns = dataColumns(files);
    expect(Object.keys(columns).sort()).toEqual(readdirSync(dir).filter((f) => f.endsWith('.csv')).sort());
    for (const [file, text] of Object.entries(files)) expect(columns[path.basename(file)], file).toEqual(parseCsv(text, file).header);
  });
});
