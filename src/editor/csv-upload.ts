import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataDir, decodeText, displayPath } from '../data/csv';
import { checkAllData } from '../data/index';
import { figureFileProblems } from '../figures/declarative';
import { allFigures } from '../figures/index';
import { t } from '../strings';

// The editor's « Fichiers de données (CSV) » page: an uploaded CSV is checked exactly as the build
// checks data (the shape every CSV must have, every dataset, every figure file that reads it) on a
// copy of data/, and written to data/ in UTF-8 only when it brings no new problem and the file on
// disk is still the one the page showed. Served only by `npm run edit`.

/** A data file name staff may give: lower-case letters, digits and dashes, ending in .csv. */
export const csvNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*\.csv$/;

/** The version the form carries for a file that does not exist (a new file). */
export const absentVersion = 'absent';

/** The version of data/<name>: the SHA-256 of its bytes, or « absent » when there is no such file. */
export function fileVersion(name: string): string {
  try {
    return createHash('sha256').update(readFileSync(path.join(dataDir(), name))).digest('hex');
  } catch {
    return absentVersion;
  }
}

/** What became of an upload, shown on the page the upload redirects to. */
export type UploadResult =
  | { kind: 'saved'; file: string; converted: boolean }
  | { kind: 'rejected'; file: string; problems: string[] }
  /** The file on disk changed (was created, replaced or removed) after the page was loaded: it is kept. */
  | { kind: 'stale'; file: string; change: 'created' | 'changed' | 'removed' };

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

/** An upload as it would be stored: UTF-8 bytes (a Windows-1252 file re-encoded), its text, and whether it was re-encoded. */
export function asUtf8(bytes: Uint8Array): { bytes: Uint8Array; text: string; converted: boolean } {
  const { text, encoding } = decodeText(bytes);
  return encoding === 'utf-8' ? { bytes, text, converted: false } : { bytes: new TextEncoder().encode(text), text, converted: true };
}

/**
 * Checks a CSV as if it were data/<name>: every problem it would bring to the build (file, line,
 * column, in French) — its shape, then the datasets' and figure files' checks — those data/ already
 * has left out. Nothing is written to data/.
 */
export function checkUploadedCsv(name: string, bytes: Uint8Array): string[] {
  if (!csvNamePattern.test(name)) return [t.editor.upload.badName];
  if (bytes.byteLength === 0) return [t.editor.upload.missingFile];
  const stored = asUtf8(bytes);
  const copy = mkdtempSync(path.join(tmpdir(), 'tiess-donnees-'));
  try {
    cpSync(dataDir(), copy, { recursive: true });
    const before = new Set(problemsWith(copy));
    writeFileSync(path.join(copy, name), stored.bytes);
    // The shape of the file (every CSV's checks), then what the datasets and figure files reading it find.
    return [...new Set(problemsWith(copy).filter((p) => !before.has(p)))];
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Writes an upload to data/<name>, in UTF-8, when the file on disk is still the version the form
 * was loaded with (`expected`: its hash, or « absent » for a new file) and the upload brings no
 * problem. The comparison, the checks and the write run without a pause, so no other request can
 * slip in between.
 */
export function saveUploadedCsv(name: string, bytes: Uint8Array, expected: string): UploadResult {
  const file = `data/${name || '?'}`;
  if (csvNamePattern.test(name)) {
    const current = fileVersion(name);
    if (current !== expected) {
      const change = expected === absentVersion ? 'created' : current === absentVersion ? 'removed' : 'changed';
      return { kind: 'stale', file, change };
    }
  }
  const problems = checkUploadedCsv(name, bytes);
  if (problems.length) return { kind: 'rejected', file, problems };
  const stored = asUtf8(bytes);
  // Note: written beside data/ (not inside, where the dev server would announce it), then renamed over the
  // file, so that nothing ever reads a half-written file.
  const target = path.join(dataDir(), name);
  const partial = path.join(path.dirname(dataDir()), `.${name}.${process.pid}.partiel`);
  writeFileSync(partial, stored.bytes);
  renameSync(partial, target);
  return { kind: 'saved', file, converted: stored.converted };
}

// The results shown after an upload's redirect, by a token in the address (Post/Redirect/Get): a
// reload shows the result again and sends nothing. Kept an hour, at most 100, in this process only.
// Note: on globalThis so that the dev server's reloading of this module keeps them.
const resultsKey = Symbol.for('tiess.editor.uploadResults');
const results: Map<string, { result: UploadResult; at: number }> = ((globalThis as Record<symbol, unknown>)[resultsKey] ??= new Map()) as Map<
  string,
  { result: UploadResult; at: number }
>;
const keptFor = 60 * 60 * 1000;
const kept = 100;

/** Keeps a result for the page the upload redirects to; returns its token. */
export function keepResult(result: UploadResult): string {
  const now = Date.now();
  for (const [token, { at }] of results) if (now - at > keptFor || results.size >= kept) results.delete(token);
  const token = randomUUID();
  results.set(token, { result, at: now });
  return token;
}

/** The result a token names, while it is kept. */
export function resultOf(token: string): UploadResult | undefined {
  const entry = results.get(token);
  return entry && Date.now() - entry.at <= keptFor ? entry.result : undefined;
}
