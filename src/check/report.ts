import { t } from '../strings';

// The problems `npm run check` prints (« fichier, ligne L, colonne C (« nom ») : message »), read
// back: their place, for GitHub's annotations and job summary, and the list the editor's « Publier »
// page shows.

/** Where a problem sits, read from the start of its text; fields absent when the text names none. */
export interface ProblemPlace {
  file?: string;
  line?: number;
  column?: number;
}

const place = /^(?<file>[^\s,:«»][^,:«»]*?\.[A-Za-z0-9]+)(?:, ligne (?<line>\d+))?(?:, colonne (?<column>\d+))?(?=[ ,:(]| :|$)/u;

/** The file, line and column a problem's text starts with. */
export function locate(text: string): ProblemPlace {
  const match = place.exec(text);
  if (!match?.groups) return {};
  const { file, line, column } = match.groups;
  return {
    file,
    ...(line ? { line: Number(line) } : {}),
    ...(column ? { column: Number(column) } : {}),
  };
}

/** The problems of a check's output: its lines marked « ✗ ». */
export function problemsInOutput(output: string): string[] {
  return linesMarked(output, '  ✗ ');
}

/** The warnings of a check's output: its lines marked « ⚠ » (nothing stops for them). */
export function warningsInOutput(output: string): string[] {
  return linesMarked(output, '  ⚠ ');
}

const linesMarked = (output: string, mark: string) =>
  output
    .split(/\r?\n/)
    .filter((line) => line.startsWith(mark))
    .map((line) => line.slice(mark.length));

// GitHub's workflow commands: data escapes %, CR and LF; property values also « : » and « , ».
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error …::message` line per problem, placed on its file, line and column when it names them. */
export function githubAnnotations(problems: readonly string[]): string[] {
  return problems.map((text) => {
    const { file, line, column } = locate(text);
    const properties = [
      ...(file ? [`file=${escapeProperty(file)}`] : []),
      ...(line ? [`line=${line}`] : []),
      ...(column ? [`col=${column}`] : []),
      `title=${escapeProperty(t.check.github.annotationTitle)}`,
    ];
    return `::error ${properties.join(',')}::${escapeData(text)}`;
  });
}

/** A text as plain Markdown: no HTML (a tag like <Encadre> would vanish) and no formatting. */
const markdownText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');

/** The job summary (Markdown) of a check: every problem as a list item, the file in bold. */
export function githubSummary(problems: readonly string[], total = problems.length): string {
  const g = t.check.github;
  if (problems.length === 0) return `### ✓ ${g.summaryOk}\n`;
  const items = problems.map((text) => {
    const { file } = locate(text);
    return file && text.startsWith(file) ? `- **${markdownText(file)}**${markdownText(text.slice(file.length))}` : `- ${markdownText(text)}`;
  });
  return `### ${g.summaryTitle(total)}\n\n${items.join('\n')}\n\n${g.summaryTodo}\n`;
}
