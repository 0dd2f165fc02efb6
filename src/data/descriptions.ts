import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { DataError, dataDir } from './csv';
import { t } from '../strings';

// The description of each data file (what it holds, its source, licence, date, processing and
// caveats): one small YAML file per data file in data/descriptions/, which staff edit in the
// browser editor (« Descriptions des données », keystatic.config.ts) and the « Sources et
// méthodologie » page publishes. Texts may hold **bold**, *italics*, `code` and <https://…> links.

/** The parts of a description, in the order the sources page shows them; the first three are required. */
export const descriptionParts = ['contenu', 'source', 'licence', 'attribution', 'date', 'traitement', 'mises-en-garde'] as const;
export type DescriptionPart = (typeof descriptionParts)[number];
const required: readonly DescriptionPart[] = ['contenu', 'source', 'licence'];

/** One data file's description: the data file it describes (path under data/), its parts, and where it is written. */
export interface DataDescription {
  fichier: string;
  parts: Partial<Record<DescriptionPart, string>>;
  file: string;
}

/** Where the descriptions live: data/descriptions/ (or under REPORT_DATA_DIR). */
export function descriptionsDir(): string {
  return path.join(dataDir(), 'descriptions');
}

/**
 * Reads every description and checks it against the data files that exist: each names one of them,
 * once, with its required parts as text. Returns the descriptions by data file, and every problem
 * (file, line, what is expected), in French.
 */
export function readDescriptions(dataFiles: readonly string[]): { byFile: Map<string, DataDescription>; problems: DataError[] } {
  const m = t.descriptions;
  const byFile = new Map<string, DataDescription>();
  const firstOf = new Map<string, string>();
  const problems: DataError[] = [];
  let names: string[];
  try {
    names = readdirSync(descriptionsDir()).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    names = [];
  }
  for (const name of names) {
    const file = path.join(descriptionsDir(), name);
    const problem = (line: number | undefined, text: string) => problems.push(new DataError({ file, line }, text));
    const lineCounter = new LineCounter();
    const source = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
    if (doc.errors.length) {
      // Note: an unclosed quote is found where the file ends; the line to fix is that of the key whose text it opens.
      const sourceLines = source.split(/\r?\n/);
      const keyLine = (line: number) => {
        for (let l = Math.min(line, sourceLines.length); l > 1; l--) if (/^[\w-]+\s*:/.test(sourceLines[l - 1]!)) return l;
        return 1;
      };
      for (const line of new Set(doc.errors.map((e) => keyLine(e.linePos?.[0]?.line ?? 1)))) problem(line, m.unreadable);
      continue;
    }
    if (!isMap(doc.contents)) {
      problem(1, m.notAMap);
      continue;
    }
    const lines = new Map<string, number>();
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
    const data = doc.toJS() as Record<string, unknown>;
    const fichier = typeof data.fichier === 'string' ? data.fichier.trim() : '';
    if (!fichier) problem(lines.get('fichier') ?? 1, m.missingFile(dataFiles));
    else if (!dataFiles.includes(fichier)) problem(lines.get('fichier'), m.unknownFile(fichier, dataFiles));
    else if (firstOf.has(fichier)) problem(lines.get('fichier'), m.duplicate(fichier, firstOf.get(fichier)!));
    const parts: DataDescription['parts'] = {};
    for (const [key, value] of Object.entries(data)) {
      if (key === 'fichier') continue;
      if (!(descriptionParts as readonly string[]).includes(key)) {
        problem(lines.get(key), m.unknownPart(key, descriptionParts));
        continue;
      }
      if (value === null || value === undefined || value === '') continue;
      if (typeof value !== 'string') problem(lines.get(key), m.notText(key));
      else parts[key as DescriptionPart] = value.trim();
    }
    for (const part of required) if (!parts[part]) problem(lines.get(part) ?? 1, m.missingPart(part));
    if (fichier && dataFiles.includes(fichier) && !firstOf.has(fichier)) {
      firstOf.set(fichier, name);
      byFile.set(fichier, { fichier, parts, file });
    }
  }
  return { byFile, problems };
}
