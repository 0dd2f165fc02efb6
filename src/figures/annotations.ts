import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import type { ChartAnnotation } from '../charts/annotate';
import type { CategoricalData } from '../charts/model';
import { parseNumberCell } from '../data/table';
import { closest } from '../utils/close-names';
import { formatDay } from '../utils/format';
import type { XKind } from './types/categorical';
import type { PrepareContext } from './types/contract';
import { parseDate } from './types/time-axis';
import { t } from '../strings';

// Annotations, shared by the chart types that draw them (colonnes, barres and their grouped and
// stacked forms, lignes, aires, nuage-de-points): one key of the figure file, « annotations », a
// list whose entries are each one of
//   - note: <text>      sur: <category, year, date or point>   (serie: <series>, optional)
//   - ligne: <text>     valeur: <number>   or   sur: <year, date or category>
//   - periode: <text>   de: <year, date or category>   a: <…>
//   - bande: <text>     de: <number>   a: <number>
// checked here against the figure's data (every problem at its line), turned into the chart's
// terms (src/charts/annotate.ts draws them) and into sentences of the written description.

const m = t.annotations;

/** The key in figure files. */
export const annotationsKey = 'annotations';
/** The kinds of annotation, each the key holding its text. */
export const annotationKinds = ['note', 'ligne', 'periode', 'bande'] as const;
type Kind = (typeof annotationKinds)[number];
const subKeys = ['sur', 'valeur', 'de', 'a', 'serie'] as const;
const entryKeys: readonly string[] = [...annotationKinds, ...subKeys];
/** The keys each kind reads besides its text. */
const kindKeys: Record<Kind, readonly string[]> = { note: ['sur', 'serie'], ligne: ['valeur', 'sur', 'serie'], periode: ['de', 'a'], bande: ['de', 'a'] };

/** The key in a type's schema: a list, each entry read and checked with the data (resolveAnnotations). */
export const annotationsSchema = z.array(z.unknown(), { error: m.notAList }).default([]);

/** The types whose figure files may hold annotations (their schema has the key). */
export const annotated = (schema: z.ZodObject): boolean => annotationsKey in schema.shape;

/**
 * The line of each annotation and of each of its keys, as `annotations.<i>` and
 * `annotations.<i>.<key>`, for messages (the list at the top level, or in the editor's nested form).
 */
export function annotationLines(doc: Document, lineCounter: LineCounter, lines: Map<string, number>): void {
  const top = isMap(doc.contents) ? doc.contents : undefined;
  const typeValue = top?.getIn(['type', 'value'], true);
  const list = top?.get(annotationsKey, true) ?? (isMap(typeValue) ? typeValue.get(annotationsKey, true) : undefined);
  if (!isSeq(list)) return;
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  list.items.forEach((item, i) => {
    const at = lineOf(item as YamlNode);
    if (at) lines.set(`${annotationsKey}.${i}`, at);
    if (!isMap(item)) return;
    for (const pair of item.items) {
      const line = lineOf(pair.key as YamlNode);
      if (isScalar(pair.key) && line) lines.set(`${annotationsKey}.${i}.${String(pair.key.value)}`, line);
    }
  });
}

/** One entry as written, its keys trimmed (empty ones, as the editor leaves them, dropped). */
interface Entry {
  index: number;
  kind: Kind;
  text: string;
  sur?: string;
  valeur?: string;
  de?: string;
  a?: string;
  serie?: string;
}

/** Reads the entries of « annotations »: each problem at the line of its entry or key. */
function readEntries(context: PrepareContext<any>): Entry[] | undefined {
  const list = (context.spec as Record<string, unknown>)[annotationsKey] as unknown[] | undefined;
  if (!list?.length) return [];
  const before = context.problems.length;
  const entries: Entry[] = [];
  list.forEach((raw, index) => {
    const at = `${annotationsKey}.${index}`;
    const problem = (key: string | undefined, text: string) => context.keyProblem(context.lines.has(`${at}.${key}`) ? `${at}.${key}` : context.lines.has(at) ? at : annotationsKey, text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return problem(undefined, m.notAnEntry);
    const values: Record<string, string> = {};
    // The editor writes « genre: ligne » and « texte: … »: the same as « ligne: … ».
    const { genre, texte, ...rest } = raw as Record<string, unknown>;
    const written: Record<string, unknown> =
      typeof genre === 'string' && (annotationKinds as readonly string[]).includes(genre) ? { [genre]: texte ?? '', ...rest } : (raw as Record<string, unknown>);
    for (const [writtenKey, value] of Object.entries(written)) {
      // Note: the editor labels « a: » « À » ; « à: » is read as « a: ».
      const key = writtenKey === 'à' || writtenKey === 'À' ? 'a' : writtenKey;
      if (!entryKeys.includes(key)) {
        problem(writtenKey, m.unknownKey(writtenKey, entryKeys, closest(writtenKey, entryKeys, 1)));
        continue;
      }
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      values[key] = String(value).trim();
    }
    const kinds = annotationKinds.filter((k) => k in values);
    const emptyKinds = annotationKinds.filter((k) => k in written && !(k in values));
    if (kinds.length !== 1) {
      if (!kinds.length && emptyKinds.length === 1) return problem(emptyKinds[0], m.emptyText(emptyKinds[0]!));
      return problem(kinds[1] ?? undefined, m.oneKind(kinds));
    }
    const kind = kinds[0]!;
    const extra = subKeys.filter((k) => k in values && !kindKeys[kind].includes(k));
    if (extra.length) return problem(extra[0], m.notForKind(kind, extra[0]!, kindKeys[kind]));
    const entry: Entry = { index, kind, text: values[kind]!, sur: values.sur, valeur: values.valeur, de: values.de, a: values.a, serie: values.serie };
    if (kind === 'note' && !entry.sur) return problem(kind, m.noteNeedsTarget);
    if (kind === 'ligne' && entry.sur === undefined && entry.valeur === undefined) return problem(kind, m.lineNeedsTarget);
    if (kind === 'ligne' && (entry.sur === undefined) === (entry.valeur === undefined)) return problem(kind, m.lineNeedsOne);
    if ((kind === 'periode' || kind === 'bande') && (!entry.de || !entry.a)) return problem(kind, m.needs(kind, [!entry.de && '« de: »', !entry.a && '« a: »'].filter(Boolean).join(' et ')));
    entries.push(entry);
  });
  return context.problems.length > before ? undefined : entries;
}

/** A number written in an annotation (50, 12,5 or 12.5), or undefined with a problem. */
function numberOf(context: PrepareContext<any>, entry: Entry, key: 'valeur' | 'de' | 'a'): number | undefined {
  const written = entry[key]!;
  const value = parseNumberCell(written);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  context.keyProblem(keyLine(context, entry, key), m.notANumber(key, written));
  return undefined;
}

/** A value line (« ligne » with « valeur ») or a band of values (« bande »): drawn and said, or its wrong number noted at its line. */
function valueAnnotation(context: PrepareContext<any>, entry: Entry, format: (v: number) => string, chart: ChartAnnotation[], say: (where: string) => void): void {
  if (entry.kind === 'ligne') {
    const v = numberOf(context, entry, 'valeur');
    if (v === undefined) return;
    chart.push({ kind: 'line', text: entry.text, axis: 'value', at: v });
    say(m.valueLine(format(v)));
  } else {
    const from = numberOf(context, entry, 'de');
    const to = numberOf(context, entry, 'a');
    if (from === undefined || to === undefined) return;
    chart.push({ kind: 'range', text: entry.text, axis: 'value', from, to });
    say(m.range(format(Math.min(from, to)), format(Math.max(from, to))));
  }
}

/**
 * Reads the annotations, then resolves each entry with `resolve`: it pushes what is drawn to `chart`
 * and says where with `say` (« Annotation : texte, … »), or pushes its problem. Undefined when a
 * problem was pushed.
 */
function resolveEach(
  context: PrepareContext<any>,
  resolve: (entry: Entry, chart: ChartAnnotation[], say: (where: string) => void) => void,
): ResolvedAnnotations | undefined {
  const entries = readEntries(context);
  if (!entries) return undefined;
  const before = context.problems.length;
  const chart: ChartAnnotation[] = [];
  const sentences: string[] = [];
  for (const entry of entries) resolve(entry, chart, (where) => sentences.push(m.sentence(entry.text, where)));
  return context.problems.length > before ? undefined : { chart, sentences };
}

const keyLine = (context: PrepareContext<any>, entry: Entry, key: string) => {
  const at = `${annotationsKey}.${entry.index}`;
  return context.lines.has(`${at}.${key}`) ? `${at}.${key}` : context.lines.has(at) ? at : annotationsKey;
};

/** What the annotations of a figure give it: what the chart draws, and the sentences of its description. */
export interface ResolvedAnnotations {
  chart: ChartAnnotation[];
  sentences: string[];
}

/**
 * The annotations of a categorical figure (bars, columns, lines, areas), checked against its
 * categories (in drawing order) and its axis: a note on a category that is not there lists the
 * categories; a year or date outside the axis says the axis's range; a value line or band outside
 * the values widens the value axis (the renderer includes it). Undefined when a problem was pushed.
 */
export function resolveCategoricalAnnotations(
  context: PrepareContext<any>,
  data: CategoricalData,
  xKind: XKind,
  format: (v: number) => string,
  options: { shares?: boolean } = {},
): ResolvedAnnotations | undefined {
  const { categories, series } = data;
  const labels = categories.map((c) => c.label);
  const positions = categories.map((c) => c.position ?? 0);
  const [first, last] = xKind === 'category' ? [0, categories.length - 1] : [Math.min(...positions), Math.max(...positions)];
  const shown = (p: number) => (xKind === 'year' ? String(p) : formatDay(p));
  /** A place on the category axis: its coordinate (index, year or date) and how it is said; `exact`: one of the categories. */
  const place = (entry: Entry, key: 'sur' | 'de' | 'a', exact: boolean): { at: number; index: number; said: string } | undefined => {
    const written = entry[key]!;
    const line = keyLine(context, entry, key);
    if (xKind === 'category') {
      const index = categories.findIndex((c) => c.label === written || c.key === written);
      if (index < 0) return void context.keyProblem(line, m.unknownCategory(written, context.csvName, labels).replace(/^sur/, key));
      return { at: index, index, said: categories[index]!.label };
    }
    const p = xKind === 'year' ? (/^\d{4}$/.test(written) ? Number(written) : undefined) : parseDate(written);
    if (p === undefined) return void context.keyProblem(line, xKind === 'year' ? m.notAYear(key, written) : m.notADate(key, written));
    if (p < first || p > last) return void context.keyProblem(line, m.notOnAxis(key, written, shown(first), shown(last)));
    const index = positions.indexOf(p);
    if (exact && index < 0) return void context.keyProblem(line, m.unknownCategory(written, context.csvName, labels));
    return { at: p, index, said: shown(p) };
  };
  return resolveEach(context, (entry, chart, say) => {
    if (entry.kind === 'note') {
      const target = place(entry, 'sur', true);
      let s: number | undefined;
      if (entry.serie !== undefined) {
        s = series.findIndex((item) => item.label === entry.serie || item.key === entry.serie);
        if (s < 0) {
          context.keyProblem(keyLine(context, entry, 'serie'), m.unknownSeries(entry.serie, series.map((item) => item.label)));
          return;
        }
      }
      if (!target) return;
      // A category whose value is empty (in the chosen series, or in every one) has no mark to point at.
      const present = (k: number) => typeof data.values[k]?.[target.index] === 'number';
      if (s !== undefined ? !present(s) : !series.some((_, k) => present(k))) {
        const said = categories[target.index]!.label;
        const named = s !== undefined && series.length > 1 ? series[s]!.label : undefined;
        context.keyProblem(keyLine(context, entry, 'sur'), m.emptyMark(xKind === 'date' ? target.said : said, context.csvName, m.emptyInstead[xKind], named));
        return;
      }
      // Without « serie », the renderer chooses (the top of a stack, the first line with a value there).
      chart.push({ kind: 'note', text: entry.text, mark: target.index, series: s });
      const on = xKind === 'date' ? m.onDay(target.said) : xKind === 'year' ? m.inYear(target.said) : m.onMark(target.said);
      say(s !== undefined && series.length > 1 ? m.ofSeries(on, series[s]!.label) : on);
    } else if ((entry.kind === 'ligne' && entry.valeur !== undefined) || entry.kind === 'bande') {
      if (options.shares) {
        context.keyProblem(keyLine(context, entry, entry.kind === 'ligne' ? 'valeur' : 'de'), m.shares);
        return;
      }
      valueAnnotation(context, entry, format, chart, say);
    } else if (entry.kind === 'ligne') {
      const target = place(entry, 'sur', false);
      if (!target) return;
      chart.push({ kind: 'line', text: entry.text, axis: 'along', at: target.at });
      say(m.dateLine(xKind === 'date' ? m.onDay(target.said) : xKind === 'year' ? m.inYear(target.said) : m.atCategory(target.said)));
    } else {
      const from = place(entry, 'de', false);
      const to = place(entry, 'a', false);
      if (!from || !to) return;
      const [lo, hi] = from.at <= to.at ? [from, to] : [to, from];
      chart.push({ kind: 'range', text: entry.text, axis: 'along', from: lo.at, to: hi.at });
      say(xKind === 'date' ? m.dateRange(lo.said, hi.said) : xKind === 'category' ? m.range(`« ${lo.said} »`, `« ${hi.said} »`) : m.period(lo.said, hi.said));
    }
  });
}

/**
 * The annotations of a scatter: notes on named points (« etiquette »), value lines and bands on the
 * vertical axis; periods and date lines are refused (no time axis).
 */
export function resolveScatterAnnotations(
  context: PrepareContext<any>,
  names: readonly string[] | undefined,
  format: (v: number) => string,
  /** Points of the CSV not drawn (x or y empty): a note on one is told so. */
  undrawn: readonly string[] = [],
): ResolvedAnnotations | undefined {
  return resolveEach(context, (entry, chart, say) => {
    if (entry.kind === 'note') {
      if (!names) {
        context.keyProblem(keyLine(context, entry, 'sur'), m.noPointNames);
        return;
      }
      const index = names.indexOf(entry.sur!);
      if (index < 0 && undrawn.includes(entry.sur!)) {
        context.keyProblem(keyLine(context, entry, 'sur'), m.emptyMark(entry.sur!, context.csvName, m.emptyInstead.point));
        return;
      }
      if (index < 0) {
        context.keyProblem(keyLine(context, entry, 'sur'), m.unknownPoint(entry.sur!, context.csvName, names));
        return;
      }
      chart.push({ kind: 'note', text: entry.text, mark: index });
      say(m.onMark(names[index]!));
    } else if (entry.kind === 'periode' || entry.sur !== undefined) {
      context.keyProblem(keyLine(context, entry, entry.kind), m.noTimeAxis(entry.kind));
    } else {
      valueAnnotation(context, entry, format, chart, say);
    }
  });
}

/**
 * The annotations of a region map: notes on a region, by name or code (5, 05); reference lines,
 * periods and bands are refused (a map has no value or time axis). `mark` is the region's index in
 * `names` (the regions in code order).
 */
export function resolveRegionAnnotations(context: PrepareContext<any>, names: readonly string[], aliases: ReadonlyMap<string, string>): ResolvedAnnotations | undefined {
  return resolveEach(context, (entry, chart, say) => {
    if (entry.kind !== 'note') {
      context.keyProblem(keyLine(context, entry, entry.kind), m.mapNotesOnly(entry.kind));
      return;
    }
    if (entry.serie !== undefined) {
      context.keyProblem(keyLine(context, entry, 'serie'), m.unknownKey('serie', ['note', 'sur']));
      return;
    }
    const name = aliases.get(entry.sur!) ?? names.find((n) => n.toLocaleLowerCase('fr-CA') === entry.sur!.toLocaleLowerCase('fr-CA'));
    if (name === undefined) {
      context.keyProblem(keyLine(context, entry, 'sur'), m.unknownRegion(entry.sur!, names));
      return;
    }
    chart.push({ kind: 'note', text: entry.text, mark: names.indexOf(name) });
    say(m.onMark(name));
  });
}
