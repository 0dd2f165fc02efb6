import { defineFigure } from './types';
import { renderStructure } from '../charts/structure/structure';
import { loadAxes, loadPartners } from '../data/parler-au-nous';
import { loadKeyFigures } from '../data/key-figures';
import { loadMilestones } from '../data/milestones';
import { series } from '../styles/theme';
import { formatNumber, formatPeriod } from '../utils/format';

/** One element of the project's structure: a partner, or a component of one of its axes. */
export type StructureRow =
  | { kind: 'Partenaire'; name: string; axis?: undefined }
  | { kind: 'Composante'; name: string; axis: { numero: number; titre: string } };

/** The project's duration and start as the report gives them (data/chiffres-cles.csv, data/jalons.csv). */
function projectTiming(): string {
  const years = loadKeyFigures().find((k) => k.id === 'parler-au-nous-duree');
  const start = loadMilestones().find((m) => m.initiative === 'parler-au-nous');
  const parts = [
    years && `Projet conjoint de ${formatNumber(years.valeur)}\u00a0${years.unite}`,
    start && `à partir de l’${formatPeriod({ year: start.annee, month: start.mois, season: start.saison })}`,
  ].filter(Boolean);
  return parts.join(', ');
}

/** The structure of Parler au nous: its partners, and its two axes of three components each. */
export const parlerAuNousFigure = defineFigure<StructureRow>({
  id: 'parler-au-nous-structure',
  kind: 'chart',
  title: 'Parler au nous : partenaires, axes et composantes du projet',
  description: (rows) => {
    const partners = rows.filter((r) => r.kind === 'Partenaire').map((r) => r.name);
    const axes = [...new Map(rows.flatMap((r) => (r.axis ? [[r.axis.numero, r.axis]] : []))).values()];
    const byAxis = axes.map((a) => {
      const items = rows.filter((r) => r.axis?.numero === a.numero).map((r) => r.name);
      return `axe ${a.numero}, « ${a.titre} » (${items.join(', ')})`;
    });
    return `Schéma du projet réalisé entre ${formatNumber(partners.length)} partenaires (${partners.join(', ')}), en ${formatNumber(axes.length)} axes de ${[...new Set(axes.map((a) => rows.filter((r) => r.axis?.numero === a.numero).length))].join(' ou ')} composantes : ${byAxis.join(' ; ')}.`;
  },
  source: 'TIESS, Rapport annuel 2019-2020, p. 27.',
  datasets: ['parler-au-nous-partenaires.csv', 'parler-au-nous-axes.csv', 'parler-au-nous-composantes.csv', 'chiffres-cles.csv', 'jalons.csv'],
  rows: () => [
    ...loadPartners().map((p) => ({ kind: 'Partenaire' as const, name: p.nom })),
    ...loadAxes().flatMap((a) =>
      a.components.map((c) => ({ kind: 'Composante' as const, name: c.nom, axis: { numero: a.numero, titre: a.titre } })),
    ),
  ],
  columns: [
    { label: 'Élément', value: (r) => r.kind },
    { label: 'Nom', value: (r) => r.name },
    { label: 'Axe', value: (r) => (r.axis ? `${r.axis.numero}. ${r.axis.titre}` : '') },
  ],
  render: (rows, request) => {
    const axes = [...new Map(rows.flatMap((r) => (r.axis ? [[r.axis.numero, r.axis]] : []))).values()];
    return renderStructure(
      {
        membersTitle: 'Partenaires',
        members: rows.filter((r) => r.kind === 'Partenaire').map((r) => r.name),
        center: { title: 'Parler au nous', subtitle: projectTiming() },
        groups: axes.map((a, i) => ({
          title: `Axe ${a.numero} — ${a.titre}`,
          color: series[i % series.length]!,
          items: rows.filter((r) => r.axis?.numero === a.numero).map((r) => r.name.replace(/^./, (c) => c.toUpperCase())),
        })),
      },
      request,
    );
  },
});
