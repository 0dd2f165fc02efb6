import { defineFigure } from './types';
import { mapLegend, renderQuebecMap } from '../charts/map/quebec-map';
import { loadPolesByRegion, type RegionPoles } from '../data/poles';
import { loadRegionShapes } from '../data/regions';
import { formatNumber } from '../utils/format';
import { t } from '../strings';
import { frenchTypography } from '../utils/typography';

const plural = (n: number) => `${formatNumber(n)}\u00a0${n > 1 ? 'pôles' : 'pôle'}`;

/** A region's accessible name on the map: its name and its pôles. */
export const regionTitle = (r: RegionPoles) => `${r.name} : ${plural(r.poles.length)}`;

/** The table under both maps: each region with its pôles and their cities. */
export const regionPolesColumns = [
  { label: 'Code', value: (r: RegionPoles) => r.code },
  { label: 'Région administrative', value: (r: RegionPoles) => r.name },
  { label: 'Pôles identifiés', value: (r: RegionPoles) => r.poles.length, format: (r: RegionPoles) => formatNumber(r.poles.length), numeric: true },
  {
    label: 'Pôles (ville)',
    value: (r: RegionPoles) => r.poles.map((p) => `${p.name}${p.city ? ` (${p.city})` : ''}`).join(' ; '),
    format: (r: RegionPoles) => frenchTypography(r.poles.map((p) => `${p.name}${p.city ? ` (${p.city})` : ''}`).join(' ; ')),
  },
];

/** What the map's script needs: each region's name and pôles (name, city), by region code. */
export function regionPolesData(rows: readonly RegionPoles[]) {
  return Object.fromEntries(
    rows.map((r) => [r.code, { name: r.name, poles: r.poles.map((p) => ({ id: p.id, name: frenchTypography(p.name), city: p.city ?? null })) }]),
  );
}

const pointsLegend = {
  mode: 'points',
  legendTitle: t.map.legendPoints,
  markerLegend: { exact: t.map.markerExact, approximate: t.map.markerApproximate },
  insetTitle: t.map.insetTitle,
} as const;

/** The map of Québec's regions with every identified pôle. */
export const polesMapFigure = defineFigure<RegionPoles>({
  id: 'carte-poles',
  kind: 'map',
  title: 'Les pôles d’économie sociale identifiés dans les 17 régions administratives',
  description: (rows) => {
    const total = rows.reduce((n, r) => n + r.poles.length, 0);
    const located = rows.flatMap((r) => r.poles.filter((p) => p.city)).map((p) => p.city);
    return `Carte du Québec : ${plural(total)} identifiés dans ${formatNumber(rows.filter((r) => r.poles.length).length)} régions ; ${formatNumber(located.length)} sont placés dans leur ville (${located.join(', ')}), les autres au point représentatif de leur région. Un agrandissement montre la région de Montréal.`;
  },
  source: 'Régions : Gouvernement du Québec, MRNF — BDGA 1/1 000 000, CC BY 4.0 (données modifiées : découpées au trait de côte, simplifiées ; trait de côte : Natural Earth). Pôles : compilation de sources publiques.',
  note: 'Une source publique situe 9 des 19 pôles dans leur ville (disques pleins) ; les 10 autres sont placés au point représentatif de leur région (anneaux), écartés les uns des autres s’ils se chevauchent. 22 pôles existaient en 2019-2020 ; les 3 qui ne sont pas identifiés seraient des pôles autochtones, non confirmés et absents de la carte. La liste n’indique pas lesquels ont participé à SISMIC. Villes : coordonnées simplemaps (CC BY 4.0).',
  datasets: ['poles.csv', 'geo/quebec-regions.topojson'],
  rows: loadPolesByRegion,
  columns: regionPolesColumns,
  clientData: regionPolesData,
  render: (rows, request) =>
    renderQuebecMap(
      loadRegionShapes('overview'),
      loadRegionShapes('detail'),
      rows.map((r) => ({ code: r.code, title: regionTitle(r) })),
      rows.flatMap((r) =>
        r.poles.map((p) => ({
          id: p.id,
          region: r.code,
          title: frenchTypography(`${p.name} — ${p.city ?? `${r.name} (ville non connue)`}`),
          lonLat: p.lon !== undefined && p.lat !== undefined ? ([p.lon, p.lat] as [number, number]) : undefined,
        })),
      ),
      { ...request, ...pointsLegend },
    ),
  drawnOnce: true,
  legend: () => mapLegend(pointsLegend),
});
