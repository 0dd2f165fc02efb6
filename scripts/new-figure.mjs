// Creates a figure file: npm run new:figure -- <id> [--type colonnes] [--donnees <fichier>.csv]
// Writes src/content/figures/<id>.yaml, with the column roles filled from the CSV's real header when
// the CSV exists, or creates the CSV with a header to fill (semicolons: it opens in columns in
// Excel in French). No code to write: then place <Figure id="<id>" /> in a chapter.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const types = {
  barres: { roles: 'single', header: ['categorie', 'valeur'] },
  colonnes: { roles: 'single', header: ['annee', 'valeur'] },
  'barres-groupees': { roles: 'multi', header: ['categorie', 'serie 1', 'serie 2'] },
  'colonnes-groupees': { roles: 'multi', header: ['annee', 'serie 1', 'serie 2'] },
  'barres-empilees': { roles: 'multi', header: ['categorie', 'serie 1', 'serie 2'] },
  'colonnes-empilees': { roles: 'multi', header: ['annee', 'serie 1', 'serie 2'] },
  lignes: { roles: 'multi', header: ['annee', 'valeur'] },
  anneau: { roles: 'single', header: ['part', 'valeur'] },
  tableau: { roles: 'table', header: ['nom', 'valeur'] },
  'carte-regions': { roles: 'region', header: ['region', 'valeur'] },
};

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const type = option('type') ?? 'barres';
const dataOption = option('donnees');
const id = args[0] ?? '';

function fail(message) {
  console.error(`Erreur : ${message}`);
  process.exit(1);
}
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  fail('donnez un identifiant en minuscules, sans accents, avec des traits d’union, ex. npm run new:figure -- activites-par-annee --type colonnes');
}
// A type folder (src/figures/types/<type>/) may say how to start its figure files: modele.json, with
// the header of a new CSV and, for each key of its column roles, the index of its column in a CSV's header.
const typesDir = path.resolve('src/figures/types');
const folderTemplate = (name) => {
  const file = path.join(typesDir, name, 'modele.json');
  return /^[a-z0-9-]+$/.test(name) && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};
const folderTypes = existsSync(typesDir) ? readdirSync(typesDir).filter((name) => !types[name] && folderTemplate(name)) : [];
if (!types[type] && folderTypes.includes(type)) {
  const { header, roles } = folderTemplate(type);
  types[type] = { roles: 'folder', header, keys: roles };
}
if (!types[type]) fail(`type inconnu « ${type} » ; types possibles : ${[...Object.keys(types), ...folderTypes].join(', ')}`);
const dataFile = dataOption ?? `${id}.csv`;
if (!/^[\w.-]+\.csv$/i.test(dataFile)) fail('--donnees attend le nom d’un fichier .csv du dossier data/, ex. --donnees activites.csv');

const figureFile = path.resolve('src/content/figures', `${id}.yaml`);
const csvFile = path.resolve('data', dataFile);
if (existsSync(figureFile)) fail(`${path.relative(process.cwd(), figureFile)} existe déjà`);

/** The header of a CSV as Excel or a person saved it: UTF-8 (BOM or not) or Windows-1252, ; or , between cells. */
function readHeader(file) {
  const bytes = readFileSync(file);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
  }
  const first = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
  return first.split(delimiter).map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
}

const { roles, header: defaultHeader, keys } = types[type];
let header = defaultHeader;
let createdCsv = false;
if (existsSync(csvFile)) {
  header = readHeader(csvFile);
  if (header.length < 2) fail(`${path.relative(process.cwd(), csvFile)} doit avoir au moins deux colonnes (une catégorie et une valeur)`);
} else {
  mkdirSync(path.dirname(csvFile), { recursive: true });
  writeFileSync(csvFile, `${defaultHeader.join(';')}\r\n`);
  createdCsv = true;
}

const yamlText = (s) => (/^[\p{L}\p{N}_ .’'-]+$/u.test(s) && !/^(oui|non|true|false|null|\d.*)$/i.test(s) ? s : JSON.stringify(s));
const list = (cols) => `[${cols.map(yamlText).join(', ')}]`;
const [first, ...others] = header;
const roleLines = {
  single: [`categorie: ${yamlText(first)}`, `valeur: ${yamlText(others[0])}`],
  multi: others.length > 1 ? [`categorie: ${yamlText(first)}`, `valeurs: ${list(others)}`] : [`categorie: ${yamlText(first)}`, `valeur: ${yamlText(others[0])}`],
  table: [`colonnes: ${list(header)}`],
  region: [`region: ${yamlText(first)}`, `valeur: ${yamlText(others[0])}`],
  folder: Object.entries(keys ?? {}).flatMap(([key, index]) => (header[index] === undefined ? [] : [`${key}: ${yamlText(header[index])}`])),
}[roles];

const text = `# Figure « ${id} » : ce fichier décrit la figure ; ses données sont dans data/${dataFile}.
# Guide : docs/rediger-un-chapitre.md, section « Ajouter une figure ».
type: ${type}
titre: Titre de la figure
donnees: ${dataFile}
${roleLines.join('\n')}
format: nombre
source: Source des données
# note: Une mise en garde pour les lecteurs (facultatif)
# description: Le texte lu par les lecteurs d’écran ; sans lui, il est écrit à partir des données
`;
mkdirSync(path.dirname(figureFile), { recursive: true });
writeFileSync(figureFile, text);
console.log(`Figure créée :
  ${path.relative(process.cwd(), figureFile)}   le type, le titre, la source, les colonnes
  ${path.relative(process.cwd(), csvFile)}${createdCsv ? '   créé : remplissez-le (une ligne par catégorie)' : '   lu : colonnes ' + header.join(', ')}
Puis placez <Figure id="${id}" /> dans un chapitre et décrivez le fichier de données dans data/descriptions/ (éditeur : « Descriptions des données »).`);
