// Creates a new figure: npm run new:figure -- <id>
// Writes data/<id>.csv (its header), src/data/<id>.ts (its row schema) and src/figures/<id>.ts (a bar
// chart of the CSV). Both modules are found automatically; then place <Figure id="<id>" /> in a chapter.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const id = process.argv[2] ?? '';
function fail(message) {
  console.error(`Erreur : ${message}`);
  process.exit(1);
}
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail('donnez un identifiant en minuscules avec des traits d’union, ex. npm run new:figure -- entreprises-par-secteur');

const name = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const files = {
  csv: path.resolve('data', `${id}.csv`),
  data: path.resolve('src/data', `${id}.ts`),
  figure: path.resolve('src/figures', `${id}.ts`),
};
for (const file of Object.values(files)) if (existsSync(file)) fail(`${path.relative(process.cwd(), file)} existe déjà`);

writeFileSync(files.csv, 'id,libelle,valeur\n');
writeFileSync(
  files.data,
  `import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, integer, text } from './cells';

/** One row of data/${id}.csv. */
export const ${name}Row = z.object({
  /** Stable identifier of the row. */
  id: id(),
  /** What the bar stands for. */
  libelle: text(),
  /** The value drawn. */
  valeur: integer(0),
});

/** The dataset: data/${id}.csv. */
export const ${name}Dataset: DatasetDefinition<typeof ${name}Row> = { file: '${id}.csv', schema: ${name}Row, key: 'id' };

/** Reads data/${id}.csv. */
export const load${name[0].toUpperCase()}${name.slice(1)} = () => loadDataset(${name}Dataset);
`,
);
writeFileSync(
  files.figure,
  `import { defineFigure } from './types';
import { renderBars } from '../charts/bars/bars';
import { ${name}Dataset } from '../data/${id}';
import { loadDataset } from '../data/csv';
import { formatNumber } from '../utils/format';

type Row = ReturnType<typeof loadDataset<typeof ${name}Dataset.schema>>[number];

/** ${id}: bars from data/${id}.csv, largest first. */
export const ${name}Figure = defineFigure<Row>({
  id: '${id}',
  kind: 'chart',
  title: 'Titre de la figure',
  description: (rows) => \`Diagramme à barres de \${formatNumber(rows.length)} valeurs.\`,
  source: 'Source des données.',
  datasets: ['${id}.csv'],
  rows: () => [...loadDataset(${name}Dataset)].sort((a, b) => b.valeur - a.valeur),
  columns: [
    { label: 'Libellé', value: (r) => r.libelle },
    { label: 'Valeur', value: (r) => r.valeur, format: (r) => formatNumber(r.valeur), numeric: true },
  ],
  render: (rows, request) =>
    renderBars(
      rows.map((r) => ({ key: r.id, label: r.libelle, value: r.valeur })),
      { ...request, valueLabel: 'Valeur' },
    ),
});
`,
);
console.log(`Figure créée :
  ${path.relative(process.cwd(), files.csv)}      remplissez les lignes (id,libelle,valeur)
  ${path.relative(process.cwd(), files.data)}     le schéma des colonnes
  ${path.relative(process.cwd(), files.figure)}   le titre, la description, la source
Puis placez <Figure id="${id}" /> dans un chapitre et décrivez le fichier dans data/README.md.`);
