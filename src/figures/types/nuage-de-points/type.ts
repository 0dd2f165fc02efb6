import { formatNumber } from '../../../utils/format';
import { count, highlightSentence, joinNames } from '../../describe';
import { chosenNames } from '../highlight';
import { t } from '../../../strings';
import { defineChartType, type DeclaredRow } from '../contract';
import { scatterSchema } from './schema';
import { resolveScatterAnnotations } from '../../annotations';
import { maxGroups, renderScatter, type ScatterPoint } from './render';
import { textes } from './textes';
import about from './about';

// Scatter (nuage-de-points): two numeric columns, optionally a size column and a colour category,
// some points named; the written description states Pearson's r in words.

/** Pearson's correlation coefficient of paired values, or undefined when one side does not vary (or fewer than 3 pairs). */
export function pearson(pairs: readonly { x: number; y: number }[]): number | undefined {
  const n = pairs.length;
  if (n < 3) return undefined;
  const mx = pairs.reduce((s, p) => s + p.x, 0) / n;
  const my = pairs.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of pairs) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Pearson's r in French words: « corrélation positive forte (r = 0,82) ». */
export function correlationWords(r: number | undefined): string {
  if (r === undefined) return textes.noCorrelation;
  const rounded = Math.round(r * 100) / 100;
  const shown = formatNumber(rounded, '.2f');
  const a = Math.abs(rounded);
  if (a < 0.1) return textes.correlation(textes.strength.none, shown);
  const strength = a < 0.3 ? textes.strength.weak : a < 0.5 ? textes.strength.moderate : a < 0.9 ? textes.strength.strong : textes.strength.veryStrong;
  return textes.correlation(`corrélation ${rounded > 0 ? textes.sign.positive : textes.sign.negative} ${strength}`, shown);
}

/** Most rows a scatter draws (and lists in its table); more are left out, with a note, and kept in its CSV download. */
export const maxPoints = 1000;

export default defineChartType({
  ...about,
  kindName: textes.kindName,
  kind: 'chart',
  listen: { mode: 'points' },
  schema: scatterSchema,
  textKeys: ['titre-x', 'titre-y'],
  gallery: {
    'exemple-nuage-de-points': {
      first: 'Montréal\u00a0: Nombre d’entreprises d’économie sociale\u00a0: 2\u202f650\u202f; Emplois (en milliers)\u00a0: 38,4\u202f; population\u00a0: 2\u202f050\u202f; territoire\u00a0: urbain',
      count: 17,
    },
    'exemple-nuage-de-points-surligner': {
      first: 'Nord-du-Québec\u00a0: Nombre d’entreprises d’économie sociale\u00a0: 60\u202f; Emplois (en milliers)\u00a0: 0,9\u202f; territoire\u00a0: rural',
      count: 17,
    },
    'exemple-nuage-annotations': {
      first: 'Nord-du-Québec\u00a0: Nombre d’entreprises d’économie sociale\u00a0: 60\u202f; Emplois (en milliers)\u00a0: 0,9',
      count: 20,
    },
  },
  largeCase: {
    keys: 'x: benevoles\ny: heures\netiquette: organisme\ntaille: membres\ncouleur: forme\n',
    csv: (rows, random) => {
      const forms = ['Coopérative', 'OBNL', 'Mutuelle'];
      const lines = ['organisme,benevoles,heures,membres,forme'];
      for (let i = 0; i < rows; i++) {
        const volunteers = Math.round(random() * 200);
        lines.push(`Organisme ${i + 1},${volunteers},${Math.round(volunteers * (5 + random() * 10))},${Math.round(random() * 5000)},${forms[i % 3]}`);
      }
      return `${lines.join('\n')}\n`;
    },
    drawn: (rows) => ({ rows: Math.min(rows, maxPoints), note: rows > maxPoints ? textes.cut(formatNumber(maxPoints), formatNumber(rows)) : undefined }),
  },
  prepare: (context) => {
    const { id, spec, table, csvFile, csvName, problems, before, sink, keyProblem, columnIndex, cellsOf, numberAt, formatterFor, checkNumbersOnly } = context;
    const xCol = columnIndex('x', spec.x);
    const yCol = columnIndex('y', spec.y);
    const nameCol = columnIndex('etiquette', spec.etiquette);
    const sizeCol = columnIndex('taille', spec.taille);
    const groupCol = columnIndex('couleur', spec.couleur);
    if (spec.etiqueter.length && spec.etiquette === undefined) keyProblem('etiqueter', textes.labelsWithoutNames);
    if (problems.length > before) {
      checkNumbersOnly([xCol], textes.role.x);
      checkNumbersOnly([yCol], textes.role.y);
      return checkNumbersOnly([sizeCol], textes.role.taille);
    }

    // Every row's cells; a row without x or y is not drawn (said in the note).
    const all: { line: number; name: string; x: number | null; y: number | null; size: number | null; group: string }[] = [];
    for (const [i, record] of table.records.entries()) {
      const x = numberAt(record, xCol!, textes.role.x);
      const y = numberAt(record, yCol!, textes.role.y);
      const size = sizeCol === undefined ? null : numberAt(record, sizeCol, textes.role.taille);
      if (size !== null && size < 0) sink.add({ file: csvFile, line: record.line, column: sizeCol! + 1, columnName: table.header[sizeCol!] }, textes.negativeSize(`${id}.yaml`));
      const name = nameCol === undefined ? textes.pointName(i + 1) : cellsOf(record, nameCol) || textes.pointName(i + 1);
      all.push({ line: record.line, name, x, y, size, group: groupCol === undefined ? '' : cellsOf(record, groupCol) });
    }
    sink.close(csvFile);
    if (problems.length > before) return undefined;
    // Past maxPoints rows, the first ones are drawn and listed; the CSV download gives them all.
    const read = all.slice(0, maxPoints);
    const drawn = read.filter((p): p is typeof p & { x: number; y: number } => p.x !== null && p.y !== null);
    if (drawn.length < 2) {
      keyProblem('y', textes.tooFewPoints(csvName, drawn.length));
      return undefined;
    }
    const groups = groupCol === undefined ? [] : [...new Set(drawn.map((p) => p.group))];
    if (groups.length > maxGroups) keyProblem('couleur', textes.tooManyGroups(groups.length, spec.couleur!, maxGroups, groups));
    const names = [...new Set(drawn.map((p) => p.name))];
    for (const wanted of spec.etiqueter) if (!names.includes(wanted)) keyProblem('etiqueter', textes.unknownPoint(wanted, names));
    // « surligner »: points by their name, or every point of a colour category.
    const chosen = chosenNames({ keyProblem }, spec.surligner, names, 'point', {
      aliases: new Map(groups.map((g) => [g, g])),
      more: groups.length ? t.highlight.colours(groups) : '',
    });
    if (problems.length > before || !chosen) return undefined;
    const isChosen = (p: { name: string; group: string }) => chosen.has(p.name) || (groupCol !== undefined && chosen.has(p.group));

    const xName = table.header[xCol!]!;
    const yName = table.header[yCol!]!;
    const titleX = spec['titre-x'] ?? xName;
    const titleY = spec['titre-y'] ?? yName;
    const fy = formatterFor(spec.format, [yCol!]);
    const fx = formatterFor(spec['format-x'] ?? spec.format, [xCol!]);
    const fs = sizeCol === undefined ? undefined : formatterFor('nombre', [sizeCol]);
    const sizeName = sizeCol === undefined ? undefined : table.header[sizeCol]!;
    const groupName = groupCol === undefined ? undefined : table.header[groupCol]!;

    // Drawing order, which the keyboard walks: left to right (then bottom to top); with areas, from the
    // largest to the smallest, so that no small disc hides under a large one and each can be pointed at.
    const byPlace = (a: (typeof drawn)[number], b: (typeof drawn)[number]) => a.x - b.x || a.y - b.y || a.line - b.line;
    const ordered = [...drawn].sort(sizeCol === undefined ? byPlace : (a, b) => (b.size ?? 0) - (a.size ?? 0) || byPlace(a, b));
    const points: ScatterPoint[] = ordered.map((p) => ({
      name: p.name,
      x: p.x,
      y: p.y,
      size: p.size ?? 0,
      group: groupCol === undefined ? undefined : groups.indexOf(p.group),
      labelled: spec.etiqueter.includes(p.name) || (chosen.has(p.name) && !groups.includes(p.name)),
      ...(chosen.size ? { highlight: isChosen(p) } : {}),
      value: [
        `${titleX}\u00a0: ${fx.value(p.x)}`,
        `${titleY}\u00a0: ${fy.value(p.y)}`,
        ...(fs ? [`${sizeName}\u00a0: ${p.size === null ? '—' : fs.value(p.size)}`] : []),
        ...(groupName ? [`${groupName}\u00a0: ${p.group}`] : []),
      ].join('\u202f; '),
    }));

    // The table: every row of the CSV in its order, those not drawn included (their empty cells shown as « — »).
    const headers = [...(nameCol === undefined ? [] : [table.header[nameCol]!]), xName, yName, ...(sizeName ? [sizeName] : []), ...(groupName ? [groupName] : [])];
    const numeric = [...(nameCol === undefined ? [] : [false]), true, true, ...(sizeName ? [true] : []), ...(groupName ? [false] : [])];
    const cell = (v: number | null, f: (n: number) => string) => ({ raw: v ?? '', shown: v === null ? '—' : f(v) });
    const toRow = (p: (typeof all)[number]): DeclaredRow => {
      const cells = [
        ...(nameCol === undefined ? [] : [{ raw: p.name, shown: p.name }]),
        cell(p.x, fx.value),
        cell(p.y, fy.value),
        ...(fs ? [cell(p.size, fs.value)] : []),
        ...(groupName ? [{ raw: p.group, shown: p.group }] : []),
      ];
      return { raw: cells.map((c) => c.raw), shown: cells.map((c) => c.shown), ...(chosen.size && isChosen(p) ? { highlight: true } : {}) };
    };
    const rows = read.map(toRow);
    const csvRows = all.length > read.length ? all.map(toRow) : undefined;

    // The description: what is plotted against what, the correlation, colours, areas, the extremes of y, the named points.
    const highest = Math.max(...drawn.map((p) => p.y));
    const lowest = Math.min(...drawn.map((p) => p.y));
    const at = (v: number) => {
      const these = ordered.filter((p) => p.y === v).map((p) => p.name);
      return `${joinNames(these.length > 3 ? [...these.slice(0, 3), count(these.length - 3, 'autre', 'autres')] : these)} (${fy.value(v)})`;
    };
    const words = correlationWords(pearson(drawn));
    const description = [
      `${textes.description(count(drawn.length, 'point', 'points'), titleY, titleX)} ; ${words}.`,
      ...(groupName ? [textes.colourBy(groupName, joinNames(groups))] : []),
      ...(sizeName ? [textes.sizeBy(sizeName)] : []),
      textes.extremes(titleY, at(highest), at(lowest)),
      ...(spec.etiqueter.length ? [textes.labelled(joinNames(spec.etiqueter))] : []),
    ].join(' ') + highlightSentence(spec.surligner);

    const annotations = resolveScatterAnnotations(context, nameCol === undefined ? undefined : points.map((p) => p.name), fy.value, read.filter((p) => p.x === null || p.y === null).map((p) => p.name));
    if (!annotations) return undefined;
    const skipped = read.length - drawn.length;
    const cut = all.length > read.length ? [textes.cut(formatNumber(maxPoints), formatNumber(all.length))] : [];
    return {
      rows,
      csvRows,
      headers,
      numeric,
      description,
      notes: [...cut, ...(skipped ? [textes.skipped(skipped)] : [])],
      annotations: annotations.sentences,
      render: (request) =>
        renderScatter(points, {
          ...request,
          tickX: fx.tick,
          tickY: fy.tick,
          titleX,
          titleY,
          groups,
          sizeTitle: sizeName,
          chosenGroups: groups.filter((g) => chosen.has(g)),
          annotations: annotations.chart,
        }),
    };
  },
});
