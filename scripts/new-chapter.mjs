// Creates a new chapter: npm run new:chapter -- "Titre du chapitre" [--partie "3. Anticiper et comprendre"] [--pages 28-30]
// Writes src/content/chapters/<id>.mdx with valid frontmatter and the next order number.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';

const dir = path.resolve('src/content/chapters');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const part = option('partie');
const pages = option('pages');
const title = args.join(' ').trim();

function fail(message) {
  console.error(`Erreur : ${message}`);
  process.exit(1);
}

if (!title) fail('donnez le titre du chapitre, ex. npm run new:chapter -- "Un écosystème tissé serré"');
if (pages && !/^\d+(-\d+)?$/.test(pages)) fail('--pages attend une page ou un intervalle, ex. --pages 28 ou --pages 28-30');
if (part && !/^\d+\. \S/.test(part)) fail('--partie attend la forme « 3. Anticiper et comprendre »');

const id = title
  .normalize('NFD')
  .replace(/[\u0300-\u036f]/g, '')
  .toLowerCase()
  .replace(/œ/g, 'oe')
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
const file = path.join(dir, `${id}.mdx`);
if (existsSync(file)) fail(`le chapitre ${path.relative(process.cwd(), file)} existe déjà`);

// The last chapter (highest order) gives the defaults: its part, the page after its last one.
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    return {
      order: Number(/^ordre:\s*(\d+)/m.exec(text)?.[1] ?? 0),
      part: /^partie:\s*"?(.+?)"?\s*$/m.exec(text)?.[1],
      to: Number(/^\s+fin:\s*(\d+)/m.exec(text)?.[1] ?? 0),
    };
  })
  .sort((a, b) => a.order - b.order);
const last = chapters.at(-1);
const [from, to] = (pages ?? String((last?.to ?? 0) + 1)).split('-').map(Number);
// Note: the frontmatter is written as the browser editor writes it (js-yaml, the same options), so
// that opening the new chapter in the editor and saving it leaves it unchanged.
const frontmatter = dump({
  titre: title,
  partie: part ?? last?.part ?? '1. Outiller',
  ordre: (last?.order ?? 0) + 1,
  resume: `Résumé du chapitre « ${title} » : une ou deux phrases pour la page d’accueil.`,
  pages: { debut: from, fin: to ?? from },
});

writeFileSync(
  file,
  `---
${frontmatter}---
## Première section <Ancre id="premiere-section" />

Le texte du chapitre, tel qu’il figure dans le rapport imprimé.
`,
);
console.log(`Chapitre créé : ${path.relative(process.cwd(), file)} (ordre ${(last?.order ?? 0) + 1}). Vérifiez la partie, les pages et le résumé.`);
