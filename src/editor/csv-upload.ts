import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataDir, displayPath } from '../data/csv';
import { checkAllData } from '../data/index';
import { figureFileProblems } from '../figures/declarative';
import { allFigures } from '../figures/index';
import { t } from '../strings';

// The editor's « Fichiers de données (CSV) » page: an uploaded CSV is checked exactly as the build
// checks data (every dataset, every figure file that reads it) on a copy of data/, and written to
// data/ only when it brings no new problem. Served only by `npm run edit`.

/** A data file name staff may give: lower-case letters, digits and dashes, ending in .csv. */
export const csvNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.csv$/;

/** Every problem the build would report about data and figure files, read from a data folder. */
function problemsWith(dir: string): string[] {
  const previous = process.env.REPORT_DATA_DIR;
  process.env.REPORT_DATA_DIR = dir;
  try {
    const shown = (message: string) => message.split(dir).join(displayPath(dataDirOf(previous)));
    // Note: a CSV whose shape is wrong is named by both checks; each message once.
    return [...new Set([...checkAllData().errors, ...figureFileProblems()].map((e) => shown(e.message)))];
  } finally {
    if (previous === undefined) delete process.env.REPORT_DATA_DIR;
    else process.env.REPORT_DATA_DIR = previous;
  }
}

function dataDirOf(value: string | undefined): string {
  return path.resolve(value ?? path.join(process.cwd(), 'data'));
}

/** The figures (figure files and bespoke ones) that read a data file, by id. */
export function figuresUsing(name: string): string[] {
  return allFigures()
    .filter((f) => f.datasets.includes(name))
    .map((f) => f.id);
}

/**
 * Checks a CSV as if it were data/<name>: the problems it would bring to the build (file, line,
 * column, in French), those data/ already has left out. Nothing is written to data/.
 */
export function checkUploadedCsv(name: string, bytes: Uint8Array): string[] {
  if (!csvNamePattern.test(name)) return [t.editor.upload.badName];
  if (bytes.byteLength === 0) return [t.editor.upload.missingFile];
  const copy = mkdtempSync(path.join(tmpdir(), 'tiess-donnees-'));
  try {
    cpSync(dataDir(), copy, { recursive: true });
    const before = new Set(problemsWith(copy));
    writeFileSync(path.join(copy, name), bytes);
    return problemsWith(copy).filter((p) => !before.has(p));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Checks an uploaded CSV and writes it to data/<name> when it brings no problem; returns the problems (none when saved). */
export function saveUploadedCsv(name: string, bytes: Uint8Array): string[] {
  const problems = checkUploadedCsv(name, bytes);
  if (problems.length === 0) writeFileSync(path.join(dataDir(), name), bytes);
  return problems;
}
