import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { DataError, dataDir, maxProblemsPerFile, noteDataRead, parseCsv, readableText, type CsvTable } from './csv';
import { normaliseNumber } from './cells';
import { t } from '../strings';

// A CSV read without a dataset module: the columns are whatever the file's header says, and the
// figure file that reads it says which column plays which role. Used by declarative figures.

interface CacheEntry {
  mtimeMs: number;
  table: CsvTable;
}

const cacheKey = Symbol.for('tiess.report.tableCache');
const cache: Map<string, CacheEntry> = ((globalThis as Record<symbol, unknown>)[cacheKey] ??= new Map()) as Map<string, CacheEntry>;

/** The CSV files under data/ (sub-folders included), as paths relative to it, in name order. */
export function listCsvFiles(dir = dataDir()): string[] {
  return csvFilesUnder(dir, '').sort((a, b) => a.localeCompare(b));
}

function csvFilesUnder(dir: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSafe(dir)) {
    if (entry.isDirectory()) out.push(...csvFilesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name.toLowerCase().endsWith('.csv')) out.push(`${prefix}${entry.name}`);
  }
  return out;
}

function readdirSafe(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Reads data/<file> (or <dir>/<file>) as a plain table (header and located records), once per file version. */
export function loadTable(file: string, dir = dataDir()): CsvTable {
  noteDataRead(file);
  const full = path.join(dir, file);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(full).mtimeMs;
  } catch {
    throw new DataError({ file: full }, t.data.missingFile);
  }
  const cached = cache.get(full);
  if (cached && cached.mtimeMs === mtimeMs) return cached.table;
  const table = parseCsv(readableText(readFileSync(full), full), full);
  cache.set(full, { mtimeMs, table });
  return table;
}

/** What the shape check of a CSV found: problems listed (at most `maxProblemsPerFile`) and how many more. */
export interface ShapeCheck {
  errors: DataError[];
  omitted: number;
}

/**
 * The checks every CSV gets, whatever reads it: a header with a name in each cell, each name once,
 * and the same number of cells on every row as in the header.
 */
export function tableShapeProblems(table: CsvTable, limit = maxProblemsPerFile): ShapeCheck {
  const { file, header } = table;
  const result: ShapeCheck = { errors: [], omitted: 0 };
  const report = (error: DataError) => (result.errors.length < limit ? result.errors.push(error) : result.omitted++);
  const first = new Map<string, number>();
  header.forEach((name, i) => {
    // Note: Excel writes empty columns after the last one when a far cell was once used; only an unnamed column holding values is a problem.
    if (name === '') {
      if (table.records.some((r) => (r.cells[i] ?? '').trim() !== '')) report(new DataError({ file, line: 1, column: i + 1 }, t.data.emptyColumnName));
      return;
    }
    if (first.has(name)) return report(new DataError({ file, line: 1, column: i + 1, columnName: name }, t.data.duplicateColumn(first.get(name)! + 1)));
    first.set(name, i);
  });
  for (const { line, cells } of table.records) {
    if (cells.length === header.length) continue;
    report(new DataError({ file, line, column: Math.min(cells.length, header.length) + 1 }, t.data.raggedRow(header.length, cells.length)));
  }
  return result;
}

/** Reads a CSV of the data folder and checks its shape (encoding, header, cells per row), without throwing. */
export function checkCsvShape(file: string, dir = dataDir()): ShapeCheck & { table?: CsvTable } {
  let table: CsvTable;
  try {
    table = loadTable(file, dir);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { errors: [error], omitted: 0 };
  }
  return { table, ...tableShapeProblems(table) };
}

/**
 * A number cell as people type it: « 1 234,5 », « 12,5 % », « 1 234 $ », « 3,2 M$ », « −4 » — the
 * unit is the figure's to show, so a trailing %, $, k$ or M$ is ignored. Empty → null (no value);
 * anything else → undefined (not a number).
 */
export function parseNumberCell(cell: string): number | null | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const bare = trimmed.replace(/[\s\u00a0\u202f]*(%|\$|k\$|M\$|\$ ?CA)$/i, '');
  const canonical = normaliseNumber(bare);
  return /^-?\d+(?:\.\d+)?$/.test(canonical) ? Number(canonical) : undefined;
}

/** Decimals written in a number cell (« 12,50 » → 2), to show values as precisely as they were typed. */
export function decimalsOf(cell: string): number {
  const canonical = normaliseNumber(cell.trim().replace(/[\s\u00a0\u202f]*(%|\$|k\$|M\$)$/i, ''));
  const dot = canonical.indexOf('.');
  return dot < 0 ? 0 : canonical.length - dot - 1;
}
