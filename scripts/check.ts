// npm run check: in seconds, without a build, every mistake an author can make, each with its place,
// all of them in one run: data files, figure files, and in chapters the MDX syntax, frontmatter,
// figure ids, images and internal links. Then `astro check` (types) runs after this script.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { DataError, DataErrors, dataDir, displayPath } from '../src/data/csv';
import { checkAllData, currentDataFiles, dataFiles } from '../src/data/index';
import { readDescriptions } from '../src/data/descriptions';
import { figureIds, figureReport } from '../src/figures/index';
import { chapterProblems, chaptersDir, located, readChapters, sortByLine, type ChapterProblem } from '../src/markdown/check-chapters';
import { anchorIds } from '../src/markdown/remark-heading-ids';
import { t } from '../src/strings';
import { githubAnnotations, githubSummary } from '../src/check/report';
import { closest } from '../src/utils/close-names';

const c = t.check;
/** Each problem line, with how many problems it stands for (« … et 12 autres problèmes » stands for 12). */
const problems: { text: string; count: number }[] = [];
const add = (text: string, count = 1) => problems.push({ text, count });

const data = checkAllData();
const dataError = DataErrors.of(data.errors, data.omitted);
if (dataError) {
  const entries = dataError instanceof DataErrors ? dataError.entries() : [{ text: dataError.message, count: 1 }];
  for (const entry of entries) add(entry.text, entry.count);
} else {
  console.log(`✓ ${c.dataChecked(data.counts.size)}`);
}

// A figure's CSV with a wrong shape is already listed with the data files: each problem once.
const dataLines = new Set(problems.map((p) => p.text));
const chapterFiles = readChapters(chaptersDir());
const { problems: figureProblems, warnings } = figureReport(chapterFiles);
// A data file without its description is published without its source and licence on « Sources et méthodologie ».
const { byFile: described } = readDescriptions(currentDataFiles());
for (const file of currentDataFiles()) if (!described.has(file)) warnings.push(new DataError({ file: path.join(dataDir(), file) }, t.descriptions.undescribed));
for (const problem of figureProblems) if (!dataLines.has(problem.message)) add(problem.message);

const chapters = chapterFiles.map((chapter) => {
  const anchors = new Set(anchorIds(chapter.text));
  for (const figure of chapter.text.matchAll(/<Figure\s+id="([^"]+)"/g)) anchors.add(`figure-${figure[1]}`);
  return { ...chapter, anchors };
});

const known = figureIds();
if (figureProblems.length === 0 && known.length) console.log(`✓ ${c.figuresChecked(known)}`);
const syntaxAndImages = await chapterProblems(chapters, path.resolve('public'));
for (const { file, text } of chapters) {
  const found: ChapterProblem[] = syntaxAndImages.filter((p) => p.file === file);
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/<Figure\s+id="([^"]*)"/g)) {
      if (!known.includes(m[1]!)) found.push(located(file, i + 1, m.index! + 1, t.figures.unknownFigure(m[1]!, known, closest(m[1]!, known))));
    }
    for (const m of line.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
      const link = m[1] ?? m[2]!;
      // Images are checked with the other images (they live under public/, not among the pages).
      if (m[1] && /!\[[^\]]*$/.test(line.slice(0, m.index))) continue;
      const problem = checkLink(link);
      if (problem) found.push(located(file, i + 1, m.index! + 1, c.brokenLink(link, problem)));
    }
  });
  for (const problem of sortByLine(found)) add(problem.text);
}

/** Why an internal link (site path, without the base) leads nowhere, or undefined when it is fine. */
function checkLink(link: string): string | undefined {
  const [pathname = '', anchor] = link.split('#');
  const pages = ['/', '/sources-et-methodologie/', '/integrer/', '/recherche/', '/imprimer/'];
  const chapter = /^\/chapitres\/([^/]+)\/$/.exec(pathname);
  if (chapter) {
    const target = chapters.find((ch) => ch.id === chapter[1]);
    if (!target) return c.noChapter(chapter[1]!, chapters.map((ch) => ch.id));
    if (anchor && !target.anchors.has(anchor)) return c.noSection(anchor);
    return undefined;
  }
  if (pages.includes(pathname)) return undefined;
  const dataFile = /^\/donnees\/(.+)$/.exec(pathname);
  if (dataFile) return dataFiles.includes(dataFile[1]!) ? undefined : c.noDataFile(dataFile[1]!);
  const figure = /^\/(?:figures\/(.+)\.(?:png|csv)|embed\/([^/]+)\/)$/.exec(pathname);
  if (figure) return known.includes(figure[1] ?? figure[2]!) ? undefined : c.noFigure(figure[1] ?? figure[2]!);
  return c.unknownPage;
}

// Warnings do not stop anything: they are printed before the problems, or before the last line.
if (warnings.length) console.warn(`\n${c.warningCount(warnings.length)}\n${warnings.map((w) => `  ⚠ ${w.message}`).join('\n')}\n`);

// On GitHub (`npm run check -- --github`, as the workflow runs it): every problem also as an annotation
// on its file and line, and the whole list in the job summary.
// Note: only on request, not whenever GITHUB_ACTIONS is set: the tests run this script on broken
// copies, whose problems must not reach the real job summary.
const github = process.argv.includes('--github');
const total = problems.reduce((n, p) => n + p.count, 0);
if (github) {
  const texts = problems.map((p) => p.text);
  for (const line of githubAnnotations(texts)) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary(texts, total));
}
if (problems.length) {
  console.error(`\n${c.problemCount(total)}\n${problems.map((p) => `  ✗ ${p.text}`).join('\n')}\n`);
  process.exit(1);
}
console.log(`✓ ${c.chaptersChecked(chapters.length)}`);
