import { defineFigure } from './types';
import { mapLegend, renderQuebecMap } from '../charts/map/quebec-map';
import { classify } from '../charts/map/classes';
import { loadPolesByRegion, type RegionPoles } from '../data/poles';
import { loadRegionShapes, loadRegionBorders } from '../data/regions';
import { formatNumber } from '../utils/format';
import { frenchTypography } from '../utils/typography';
import { t } from '../strings';

const plural = (n: number) => `${formatNumber(n)}\u00a0${n > 1 ? 'pôles' : 'pôle'}`;

/** A region's accessible name on the map: its name and its pôles. */
const regionTitle = (r: RegionPoles) => `${r.name} : ${plural(r.poles.length)}`;

/** The table under the map: each region with its pôles and their cities. */
const regionPolesColumns = [
  { label: 'Code', value: (r: RegionPoles) => r.code },
  { label: 'Région administrative', value: (r: RegionPoles) => r.name },
  { label: 'Pôles identifiés', value: (r: RegionPoles) => r.poles.length, format: (r: RegionPoles) => formatNumber(r.poles.length), numeric: true },
  {
    label: 'Pôles (ville)',
    value: (r: RegionPoles) => r.poles.map((p) => `${p.name}${p.city ? ` (${p.city})` : ''}`).join(' ; '),
    format: (r: RegionPoles) => frenchTypography(r.poles.map((p) => `${p.name}${p.city ? ` (${p.city})` : ''}`).join(' ; ')),
  },
];

/** What the map's script needs: each region's name, its count of pôles and its pôles (name, city), by region code. */
function regionPolesData(rows: readonly RegionPoles[]) {
  return Object.fromEntries(
    rows.map((r) => [r.code, { name: r.name, count: plural(r.poles.length), poles: r.poles.map((p) => ({ id: p.id, name: frenchTypography(p.name), city: p.city ?? null })) }]),
  );
}

/** Colour classes of the regions' numbers of pôles. */
const poleClasses = (rows: readonly RegionPoles[]) =>
  classify(
    rows.map((r) => r.poles.length),
    (n) => `${formatNumber(n)}\u00a0${n > 1 ? 'pôles' : 'pôle'}`,
  );

/** The regions coloured by their number of identified pôles (choropleth). */
export const polesChoroplethFigure = defineFigure<RegionPoles>({
  id: 'carte-poles-par-region',
  kind: 'map',
  // The choropleth is offered to partners (the pôles' own sites); the chapter shows the pôles map.
  embedOnly: true,
  title: 'Nombre de pôles d’économie sociale identifiés par région administrative',
  description: (rows) => {
    const counts = [...new Set(rows.map((r) => r.poles.length))].sort((a, b) => b - a);
    const parts = counts.map((n) => {
      const regions = rows.filter((r) => r.poles.length === n);
      return regions.length > 3
        ? `${formatNumber(regions.length)} régions en comptent ${formatNumber(n)}`
        : `${regions.map((r) => r.name).join(', ')} en ${regions.length > 1 ? 'comptent' : 'compte'} ${formatNumber(n)}`;
    });
    return `Carte du Québec colorée selon le nombre de pôles identifiés par région : ${parts.join(' ; ')}.`;
  },
  source: 'Régions : Gouvernement du Québec, MRNF — BDGA 1/1 000 000, CC BY 4.0 (données modifiées). Pôles : compilation de sources publiques.',
  note: '19 des 22 pôles de 2019-2020 sont identifiés ; une région peut en compter davantage que la carte ne le montre.',
  datasets: ['poles.csv', 'geo/quebec-regions.topojson'],
  rows: loadPolesByRegion,
  columns: regionPolesColumns,
  clientData: regionPolesData,
  panel: { hint: t.map.panelHint, none: t.map.noPoles, unknown: t.map.cityUnknown, keys: t.interaction.mapKeys },
  render: (rows, request) => {
    const { classOf, classes } = poleClasses(rows);
    return renderQuebecMap(
      loadRegionShapes('overview'),
      loadRegionShapes('detail'),
      rows.map((r) => ({ code: r.code, title: regionTitle(r), classIndex: classOf(r.poles.length) })),
      [],
      { ...request, mode: 'choropleth', borders: { overview: loadRegionBorders('overview'), detail: loadRegionBorders('detail') }, classes, legendTitle: t.map.legendChoropleth, insetTitle: t.map.insetTitle },
    );
  },
  drawnOnce: true,
  legend: (rows) => mapLegend({ mode: 'choropleth', classes: poleClasses(rows).classes, legendTitle: t.map.legendChoropleth, insetTitle: t.map.insetTitle }),
});
