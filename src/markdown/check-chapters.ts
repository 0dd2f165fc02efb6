import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentKey, readEntry, writeEntry } from '../figures/cache';
import { figureCacheDir } from '../figures/cache-dir';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { mdxComponentNames } from '../components/mdx-names';
import { closest } from '../utils/close-names';
import { displayPath } from '../data/csv';
import { chapterSchema } from '../schemas/chapter';
import { chapterTextKeys, frontmatterPattern, parseFrenchYaml } from '../utils/french-yaml';
import { t } from '../strings';

// What the build and `npm run check` both verify in chapters before anything is written: the MDX
// header (frontmatter: YAML read by the figure files' rule, then the chapter schema), the MDX syntax
// (in French, with line and column) and the images they show. Figure ids and links are checked by
// scripts/check.ts and, in the build, by remark plugins.

const m = t.check.mdx;

/** Where the chapters live: src/content/chapters/, or REPORT_CHAPTERS_DIR (used by tests). */
export function chaptersDir(): string {
  return path.resolve(process.env.REPORT_CHAPTERS_DIR ?? path.join(process.cwd(), 'src/content/chapters'));
}

/** A chapter file: its path, its id (file name without .mdx) and its text. */
export interface ChapterFile {
  file: string;
  id: string;
  text: string;
}

/** Every chapter of a folder, in file name order. */
export function readChapters(dir = chaptersDir()): ChapterFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      return { file, id: f.replace(/\.mdx$/, ''), text: readFileSync(file, 'utf8') };
    });
}

/** A problem found in a chapter: the line it sits on (for sorting) and its message with file, line and column. */
export interface ChapterProblem {
  file: string;
  line?: number;
  column?: number;
  text: string;
}

/** A problem at its place in a file, as every check prints it: « fichier, ligne L, colonne C : problème ». */
export function located(file: string, line: number | undefined, column: number | undefined, problem: string): ChapterProblem {
  const parts = [displayPath(file)];
  if (line !== undefined) parts.push(`${t.data.line} ${line}`);
  if (line !== undefined && column !== undefined) parts.push(`${t.data.column} ${column}`);
  return { file, line, column: line === undefined ? undefined : column, text: `${parts.join(', ')} : ${problem}` };
}

/** The text with its frontmatter replaced by as many empty lines, so that lines and columns stay those of the file. */
export function blankFrontmatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}

/** Every problem of a chapter's header, each at its line of the file: its YAML, then each field against the chapter schema. */
export function frontmatterProblems({ file, text }: Pick<ChapterFile, 'file' | 'text'>): ChapterProblem[] {
  const match = frontmatterPattern.exec(text);
  if (!match) return [located(file, 1, undefined, t.check.noFrontmatter)];
  // The header's first line is the file's second (after « --- »).
  const { doc, problems } = parseFrenchYaml(match[1]!, chapterTextKeys);
  if (problems.length) return problems.map((p) => located(file, p.line + 1, p.column, t.check.unreadableFrontmatter(p.text)));
  const parsed = chapterSchema.safeParse(doc.toJS());
  if (parsed.success) return [];
  const lines = text.split(/\r?\n/);
  return parsed.error.issues.map((issue) => {
    // An unknown key has no path: it is named by the issue itself.
    const key = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
    const line = key === undefined ? 0 : lines.findIndex((l) => l.startsWith(`${String(key)}:`)) + 1;
    const field = issue.path.length ? issue.path.join('.') : String(key ?? '');
    const where = `${displayPath(file)}${line ? `, ${t.data.line} ${line}` : ''}`;
    return { file, line: line || 1, text: `${where}${field ? `, ${t.check.field(field)}` : ''} : ${issue.message}` };
  });
}

/** The text with fenced code blocks and inline code blanked (newlines kept), so that examples in code are not read as tags. */
function blankCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

/** A place in a text: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

function placeAt(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function offsetAt(text: string, { line, column }: Place): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The place of the `{` that is never closed before `end`: the last brace opened at depth 0 that stays open. */
function unclosedBraceBefore(text: string, end: number): number | undefined {
  const code = blankCode(text);
  const open: number[] = [];
  for (let i = 0; i < Math.min(end, code.length); i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '{') open.push(i);
    else if (code[i] === '}') open.pop();
  }
  return open[0];
}

interface MdxMessage {
  reason?: string;
  ruleId?: string | null;
  source?: string | null;
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line: number; column: number } } | null;
  cause?: unknown;
}

/** A MDX syntax error (micromark, mdast-util-mdx-jsx, acorn) said in French, at the place an author should look. */
export function describeMdxError(error: unknown, text: string): { line?: number; column?: number; message: string } {
  const e = (error ?? {}) as MdxMessage;
  const reason = e.reason ?? (error instanceof Error ? error.message : String(error));
  const start = e.place?.start ?? (e.place?.line ? (e.place as Place) : undefined);
  const at: Partial<Place> = start ? { line: start.line, column: start.column } : { line: e.line ?? undefined, column: e.column ?? undefined };
  const here = (message: string, place: Partial<Place> = at) => ({ line: place.line, column: place.column, message });
  const source = e.source ?? '';

  if (e.ruleId === 'end-tag-mismatch') {
    const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-[\d:]+\)(?: before the end of `(\w+)`)?/.exec(reason);
    if (unclosed) {
      const [, tag = '', line, column, container] = unclosed;
      const place = { line: Number(line), column: Number(column) };
      return here(container ? m.unclosedTagIn(tag, m.containers[container] ?? container) : m.unclosedTag(tag), place);
    }
    const wrong = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/.exec(reason);
    if (wrong) return here(m.unexpectedClosingTag(wrong[1]!, wrong[2]!, Number(wrong[3])));
    const misplaced = /^Expected the closing tag `<\/([^>]*)>`/.exec(reason);
    if (misplaced) return here(m.misplacedClosingTag(misplaced[1]!));
  }
  if (e.ruleId === 'unexpected-closing-slash' || e.ruleId === 'unexpected-self-closing-slash' || e.ruleId === 'unexpected-attribute') {
    // The error points at the slash or the attribute; the tag starts at the `<` before it.
    const offset = at.line && at.column ? offsetAt(text, at as Place) : 0;
    const lt = text.lastIndexOf('<', offset);
    const name = /^<\/\s*([\w.:-]*)/.exec(text.slice(lt))?.[1] ?? '';
    const place = lt >= 0 ? placeAt(text, lt) : at;
    return here(e.ruleId === 'unexpected-closing-slash' ? m.closingWithoutOpening(name) : m.closingTagExtra(name), place);
  }
  if (source === 'micromark-extension-mdx-jsx') {
    const character = /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (before name|before attribute value|[a-z ]+?), expected/.exec(reason);
    if (character) {
      const [, char = '', where] = character;
      if (where === 'before name') return here(char === '!' ? m.htmlComment : m.lessThan(char), { line: at.line, column: (at.column ?? 2) - 1 });
      if (where === 'before attribute value') return here(m.attributeValue(char));
      const offset = at.line && at.column ? offsetAt(text, at as Place) : 0;
      const lt = text.lastIndexOf('<', offset);
      const address = /^<((?:https?:|mailto:|www\.)[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/i.exec(text.slice(lt))?.[1];
      if (lt >= 0 && address) return here(m.autolink(address), placeAt(text, lt));
      return here(`${m.inTag(char)} (${reason})`);
    }
    if (e.ruleId === 'unexpected-eof') {
      const offset = at.line && at.column ? offsetAt(text, at as Place) : text.length;
      const tagStart = blankCode(text).slice(0, offset).search(/<[A-Za-z/][^<]*$/);
      return here(`${m.tagEof} (${reason})`, tagStart >= 0 ? placeAt(text, tagStart) : at);
    }
    if (e.ruleId === 'unexpected-lazy') return here(m.lazyLine);
  }
  if (source === 'micromark-extension-mdx-expression' || source === 'micromark-extension-mdxjs-esm') {
    const offset = at.line && at.column ? offsetAt(text, at as Place) : text.length;
    if (e.ruleId === 'unexpected-eof') {
      const brace = unclosedBraceBefore(text, offset);
      return here(m.unclosedBrace, brace === undefined ? at : placeAt(text, brace));
    }
    if (e.ruleId === 'unexpected-lazy') return here(m.lazyLine);
    if (e.ruleId === 'unexpected-empty-expression') return here(m.emptyExpression);
    if (e.ruleId === 'acorn' && source === 'micromark-extension-mdxjs-esm') return here(m.badImportExport, { line: at.line, column: 1 });
    if (e.ruleId === 'acorn') {
      const cause = e.cause instanceof Error ? e.cause.message.replace(/\s*\(\d+:\d+\)$/, '') : reason;
      const brace = text.lastIndexOf('{', offset);
      return here(m.badExpression(cause), brace >= 0 ? placeAt(text, brace) : at);
    }
  }
  return here(m.other(reason));
}

// Estree nodes, as far as the check reads them.
interface EsNode {
  type: string;
  [key: string]: unknown;
}
interface Positioned {
  position?: { start: { line: number; column: number } };
}

/** A value written in braces that the page shows as written: a string, a number, a list or a table of those. */
function isPlainValue(node: EsNode | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length === 0;
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && isPlainValue(node.argument as EsNode);
    case 'ArrayExpression':
      return (node.elements as (EsNode | null)[]).every((e) => isPlainValue(e));
    case 'ObjectExpression':
      return (node.properties as EsNode[]).every((p) => p.type === 'Property' && !p.computed && isPlainValue(p.value as EsNode));
    default:
      return false;
  }
}

/** The single expression of a braced value, or null when the braces hold only a comment. */
function braceExpression(node: { data?: { estree?: { body: EsNode[] } | null } }): EsNode | null | undefined {
  const body = node.data?.estree?.body;
  if (!body) return undefined;
  if (body.length === 0) return null;
  return body.length === 1 && body[0]!.type === 'ExpressionStatement' ? (body[0]!.expression as EsNode) : undefined;
}

/**
 * What compiles but fails when the page is rendered, or shows something else than was written: a
 * capitalised tag that is no chapter component (the build stops on it), braces in the text (read
 * as code: « {2020} » loses its braces, « {accolade} » stops the build), an attribute given as code
 * that is not a plain value, and scripts, styles or « on… » attributes (the site's
 * Content-Security-Policy refuses them).
 */
export function codeProblems(file: string, body: string, tree: Root): ChapterProblem[] {
  const found: ChapterProblem[] = [];
  const at = (node: Positioned, problem: string) => found.push(located(file, node.position?.start.line, node.position?.start.column, problem));
  const source = (node: Positioned & { position?: { end?: { offset?: number }; start: { offset?: number } } }) =>
    body.slice(node.position?.start.offset ?? 0, node.position?.end?.offset ?? 0);
  visit(tree, (node) => {
    const n = node as unknown as Positioned & { type: string; name?: string | null; value?: string; attributes?: (Positioned & { type: string; name?: string; value?: unknown })[] };
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      if (braceExpression(n as never) !== null) at(n, m.textExpression(source(n)));
      return;
    }
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const name = n.name ?? '';
    if (name && !(mdxComponentNames as readonly string[]).includes(name)) {
      // A capitalised tag is a component; a lower-case one is HTML, unless it is a component's name in the wrong case.
      const near = closest(name, mdxComponentNames);
      if (/^[A-Z]|\./.test(name) || near?.toLowerCase() === name.toLowerCase()) at(n, m.unknownComponent(name, mdxComponentNames, near));
      else if (name === 'script' || name === 'style') at(n, m.scriptOrStyle(name));
    }
    for (const attribute of n.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        at(attribute.position ? attribute : n, m.spreadAttribute(name));
        continue;
      }
      if (attribute.name && /^on/i.test(attribute.name)) at(attribute.position ? attribute : n, m.eventAttribute(attribute.name));
      const value = attribute.value as { type?: string; value?: string; data?: { estree?: { body: EsNode[] } | null } } | null;
      if (value?.type === 'mdxJsxAttributeValueExpression' && !isPlainValue(braceExpression(value))) {
        at(attribute.position ? attribute : n, m.codeAttribute(attribute.name ?? '', name, value.value ?? ''));
      }
    }
  });
  return found;
}

/** Compiles a chapter's MDX (as the build reads it) and returns its problems in French: a syntax error, else every tag or brace the page could not render as written. */
export async function mdxProblems(file: string, text: string): Promise<ChapterProblem[]> {
  const body = blankFrontmatter(text);
  // Note: the second look reads the tree the compilation parsed (no second parse).
  let found: ChapterProblem[] = [];
  try {
    await compile({ value: body, path: file }, { remarkPlugins: [() => (tree: Root) => void (found = codeProblems(file, body, tree))] });
  } catch (error) {
    const { line, column, message } = describeMdxError(error, body);
    return [located(file, line, column, message)];
  }
  return found;
}

/** The first of a chapter's MDX problems, or undefined. */
export async function mdxSyntaxProblem(file: string, text: string): Promise<ChapterProblem | undefined> {
  return (await mdxProblems(file, text))[0];
}

/**
 * The MDX check of the build: a chapter that compiled before, with the same text and the same code
 * (MDX's version is in the lockfile the key covers), is not compiled again; a problem is never kept.
 */
async function cachedMdxProblems(chapter: ChapterFile): Promise<ChapterProblem[]> {
  const key = figureCacheDir() ? contentKey('mdx', chapter.text) : undefined;
  if (key && readEntry<boolean>(key)) return [];
  const problems = await mdxProblems(chapter.file, chapter.text);
  if (key && problems.length === 0) writeEntry(key, true);
  return problems;
}

const remote = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

function safeDecode(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}

/** Every image a chapter shows whose file is missing: chapter, line, column, and where to put the file. */
export function imageProblems(file: string, text: string, publicDir = path.resolve('public')): ChapterProblem[] {
  const body = blankCode(blankFrontmatter(text));
  const found: { offset: number; src: string; markdown: boolean }[] = [];
  for (const match of body.matchAll(/<(?:Illustration|Image|img)\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\1/gs)) {
    found.push({ offset: match.index!, src: match[2]!, markdown: false });
  }
  for (const match of body.matchAll(/!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    found.push({ offset: match.index!, src: match[1]!, markdown: true });
  }
  return found
    .sort((a, b) => a.offset - b.offset)
    .flatMap(({ offset, src, markdown }) => {
      const { line, column } = placeAt(body, offset);
      if (remote.test(src)) return [located(file, line, column, t.check.remoteImage(src))];
      const sitePath = safeDecode(src.split(/[?#]/)[0]!);
      // Note: a markdown image with a relative path is read next to the chapter (Astro bundles it); every other path is under public/.
      const candidates = [path.join(publicDir, sitePath.replace(/^\/+/, ''))];
      if (markdown && !sitePath.startsWith('/')) candidates.push(path.resolve(path.dirname(file), sitePath));
      if (candidates.some((c) => existsSync(c))) return [];
      const target = displayPath(path.join(publicDir, sitePath.replace(/^(\.\/)+|^\/+/g, '')));
      return [located(file, line, column, t.check.missingImage(src, target))];
    });
}

/** The header, the MDX syntax and the images of every chapter, and figures placed twice, in chapter and line order: what the build checks first. */
export async function chapterProblems(chapters: readonly ChapterFile[], publicDir?: string, { cached = false } = {}): Promise<ChapterProblem[]> {
  const syntax = await Promise.all(chapters.map((c) => (cached ? cachedMdxProblems(c) : mdxProblems(c.file, c.text))));
  const repeated = repeatedFigures(chapters);
  return chapters.flatMap((c, i) =>
    sortByLine([
      ...frontmatterProblems(c),
      ...syntax[i]!,
      ...imageProblems(c.file, c.text, publicDir),
      ...repeated.filter((p) => p.file === c.file),
    ]),
  );
}

/**
 * The same figure twice in one chapter: refused, since its title, description and drawing carry
 * ids that must be unique in a page; a link to the first placement says the same.
 */
export function repeatedFigures(chapters: readonly Pick<ChapterFile, 'file' | 'text'>[]): ChapterProblem[] {
  return chapters.flatMap(({ file, text }) => {
    const first = new Map<string, number>();
    const found: ChapterProblem[] = [];
    blankCode(blankFrontmatter(text))
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/<Figure\s+id="([^"]*)"/g)) {
          const id = m[1]!;
          const before = first.get(id);
          if (before === undefined) first.set(id, i + 1);
          else found.push(located(file, i + 1, m.index! + 1, t.figures.repeatedFigure(id, before)));
        }
      });
    return found;
  });
}

/** Problems in line order (those without a line first), keeping the order of those on one line. */
export function sortByLine(problems: readonly ChapterProblem[]): ChapterProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
