import { defineFigure } from './types';
import { mapLegend, renderQuebecMap } from '../charts/map/quebec-map';
import { classify } from '../charts/map/classes';
import { loadPolesByRegion, type RegionPoles } from '../data/poles';
import { loadRegionShapes, loadRegionBorders } from '../data/regions';
import { formatNumber } from '../utils/format';
import { regionPolesColumns, regionPolesData, regionTitle } from './carte-poles';
import { t } from '../strings';

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
