// npm run check: in seconds, without a build, every mistake an author can make, each with its place.
// Data files, chapter frontmatter, figure ids and internal links in chapters; then `astro check`
// (types) runs after this script.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DataError, displayPath } from '../src/data/csv';
import { validateAllData, dataFiles } from '../src/data/index';
import { figureIds } from '../src/figures/index';
import { chapterSchema } from '../src/schemas/chapter';

const problems: string[] = [];
const chaptersDir = path.resolve(process.env.REPORT_CHAPTERS_DIR ?? 'src/content/chapters');
const rel = displayPath;

try {
  const counts = validateAllData();
  console.log(`✓ ${counts.size} fichiers de données`);
} catch (error) {
  problems.push(error instanceof DataError ? error.message : String(error));
}

const files = readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx'));
const chapters = files.map((f) => {
  const file = path.join(chaptersDir, f);
  const text = readFileSync(file, 'utf8');
  const id = f.replace(/\.mdx$/, '');
  const anchors = new Set([...text.matchAll(/\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}/g)].map((m) => m[1]!));
  for (const figure of text.matchAll(/<Figure\s+id="([^"]+)"/g)) anchors.add(`figure-${figure[1]}`);
  return { file, text, id, anchors };
});

const known = figureIds();
for (const { file, text } of chapters) {
  const lines = text.split('\n');
  // Frontmatter: the same schema as the build, reported field by field.
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) {
    problems.push(`${rel(file)}, ligne 1 : l’en-tête (frontmatter) entre deux lignes « --- » manque`);
  } else {
    let data: unknown;
    try {
      data = parseYaml(match[1]!);
    } catch (error) {
      problems.push(`${rel(file)} : en-tête illisible (${(error as Error).message.split('\n')[0]})`);
    }
    const parsed = data === undefined ? undefined : chapterSchema.safeParse(data);
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        const line = lines.findIndex((l) => l.startsWith(`${String(issue.path[0])}:`)) + 1;
        problems.push(`${rel(file)}${line ? `, ligne ${line}` : ''}, champ « ${field} » : ${issue.message}`);
      }
    }
  }
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/<Figure\s+id="([^"]*)"/g)) {
      if (!known.includes(m[1]!)) {
        problems.push(`${rel(file)}, ligne ${i + 1}, colonne ${m.index! + 1} : figure inconnue « ${m[1]} » ; les figures existantes sont : ${known.join(', ')}`);
      }
    }
    for (const m of line.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
      const link = m[1] ?? m[2]!;
      const problem = checkLink(link);
      if (problem) problems.push(`${rel(file)}, ligne ${i + 1}, colonne ${m.index! + 1} : lien interne cassé « ${link} » : ${problem}`);
    }
  });
}

/** Why an internal link (site path, without the base) leads nowhere, or undefined when it is fine. */
function checkLink(link: string): string | undefined {
  const [pathname = '', anchor] = link.split('#');
  const pages = ['/', '/sources-et-methodologie/', '/integrer/', '/recherche/', '/imprimer/'];
  const chapter = /^\/chapitres\/([^/]+)\/$/.exec(pathname);
  if (chapter) {
    const target = chapters.find((c) => c.id === chapter[1]);
    if (!target) return `aucun chapitre « ${chapter[1]} » (chapitres : ${chapters.map((c) => c.id).join(', ')})`;
    if (anchor && !target.anchors.has(anchor)) return `aucune section « #${anchor} » dans ce chapitre`;
    return undefined;
  }
  if (pages.includes(pathname)) return undefined;
  const data = /^\/donnees\/(.+)$/.exec(pathname);
  if (data) return dataFiles.includes(data[1]!) ? undefined : `aucun fichier de données « ${data[1]} »`;
  const figure = /^\/(?:figures\/(.+)\.(?:png|csv)|embed\/([^/]+)\/)$/.exec(pathname);
  if (figure) return known.includes(figure[1] ?? figure[2]!) ? undefined : `aucune figure « ${figure[1] ?? figure[2]} »`;
  return 'page inconnue (les adresses du site finissent par « / », ex. /chapitres/un-ecosysteme-tisse-serre/)';
}

if (problems.length) {
  console.error(`\n${problems.length} problème${problems.length > 1 ? 's' : ''} à corriger :\n${problems.map((p) => `  ✗ ${p}`).join('\n')}\n`);
  process.exit(1);
}
console.log(`✓ ${chapters.length} chapitre${chapters.length > 1 ? 's' : ''} : en-têtes, figures et liens internes`);
