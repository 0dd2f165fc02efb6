import { defineFigure } from './types';
import { renderBars } from '../charts/bars/bars';
import { loadPolesByRegion } from '../data/poles';
import { formatNumber } from '../utils/format';
import { frenchTypography } from '../utils/typography';

/** One region and the pôles identified in it. */
export interface RegionPolesRow {
  code: string;
  region: string;
  count: number;
  poles: string[];
}

/** Number of identified pôles per administrative region (bars, most first, then by region code). */
export const polesByRegionFigure = defineFigure<RegionPolesRow>({
  id: 'poles-par-region',
  kind: 'chart',
  title: 'Pôles d’économie sociale identifiés par région administrative',
  description: (rows) => {
    const total = rows.reduce((n, r) => n + r.count, 0);
    const withPoles = rows.filter((r) => r.count > 0).length;
    const counts = [...new Set(rows.map((r) => r.count))].sort((a, b) => b - a);
    const groups = counts.map((n) => {
      const regions = rows.filter((r) => r.count === n);
      return regions.length > 3
        ? `${formatNumber(regions.length)} régions en comptent ${formatNumber(n)} chacune`
        : `${regions.map((r) => r.region).join(', ')} : ${formatNumber(n)}`;
    });
    return `Diagramme à barres : ${formatNumber(total)} pôles identifiés dans ${formatNumber(withPoles)} des ${formatNumber(rows.length)} régions administratives ; ${groups.join(' ; ')}.`;
  },
  source: 'Compilation de sources publiques (liste des pôles, voir « Sources et méthodologie ») ; régions : Gouvernement du Québec, MRNF, BDGA 1/1 000 000.',
  note: '22 pôles existaient en 2019-2020 selon plusieurs sources ; 19 sont identifiés ici. La liste n’indique pas lesquels ont participé à SISMIC.',
  datasets: ['poles.csv', 'geo/quebec-regions.topojson'],
  rows: () =>
    loadPolesByRegion()
      .map((r) => ({ code: r.code, region: r.name, count: r.poles.length, poles: r.poles.map((p) => p.name) }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  columns: [
    { label: 'Code', value: (r) => r.code },
    { label: 'Région administrative', value: (r) => r.region },
    { label: 'Pôles identifiés', value: (r) => r.count, format: (r) => formatNumber(r.count), numeric: true },
    { label: 'Nom des pôles', value: (r) => r.poles.join(' ; '), format: (r) => frenchTypography(r.poles.join(' ; ')) },
  ],
  render: (rows, request) =>
    renderBars(
      rows.map((r) => ({ key: r.code, label: r.region, value: r.count })),
      { ...request, valueLabel: 'Nombre de pôles identifiés' },
    ),
});
