import { z } from 'astro/zod';
import { column, columnList, common, sort, strict, valueFormats } from '../../../schemas/figure-keys';
import { parseNumberCell } from '../../../data/table';
import { renderTable, type TableDrawing } from '../../../charts/table/table';
import { formatNumber } from '../../../utils/format';
import { describeFigure } from '../../describe';
import { defineChartType, type DeclaredRow, type Rec } from '../contract';
import { chosenNames, highlightKey } from '../highlight';
import { t } from '../../../strings';
import about from './about';

// Table: the CSV's columns as a sortable table (the table is the figure), a numeric column with a
// bar in each cell if asked, a unit per column.

const m = t.figureFile;
const kindName = 'Tableau';

/** Most rows a table figure shows; more are cut, with a note. */
export const maxTableRows = 200;

export default defineChartType({
  ...about,
  kindName,
  kind: 'table',
  schema: strict({
    ...common,
    /** Columns shown, in order (all by default); the first is the row header. */
    colonnes: columnList('colonnes').optional(),
    /** A numeric column drawn with a bar in each cell. */
    barres: column('barres').optional(),
    /** The column the table is sorted by at first, and the order. */
    'trier-par': column('trier-par').optional(),
    tri: sort,
    /** A unit per numeric column when they differ, e.g. { budget: dollars }; the others take « format ». */
    formats: z
      .record(
        z.string(),
        z.enum(valueFormats, { error: `formats : une de ces valeurs attendue pour chaque colonne : ${valueFormats.join(', ')}` }),
        { error: 'formats : une liste « colonne: format » attendue, ex. { budget: dollars }' },
      )
      .default({}),
    /** Rows in bold and marked « en évidence » (names from the first column shown). */
    surligner: highlightKey('ligne'),
  }),
  columnFormats: (spec) => ({ key: 'formats', units: spec.formats }),
  examples: ['exemple-tableau', 'exemple-tableau-large'],
  prepare: ({ spec, table, columnIndex, cellsOf, numberAt, formatterFor, keyProblem, sink }) => {
    const shownNames = spec.colonnes ?? table.header;
    const shown = shownNames.map((name) => columnIndex('colonnes', name)!);
    const barCol = columnIndex('barres', spec.barres);
    const sortCol = columnIndex('trier-par', spec['trier-par']);
    if (sink.found) return undefined;
    if (sortCol !== undefined && !shown.includes(sortCol)) keyProblem('trier-par', m.sortColumnHidden(spec['trier-par']!));
    // A column is numeric when every filled cell is a number (the first column is the row header).
    const numericColumns = new Map<number, boolean>();
    const isNumeric = (i: number): boolean => {
      if (!numericColumns.has(i)) {
        numericColumns.set(i, table.records.every((r) => parseNumberCell(cellsOf(r, i)) !== undefined) && table.records.some((r) => cellsOf(r, i) !== ''));
      }
      return numericColumns.get(i)!;
    };
    const numeric = shown.map((i, k) => k > 0 && isNumeric(i));
    for (const [k, i] of shown.entries()) {
      if (!numeric[k]) continue;
      for (const r of table.records) if (!Number.isFinite(parseNumberCell(cellsOf(r, i)) ?? 0)) numberAt(r, i, 'colonnes');
    }
    sink.close(table.file);
    if (barCol !== undefined && !isNumeric(barCol)) {
      keyProblem('barres', m.notNumericColumn('barres', spec.barres!));
      // Say which cells are not numbers.
      for (const r of table.records) numberAt(r, barCol, 'barres');
      sink.close(table.file);
    }
    if (sink.found) return undefined;
    for (const name of Object.keys(spec.formats)) columnIndex('formats', name);
    if (sink.found) return undefined;
    // « surligner »: rows by the name in their first column.
    const chosen = chosenNames({ keyProblem }, spec.surligner, [...new Set(table.records.map((r) => cellsOf(r, shown[0]!)))], 'ligne');
    if (!chosen) return undefined;
    const unitOf = (i: number) => spec.formats[table.header[i]!] ?? spec.format;
    const formats = new Map(shown.filter((_, k) => numeric[k]).map((i) => [i, formatterFor(unitOf(i), [i]).value]));
    let records = [...table.records];
    if (sortCol !== undefined && spec.tri !== 'aucun') {
      const sign = spec.tri === 'croissant' ? 1 : -1;
      // Each row's sort key once (numbers, or text in French order); empty cells last when descending.
      const collator = new Intl.Collator('fr-CA', { numeric: true, sensitivity: 'base' });
      const num = isNumeric(sortCol);
      const keys = new Map(records.map((r) => [r, num ? (parseNumberCell(cellsOf(r, sortCol)) ?? -Infinity) : cellsOf(r, sortCol)]));
      records.sort((a, b) => {
        const [x, y] = [keys.get(a)!, keys.get(b)!];
        const order = typeof x === 'number' && typeof y === 'number' ? (x === y ? 0 : x < y ? -1 : 1) : collator.compare(String(x), String(y));
        return sign * order;
      });
    }
    const notes: string[] = [];
    const allRecords = records;
    if (records.length > maxTableRows) {
      notes.push(m.truncatedRows(formatNumber(maxTableRows), formatNumber(records.length)));
      records = records.slice(0, maxTableRows);
    }
    const barMax = barCol === undefined ? 0 : Math.max(0, ...records.map((r) => Math.abs(parseNumberCell(cellsOf(r, barCol)) ?? 0)));
    const toRow = (r: Rec): DeclaredRow => {
      const raw = shown.map((i, k) => (numeric[k] ? (parseNumberCell(cellsOf(r, i)) ?? '') : cellsOf(r, i)));
      const text = shown.map((i, k) => {
        const v = raw[k];
        return numeric[k] ? (v === '' ? '—' : formats.get(i)!(v as number)) : cellsOf(r, i);
      });
      const bar = barCol === undefined ? undefined : barMax > 0 ? Math.min(1, Math.abs(parseNumberCell(cellsOf(r, barCol)) ?? 0) / barMax) : 0;
      return { raw, shown: text, bar, ...(chosen.has(cellsOf(r, shown[0]!)) ? { highlight: true } : {}) };
    };
    const rows = records.map(toRow);
    // The CSV download holds every row, in the table's order, as the note says; the page shows the first ones.
    const csvRows = allRecords.length > records.length ? allRecords.map(toRow) : undefined;
    const headers = shown.map((i) => table.header[i]!);
    const drawing: TableDrawing = {
      headers,
      numeric,
      rows: rows.map((r) => r.shown),
      bars: barCol === undefined ? undefined : { column: shown.indexOf(barCol), lengths: rows.map((r) => r.bar ?? 0) },
    };
    const description = describeFigure(kindName, spec, undefined, undefined, 'category', { rows: rows.length, headers, highlighted: [...chosen] });
    const sortedColumn =
      sortCol !== undefined && spec.tri !== 'aucun' ? { index: shown.indexOf(sortCol), order: spec.tri === 'croissant' ? ('ascending' as const) : ('descending' as const) } : undefined;
    return { rows, csvRows, headers, numeric, description, notes, barColumn: drawing.bars?.column, sortedColumn, render: (r) => renderTable(drawing, r) };
  },
});
