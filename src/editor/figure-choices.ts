import { load } from 'js-yaml';

// What the editor offers in its lists, read from the project's files when the editor starts (and
// again when Vite sees one of these files added or saved): the figures by title, and the data files.

/** A choice of a select field: what staff read, what the file stores. */
export interface Choice {
  label: string;
  value: string;
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.(ya?ml|ts|csv)$/i, '');

/** The title of a figure file (flat or as the editor writes it), or its id when it has none. */
export function figureFileTitle(file: string, text: string): string {
  try {
    const data = load(text) as Record<string, unknown> | null;
    if (data && typeof data.titre === 'string' && data.titre.trim()) return data.titre.trim();
  } catch {
    // Note: a broken figure file still appears in the list, by its id; the build names its problem.
  }
  return idOf(file);
}

/** The id and title a bespoke figure module declares (`id: '…'` then `title: '…'`), if any. */
export function bespokeFigure(text: string): Choice | undefined {
  const match = /\bid: '([a-z0-9]+(?:-[a-z0-9]+)*)',\s*\n(?:[^\n]*\n){0,3}?\s*title: '((?:[^'\\]|\\.)*)'/.exec(text);
  return match ? { value: match[1]!, label: match[2]!.replace(/\\'/g, "'") } : undefined;
}

/** Every figure a chapter may show, sorted by title: the figure files and the bespoke figures. */
export function figureChoices(figureFiles: Record<string, string>, bespokeModules: Record<string, string>): Choice[] {
  const files = Object.entries(figureFiles).map(([file, text]) => ({ value: idOf(file), label: figureFileTitle(file, text) }));
  const bespoke = Object.values(bespokeModules).flatMap((text) => bespokeFigure(text) ?? []);
  const seen = new Set<string>();
  return [...files, ...bespoke]
    .filter((c) => !seen.has(c.value) && seen.add(c.value))
    .map((c) => ({ value: c.value, label: `${c.label} (${c.value})` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** The data files a figure may read (data/*.csv), by name. */
export function dataFileChoices(dataFiles: readonly string[]): Choice[] {
  return dataFiles
    .map((file) => file.replace(/^.*\/data\//, ''))
    .sort((a, b) => a.localeCompare(b, 'fr'))
    .map((name) => ({ value: name, label: name }));
}

/** The column names of a CSV file, read from its header line as the build reads them (";" or ",", quotes, Excel's BOM). */
export function csvColumns(text: string): string[] {
  const body = text.replace(/^\ufeff/, '');
  const header = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const delimiter = outsideQuotes.split(';').length > outsideQuotes.split(',').length ? ';' : ',';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (quoted && c === '"' && header[i + 1] === '"') (cell += '"'), i++;
    else if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) cells.push(cell), (cell = '');
    else cell += c;
  }
  cells.push(cell);
  return cells.map((c) => c.trim()).filter(Boolean);
}

/** The columns of each data file, by file name (data/*.csv read when the editor starts or a file changes). */
export function dataColumns(dataFiles: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(dataFiles).map(([file, text]) => [file.replace(/^.*\/data\//, ''), csvColumns(text)]));
}
