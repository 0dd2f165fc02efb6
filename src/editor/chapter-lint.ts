import { blankFrontmatter, located, mdxProblems, type ChapterProblem } from '../markdown/check-chapters';
import { t } from '../strings';
import { mdxComponentNames } from '../components/mdx-names';

// What the browser editor (Keystatic's MDX field) refuses or rewrites in a chapter, found before
// staff open it: `npm run check` and the fidelity test report each with file, line and column.

/** The components the editor knows in a chapter (keystatic.config.ts, chapterComponents): the chapters' own. */
export const editorComponentNames = mdxComponentNames;

const blankCode = (text: string) =>
  text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (s) => s.replace(/[^\n]/g, ' '))
    .replace(/(`+)[^`\n][\s\S]*?\1/g, (s) => s.replace(/[^\n]/g, ' '));

/** Every place of a chapter the editor would refuse (it then cannot open the chapter) or rewrite on save. */
export function editorLint(file: string, text: string): ChapterProblem[] {
  const m = t.editor.lint;
  const body = blankCode(blankFrontmatter(text));
  const problems: ChapterProblem[] = [];
  const at = (offset: number, message: string) => {
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    problems.push(located(file, line, offset - before.lastIndexOf('\n'), message));
  };
  // Note: a number given to a component (width={800}) is the one brace the editor reads and writes.
  for (const match of body.replace(/=\{-?\d+(?:\.\d+)?\}/g, (s) => s.replace(/[{}]/g, ' ')).matchAll(/\{/g)) at(match.index!, m.expression);
  for (const match of body.matchAll(/\[\^[^\]\s]+\]/g)) at(match.index!, m.footnote);
  for (const match of body.matchAll(/<!--/g)) at(match.index!, m.htmlComment);
  for (const match of body.matchAll(/^(?:import|export)\s/gm)) at(match.index!, m.importExport);
  for (const match of body.matchAll(/<\/?([A-Za-z][\w.]*)/g)) {
    const name = match[1]!;
    if (!(editorComponentNames as readonly string[]).includes(name)) at(match.index!, m.unknownComponent(name, editorComponentNames));
  }
  const frontmatter = /^---(?:\r?\n[^]*?)?\r?\n---\r?\n/.exec(text);
  if (frontmatter && /^\r?\n/.test(text.slice(frontmatter[0].length))) {
    problems.push(located(file, frontmatter[0].split('\n').length, 1, m.blankAfterFrontmatter));
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Why the editor cannot open a chapter, or may damage it: the MDX the build cannot read (an
 * unclosed <Encadre>…), then what the editor refuses; with the file's own lines (the editor counts
 * from the end of the frontmatter).
 */
export async function chapterEditorProblems(file: string, text: string): Promise<ChapterProblem[]> {
  const mdx = await mdxProblems(file, text);
  // Note: an unknown tag or braces are refused by both; said once, in the chapters' words.
  const said = new Set(mdx.map((p) => `${p.line}:${p.column}`));
  return [...mdx, ...editorLint(file, text).filter((p) => !said.has(`${p.line}:${p.column}`))];
}
