import { column, common, optionalText, strict } from '../../../schemas/figure-keys';
import { displayPath } from '../../../data/csv';
import { loadRegions, loadRegionShapes, loadRegionBorders } from '../../../data/regions';
import type { CategoricalData } from '../../../charts/model';
import { landFill, mapLegend, renderQuebecMap } from '../../../charts/map/quebec-map';
import { classify } from '../../../charts/map/classes';
import { describeFigure } from '../../describe';
import { defineChartType, type DeclaredRow } from '../contract';
import { chosenNames, highlightKey } from '../highlight';
import { annotationsSchema, resolveRegionAnnotations } from '../../annotations';
import { t } from '../../../strings';
import about from './about';

// Regions map: the 17 administrative regions coloured by a value (choropleth), drawn once.

const m = t.figureFile;
const kindName = 'Carte des 17 régions administratives du Québec';

export default defineChartType({
  ...about,
  kindName,
  kind: 'map',
  schema: strict({
    ...common,
    /** The column holding region codes (1 to 17, or 01 to 17). */
    region: column('region'),
    valeur: column('valeur'),
    /** Title of the legend. */
    legende: optionalText('legende'),
    /** Regions outlined (names or codes); every region keeps its value's colour. */
    surligner: highlightKey('region'),
    /** Notes on regions (« - note: … » then « sur: <region> »): no lines, periods or bands on a map. */
    annotations: annotationsSchema,
  }),
  textKeys: ['legende'],
  datasets: ['geo/quebec-regions.topojson'],
  examples: ['exemple-carte-regions'],
  prepare: (context) => {
    const { spec, table, columnIndex, numberAt, formatterFor, sink, csvFile, keyProblem, problems, before, checkNumbersOnly } = context;
    const regionCol = columnIndex('region', spec.region)!;
    const valueCol = columnIndex('valeur', spec.valeur)!;
    if (problems.length > before) return checkNumbersOnly([valueCol]);

    const regions = loadRegions();
    const byCode = new Map<string, { value: number | null; line: number }>();
    for (const record of table.records) {
      const cell = (record.cells[regionCol] ?? '').trim();
      const code = /^\d{1,2}$/.test(cell) ? cell.padStart(2, '0') : cell;
      const where = { file: csvFile, line: record.line, column: regionCol + 1, columnName: table.header[regionCol] };
      if (!regions.some((r) => r.code === code)) {
        sink.add(where, m.unknownRegion(cell));
        continue;
      }
      if (byCode.has(code)) {
        sink.add(where, m.duplicateRegion(code, byCode.get(code)!.line));
        continue;
      }
      byCode.set(code, { value: numberAt(record, valueCol, 'valeur'), line: record.line });
    }
    sink.close(csvFile);
    if (sink.found) return undefined;
    // « surligner »: regions by name or by code (5, 05).
    const aliases = new Map(regions.flatMap((r) => [[r.code, r.name], [String(Number(r.code)), r.name]] as const));
    const chosen = chosenNames({ keyProblem }, spec.surligner, regions.map((r) => r.name), 'region', { aliases });
    if (!chosen) return undefined;
    const notes = resolveRegionAnnotations(context, regions.map((r) => r.name), aliases);
    if (!notes) return undefined;
    const formats = formatterFor(spec.format, [valueCol]);
    const present = regions.map((r) => byCode.get(r.code)?.value ?? null);
    if (present.every((v) => v === null)) {
      keyProblem('valeur', m.noValues('valeur', [table.header[valueCol]!], displayPath(csvFile)));
      return undefined;
    }
    const { classOf, classes } = classify(present.filter((v): v is number => v !== null), formats.value, formats.value);
    const noDataClass = present.includes(null) ? classes.push({ label: m.noData, color: landFill, hatched: true }) - 1 : undefined;
    const legendTitle = spec.legende ?? table.header[valueCol]!;
    const rows: DeclaredRow[] = regions.map((r, i) => ({
      raw: [r.code, r.name, present[i] ?? ''],
      shown: [r.code, r.name, present[i] === null ? '—' : formats.value(present[i]!)],
      ...(chosen.has(r.name) ? { highlight: true } : {}),
    }));
    const data: CategoricalData = {
      categories: regions.map((r) => ({ key: r.code, label: r.name, ...(chosen.has(r.name) ? { highlight: true } : {}) })),
      series: [{ key: table.header[valueCol]!, label: legendTitle }],
      values: [present],
    };
    const clientData = Object.fromEntries(
      regions.map((r, i) => [r.code, { name: r.name, value: present[i] === null ? m.noData : formats.value(present[i]!), poles: [] }]),
    );
    return {
      rows,
      headers: [m.regionCode, m.region, table.header[valueCol]!],
      numeric: [false, false, true],
      rowMarkColumn: 1,
      description: describeFigure(kindName, spec, data, formats.value, 'category'),
      notes: [],
      annotations: notes.sentences,
      clientData,
      panel: { hint: t.map.panelHintValue, keys: t.map.regionKeys(notes.chart.length > 0) },
      legend: mapLegend({ mode: 'choropleth', classes, legendTitle, insetTitle: t.map.insetTitle, annotations: notes.chart, regionNames: regions.map((r) => r.name) }),
      render: (request) =>
        renderQuebecMap(
          loadRegionShapes('overview'),
          loadRegionShapes('detail'),
          regions.map((r, i) => ({
            code: r.code,
            title: `${r.name} : ${present[i] === null ? m.noData : formats.value(present[i]!)}`,
            classIndex: present[i] === null ? noDataClass : classOf(present[i]!),
            ...(chosen.has(r.name) ? { highlight: true } : {}),
          })),
          [],
          { ...request, mode: 'choropleth', annotations: notes.chart, regionNames: regions.map((r) => r.name), borders: { overview: loadRegionBorders('overview'), detail: loadRegionBorders('detail') }, classes, legendTitle, insetTitle: t.map.insetTitle },
        ),
    };
  },
});
