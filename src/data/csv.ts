import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dsvFormat } from 'd3';
import type { z } from 'astro/zod';
import { t } from '../strings';

/** Where the datasets live: `data/` at the project root, or REPORT_DATA_DIR (used by tests). */
export function dataDir(): string {
  return path.resolve(process.env.REPORT_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/** A path as authors see it in messages: relative to the project root when possible. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}

/** Where a bad value sits in a data file: 1-based line and column, as a spreadsheet shows them. */
export interface DataErrorLocation {
  file: string;
  line?: number;
  column?: number;
  columnName?: string;
}

/** An error in a data file, with a message that names the file, line and column and what was expected. */
export class DataError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly columnName?: string;

  constructor(location: DataErrorLocation, problem: string) {
    super(`${formatLocation(location)} : ${problem}`);
    this.name = 'DataError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.columnName = location.columnName;
  }
}

/** Most problems reported for one data file; the others are only counted (« … et N autres problèmes »). */
export const maxProblemsPerFile = 50;

/**
 * Several problems in data files, reported together: the message lists each on its own line (file,
 * line, column, what was expected), followed for a file with too many by how many more it has. It is
 * a DataError located at its first problem, so code that catches one DataError catches it too.
 */
export class DataErrors extends DataError {
  /** The problems listed, in file and line order. */
  readonly errors: readonly DataError[];
  /** Per file, how many more problems were found but not listed. */
  readonly omitted: ReadonlyMap<string, number>;

  constructor(errors: readonly DataError[], omitted: ReadonlyMap<string, number> = new Map()) {
    const first = errors[0] ?? new DataError({ file: [...omitted.keys()][0] ?? '' }, '');
    super(first, '');
    this.name = 'DataErrors';
    this.errors = errors;
    this.omitted = omitted;
    this.message = this.entries().map((e) => e.text).join('\n');
  }

  /** The lines of the message: each problem (count 1), and after a file's problems the number not listed (count N). */
  entries(): { text: string; count: number }[] {
    const files = [...new Set([...this.errors.map((e) => e.file), ...this.omitted.keys()])];
    return files.flatMap((file) => {
      const listed = this.errors.filter((e) => e.file === file).map((e) => ({ text: e.message, count: 1 }));
      const more = this.omitted.get(file) ?? 0;
      return more ? [...listed, { text: `${displayPath(file)} : ${t.check.moreProblems(more)}`, count: more }] : listed;
    });
  }

  /** The single error when there is one, otherwise all of them together; undefined when there are none. */
  static of(errors: readonly DataError[], omitted: ReadonlyMap<string, number> = new Map()): DataError | undefined {
    if (errors.length === 0 && omitted.size === 0) return undefined;
    return errors.length === 1 && omitted.size === 0 ? errors[0] : new DataErrors(errors, omitted);
  }
}

/** The single problems inside an error thrown by the data layer (one DataError, or the list of a DataErrors). */
export function dataErrorsOf(error: DataError): { errors: readonly DataError[]; omitted: ReadonlyMap<string, number> } {
  return error instanceof DataErrors ? { errors: error.errors, omitted: error.omitted } : { errors: [error], omitted: new Map() };
}

function formatLocation({ file, line, column, columnName }: DataErrorLocation): string {
  const parts = [displayPath(file)];
  if (line !== undefined) parts.push(`${t.data.line} ${line}`);
  if (column !== undefined) {
    parts.push(columnName ? `${t.data.column} ${column} (« ${columnName} »)` : `${t.data.column} ${column}`);
  }
  return parts.join(', ');
}

/** One data row of a CSV file with the line where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A CSV file split into its header and records, with no interpretation of the values. */
export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
}

/**
 * Decodes a data file as saved by people: UTF-8 (with or without the BOM Excel adds) or, when the
 * bytes are not valid UTF-8, Windows-1252 (Excel's plain "CSV" on Windows in French).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Note: Node's TextDecoder('windows-1252') decodes as Latin-1 (0x92 stays a control character),
    // so the 0x80–0x9F block, where the two differ, is mapped here.
    const text = Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? (windows1252High[b - 0x80] ?? '\ufffd') : String.fromCharCode(b))).join('');
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * The text of a data file whose encoding the loader reads (UTF-8 with or without BOM, or
 * Windows-1252), or a DataError saying how to save it again: UTF-16 (Excel's « Texte Unicode »),
 * a binary file (a workbook renamed .csv), bytes that are neither encoding.
 */
export function readableText(bytes: Uint8Array, file: string): string {
  const e = t.data.encoding;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new DataError({ file, line: 1 }, t.data.unreadableEncoding(e.utf16));
  const { text } = decodeText(bytes);
  const nul = text.indexOf('\u0000');
  const bad = text.indexOf('\ufffd');
  if (nul >= 0 || bad >= 0) {
    const at = nul >= 0 ? nul : bad;
    const line = text.slice(0, at).split('\n').length;
    throw new DataError({ file, line }, t.data.unreadableEncoding(nul >= 0 ? e.binary : e.unknownCharacter));
  }
  return text;
}

const windows1252High = [...'€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ'];

/** The delimiter of a CSV file, read from its header line: ";" (Excel in French) or ",". */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Splits CSV text (RFC 4180; comma or semicolon) into a header and records that remember their line numbers. */
export function parseCsv(text: string, file: string): CsvTable & { delimiter: ',' | ';' } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const rows = dsvFormat(delimiter).parseRows(body);
  let line = 1;
  const located: CsvRecord[] = [];
  for (const cells of rows) {
    located.push({ line, cells });
    line += 1 + cells.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  const [head, ...records] = located.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  if (!head) throw new DataError({ file, line: 1 }, t.data.emptyFile);
  return { file, header: head.cells.map((h) => h.replace(/^\ufeff/, '').trim()), records, delimiter };
}

/** What a dataset is: its file under data/, its row schema, and the checks that span rows. */
export interface DatasetDefinition<S extends z.ZodObject> {
  /** File name relative to the data directory, e.g. `poles.csv`. */
  file: string;
  /** One zod schema for a row; every key is a required column and every cell arrives as a string. */
  schema: S;
  /** Column whose values must be unique (an identifier). */
  key?: keyof z.input<S> & string;
  /** Columns whose values must be one of a known set, with a phrase naming that set for messages. */
  references?: Partial<Record<keyof z.input<S> & string, () => { values: ReadonlySet<string>; expected: string }>>;
  /** A check across the cells of one typed row: returns the column at fault and the problem, or nothing. */
  check?: (row: z.output<S>) => { column: keyof z.input<S> & string; problem: string } | undefined;
}

// Which data files a computation reads (tests check that every figure lists in `datasets` the
// files it reads: the figure cache keys a figure by those files' bytes). Kept on globalThis, as the
// CSV cache below, so that every bundle of the build notes into the same set.
const readsKey = Symbol.for('tiess.report.dataReads');
const readsStore = globalThis as { [readsKey]?: Set<string> };

/** Notes that a data file (path relative to the data folder) is read, when something listens. */
export function noteDataRead(file: string): void {
  readsStore[readsKey]?.add(file.split(path.sep).join('/'));
}

/**
 * Runs `check` without noting what it reads: the files a dataset's references read (the known
 * region codes, the initiatives' ids) only check it — its rows are the same — and their problems
 * stop the build before any figure is drawn.
 */
function unnoted<T>(check: () => T): T {
  const listening = readsStore[readsKey];
  readsStore[readsKey] = undefined;
  try {
    return check();
  } finally {
    readsStore[readsKey] = listening;
  }
}

/** Runs `compute` and returns, with its result, the data files it read (relative to the data folder). */
export function dataReadsDuring<T>(compute: () => T): { result: T; reads: string[] } {
  const previous = readsStore[readsKey];
  const reads = new Set<string>();
  readsStore[readsKey] = reads;
  try {
    const result = compute();
    return { result, reads: [...reads].sort() };
  } finally {
    readsStore[readsKey] = previous;
    for (const file of reads) previous?.add(file);
  }
}

/** A typed row together with the line it came from, so later checks can point back to the file. */
export type Located<T> = T & { readonly __line: number };

interface CacheEntry {
  mtimeMs: number;
  rows: unknown[];
}

// Note: kept on globalThis so that the build's config step and its page rendering, which load
// this module through different bundles in one process, share a single read of each file.
const cacheKey = Symbol.for('tiess.report.csvCache');
const cache: Map<string, CacheEntry> = ((globalThis as Record<symbol, unknown>)[cacheKey] ??= new Map()) as Map<
  string,
  CacheEntry
>;

/** Reads, validates and types a dataset once per process (re-read only when the file changes). */
export function loadDataset<S extends z.ZodObject>(def: DatasetDefinition<S>): Located<z.output<S>>[] {
  noteDataRead(def.file);
  const file = path.join(dataDir(), def.file);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    throw new DataError({ file }, t.data.missingFile);
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.rows as Located<z.output<S>>[];
  const rows = unnoted(() => validateTable(parseCsv(readableText(readFileSync(file), file), file), def));
  cache.set(file, { mtimeMs, rows });
  return rows;
}

/** What checking a table found: its typed rows (when valid), the problems listed, and how many more there were. */
export interface TableCheck<T> {
  rows: Located<T>[];
  errors: DataError[];
  omitted: number;
}

/** Checks a parsed table against a dataset definition and returns typed rows, or throws every problem found (DataError, DataErrors). */
export function validateTable<S extends z.ZodObject>(
  table: CsvTable,
  def: DatasetDefinition<S>,
): Located<z.output<S>>[] {
  const { rows, errors, omitted } = checkTable(table, def);
  const error = DataErrors.of(errors, omitted ? new Map([[table.file, omitted]]) : undefined);
  if (error) throw error;
  return rows;
}

/**
 * Checks a parsed table against a dataset definition without throwing: every bad cell of every row
 * (type, reference, cross-cell check, duplicate id), at most `limit` listed and the rest counted.
 */
export function checkTable<S extends z.ZodObject>(
  table: CsvTable,
  def: DatasetDefinition<S>,
  limit = maxProblemsPerFile,
): TableCheck<z.output<S>> {
  const { file, header } = table;
  const result: TableCheck<z.output<S>> = { rows: [], errors: [], omitted: 0 };
  const seenMessages = new Set<string>();
  const report = (error: DataError) => {
    if (seenMessages.has(error.message)) return;
    seenMessages.add(error.message);
    if (result.errors.length < limit) result.errors.push(error);
    else result.omitted++;
  };
  // A reference list or a check that reads another file may throw that file's problems: they are reported here too.
  const guard = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      dataErrorsOf(error).errors.forEach(report);
      return undefined;
    }
  };

  const expected = Object.keys(def.schema.shape);
  const seenHeader = new Map<string, number>();
  header.forEach((name, i) => {
    if (seenHeader.has(name)) {
      report(new DataError({ file, line: 1, column: i + 1, columnName: name }, t.data.duplicateColumn(seenHeader.get(name)! + 1)));
      return;
    }
    seenHeader.set(name, i);
    if (!expected.includes(name)) {
      report(new DataError({ file, line: 1, column: i + 1, columnName: name }, t.data.unknownColumn(expected)));
    }
  });
  const wrongHeader = result.errors.length > 0;
  const missing = new Set(expected.filter((name) => !seenHeader.has(name)));
  for (const name of missing) {
    report(new DataError({ file, line: 1, column: header.length + 1, columnName: name }, t.data.missingColumn(expected)));
  }
  // Note: with a duplicate or unknown column every cell could be read under the wrong name, so rows are then not
  // checked; with columns only missing, the cells of the others are checked, so every problem is listed at once.
  if (wrongHeader) return result;

  const firstLineOf = new Map<string, number>();
  const references = Object.entries(def.references ?? {}).flatMap(([column, get]) => {
    const ref = guard(get as () => { values: ReadonlySet<string>; expected: string });
    return ref ? [[column, ref] as const] : [];
  });
  const shape = def.schema.shape as Record<string, z.ZodTypeAny>;
  const columnOf = (name: string) => (seenHeader.get(name) ?? 0) + 1;

  for (const { line, cells } of table.records) {
    if (cells.length !== header.length) {
      const column = Math.min(cells.length, header.length) + 1;
      report(new DataError({ file, line, column }, t.data.raggedRow(header.length, cells.length)));
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((name, i) => (raw[name] = cells[i]!.trim()));

    const parsed = def.schema.safeParse(raw);
    const bad = new Set<string>();
    const found: DataError[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const columnName = String(issue.path[0] ?? '');
        if (bad.has(columnName) || missing.has(columnName)) continue;
        bad.add(columnName);
        found.push(new DataError({ file, line, column: columnOf(columnName), columnName }, t.data.invalidValue(issue.message, raw[columnName] ?? '')));
      }
    }
    // The value as its column reads it (e.g. region code "6" → "06"), even when another cell of the row is bad.
    const valueOf = (name: string): string => {
      if (parsed.success) return String((parsed.data as Record<string, unknown>)[name] ?? '');
      const cell = shape[name]!.safeParse(raw[name]);
      return cell.success ? String(cell.data ?? '') : raw[name]!;
    };

    for (const [columnName, ref] of references) {
      if (bad.has(columnName) || missing.has(columnName)) continue;
      const value = valueOf(columnName);
      if (value !== '' && !ref.values.has(value)) {
        bad.add(columnName);
        found.push(new DataError({ file, line, column: columnOf(columnName), columnName }, t.data.unknownReference(raw[columnName]!, ref.expected)));
      }
    }

    if (parsed.success && bad.size === 0) {
      const failed = guard(() => def.check?.(parsed.data));
      if (failed) {
        bad.add(failed.column);
        found.push(new DataError({ file, line, column: columnOf(failed.column), columnName: failed.column }, failed.problem));
      }
    }

    if (def.key && !bad.has(def.key) && !missing.has(def.key)) {
      const id = valueOf(def.key);
      const previous = firstLineOf.get(id);
      if (previous !== undefined) {
        bad.add(def.key);
        found.push(new DataError({ file, line, column: columnOf(def.key), columnName: def.key }, t.data.duplicateKey(id, previous)));
      } else {
        firstLineOf.set(id, line);
      }
    }
    // A row's problems in column order.
    found.sort((a, b) => (a.column ?? 0) - (b.column ?? 0)).forEach(report);
    if (parsed.success && bad.size === 0) {
      result.rows.push(Object.defineProperty(parsed.data, '__line', { value: line, enumerable: false }) as Located<z.output<S>>);
    }
  }
  return result;
}
