import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { t } from '../strings';

// The YAML staff write (figure files, chapter headers), read by one rule: French text may hold
// « : » and « # » without quotes, and every syntax error is said in French at the line and column
// of the file where the author should look.

const m = t.yaml;

/**
 * French text puts a space before a colon (« Source : MRNF ») and may hold « #motclic »; in plain
 * YAML both break the line (a nested mapping, a comment), and a text that starts with « * », « ! »,
 * « % » or a number is read as something else. The value of a text key, and any top-level value
 * holding « : » or « # », is read as the whole text when it is not quoted, a list or a block, so
 * staff never need quotes. So is the value of a nested text key (`nestedKeys`: an annotation's
 * « - ligne: Objectif : 50 »), however indented or listed. Lines keep their numbers.
 */
export function quoteFrenchText(source: string, textKeys: ReadonlySet<string>, nestedKeys: ReadonlySet<string> = new Set()): string {
  return source
    .split('\n')
    .map((line) => {
      const nested = /^(\s*-\s+|\s+)([\w-]+):[ \t]+(.*?)\r?$/.exec(line);
      if (nested && nestedKeys.has(nested[2]!) && !/^["'[{|>]/.test(nested[3]!)) {
        return `${nested[1]}${nested[2]}: ${JSON.stringify(nested[3])}${line.endsWith('\r') ? '\r' : ''}`;
      }
      const match = /^([\w-]+):[ \t]+(.*?)\r?$/.exec(line);
      if (!match) return line;
      const [, key, value] = match as unknown as [string, string, string];
      // Already quoted, a list, a map or a block: YAML as written.
      if (/^["'[{|>]/.test(value)) return line;
      // A text key is always text, whatever it starts with (« 2020 : une année », « * note », « !important »).
      if (!textKeys.has(key) && !/(: |\s#)/.test(value)) return line;
      return `${key}: ${JSON.stringify(value)}${line.endsWith('\r') ? '\r' : ''}`;
    })
    .join('\n');
}

/** Keys of a chapter header whose value is always free text: « : » and « # » need no quotes, as in figure files. */
export const chapterTextKeys: ReadonlySet<string> = new Set(['titre', 'partie', 'resume', 'chapeau']);

export const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/**
 * The chapter with its header read by the figure files' rule: a text value holding « : » or « # »
 * is quoted, so that the YAML reader of Astro and MDX reads the whole text. Lines keep their numbers.
 */
export function frenchFrontmatter(text: string): string {
  const match = frontmatterPattern.exec(text);
  if (!match) return text;
  const start = match[0].indexOf('\n') + 1;
  return text.slice(0, start) + quoteFrenchText(match[1]!, chapterTextKeys) + text.slice(start + match[1]!.length);
}

/** A YAML problem at its place (1-based line and column of the text given, not of the quoted copy), said in French without its prefix. */
export interface YamlProblem {
  line: number;
  column?: number;
  text: string;
}

/** Reads YAML written by staff: the document (with its line counter) and every syntax problem in French. */
export function parseFrenchYaml(
  source: string,
  textKeys: ReadonlySet<string>,
  nestedKeys?: ReadonlySet<string>,
): { doc: Document; lineCounter: LineCounter; problems: YamlProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(quoteFrenchText(source, textKeys, nestedKeys), { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lines = source.split(/\r?\n/);
  const problems: YamlProblem[] = [];
  const seen = new Set<string>();
  for (const error of doc.errors) {
    const problem = describeYamlError(error, lines);
    const key = `${problem.line}:${problem.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return { doc, lineCounter, problems };
}

/** Where a bracket, brace or quote opened on a line is left open: its 1-based line and column, or undefined. */
function unclosedOpener(lines: readonly string[], before: number, opener: '[' | '{' | '"'): { line: number; column: number } | undefined {
  const closer = opener === '[' ? ']' : opener === '{' ? '}' : '"';
  for (let i = Math.min(before, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    let open: number | undefined;
    let depth = 0;
    let quoted = false;
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (opener !== '"' && ch === '"') quoted = !quoted;
      if (quoted && opener !== '"') continue;
      if (opener === '"') {
        if (ch === '\\') c++;
        else if (ch === '"') open = open === undefined ? c : undefined;
        continue;
      }
      if (ch === opener) {
        if (depth === 0) open = c;
        depth++;
      } else if (ch === closer && depth > 0) {
        depth--;
        if (depth === 0) open = undefined;
      }
    }
    if (open !== undefined) return { line: i + 1, column: open + 1 };
  }
  return undefined;
}

/** A YAML library error in French, at the line and column to look at. */
function describeYamlError(error: YAMLError, lines: readonly string[]): YamlProblem {
  const at = error.linePos?.[0] ?? { line: 1, col: 1 };
  const here = (text: string, place: { line: number; column?: number } = { line: at.line, column: at.col }): YamlProblem => ({
    line: place.line,
    column: place.column,
    text,
  });
  const sourceLine = lines[at.line - 1] ?? '';
  switch (error.code) {
    case 'BAD_INDENT': {
      // The library notices an unclosed list or map only at the next line: point at the opening bracket.
      const flow = /Flow (sequence|map)/.exec(error.message)?.[1];
      if (flow) {
        const opener = flow === 'sequence' ? '[' : '{';
        const place = unclosedOpener(lines, at.line, opener);
        return here(flow === 'sequence' ? m.unclosedList : m.unclosedMap, place ?? { line: Math.max(1, at.line - 1) });
      }
      return here(m.badIndent);
    }
    case 'MISSING_CHAR': {
      if (/quote/.test(error.message)) {
        const place = unclosedOpener(lines, at.line, '"');
        return here(m.unclosedQuote, place ?? { line: at.line });
      }
      return here(m.missingChar);
    }
    case 'TAB_AS_INDENT':
      return here(m.tab);
    case 'DUPLICATE_KEY': {
      const key = /^\s*([^:]+?)\s*:/.exec(sourceLine)?.[1] ?? '';
      const first = lines.findIndex((l, i) => i < at.line - 1 && new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
      return here(m.duplicateKey(key, first >= 0 ? first + 1 : undefined), { line: at.line, column: at.col });
    }
    case 'UNEXPECTED_TOKEN': {
      const quoteTrouble = /^\s*[\w-]+:\s*'.*'.*'/.test(sourceLine);
      return here(quoteTrouble ? m.apostrophe : m.unexpectedText);
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      // A line indented under a key that has a value on its own line, or a « : » inside a list.
      return here(/^\s/.test(lines[at.line] ?? '') && !/^\s/.test(sourceLine) ? m.indentedLine : m.colon, { line: at.line, column: at.col });
    case 'MULTIPLE_DOCS':
      return here(m.multipleDocuments);
    case 'BAD_DQ_ESCAPE':
      return here(m.backslash);
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
      return here(m.specialStart('*', '&'));
    case 'TAG_RESOLVE_FAILED':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return here(m.specialStart('!'));
    case 'BAD_SCALAR_START':
      return here(m.specialStart(sourceLine.slice(at.col - 1, at.col) || '@'));
    case 'BAD_DIRECTIVE':
      return here(m.specialStart('%'));
    case 'KEY_OVER_1024_CHARS':
      return here(m.longKey);
    case 'NON_STRING_KEY':
    case 'BLOCK_IN_FLOW':
    case 'BAD_COLLECTION_TYPE':
      return here(m.badStructure);
    default:
      return here(m.other);
  }
}
