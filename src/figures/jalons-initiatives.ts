import { defineFigure } from './types';
import { renderTimeline, type TimelineEvent } from '../charts/timeline/timeline';
import { loadInitiatives } from '../data/initiatives';
import { loadMilestones, type Milestone } from '../data/milestones';
import { series } from '../styles/theme';
import { formatNumber, formatPeriod } from '../utils/format';
import { t } from '../strings';

/** A milestone as drawn: its row, its initiative and the dates it covers. */
export interface MilestoneRow {
  milestone: Milestone;
  initiative: string;
  color: string;
  start: Date;
  end?: Date;
  dateLabel: string;
}

/** Astronomical seasons (approximate dates), for a milestone the report dates only by season. */
const seasonSpans = {
  printemps: [[2, 20], [5, 20]],
  ete: [[5, 21], [8, 21]],
  automne: [[8, 22], [11, 20]],
  hiver: [[11, 21], [14, 19]],
} as const;

function span(m: Milestone): { start: Date; end?: Date } {
  if (m.mois !== undefined) return { start: new Date(Date.UTC(m.annee, m.mois - 1, 1)) };
  if (m.saison !== undefined) {
    const [[sm, sd], [em, ed]] = seasonSpans[m.saison];
    return { start: new Date(Date.UTC(m.annee, sm, sd)), end: new Date(Date.UTC(m.annee, em, ed)) };
  }
  return { start: new Date(Date.UTC(m.annee, 0, 1)), end: new Date(Date.UTC(m.annee, 11, 31)) };
}

const initiativeColors = () => new Map(loadInitiatives().map((i, n) => [i.id, { name: i.nom, color: series[n % series.length]! }]));

/** Milestones of the chapter's three initiatives, dated only as precisely as the report. */
export const milestonesFigure = defineFigure<MilestoneRow>({
  id: 'jalons-initiatives',
  kind: 'chart',
  title: 'Les jalons datés des trois initiatives',
  description: (rows) => {
    const dated = new Set(rows.map((r) => r.milestone.initiative));
    const undated = loadInitiatives().filter((i) => !dated.has(i.id));
    const events = rows.map((r) => `${r.dateLabel} : ${r.milestone.libelle.replace(/^./, (c) => c.toLowerCase())}`);
    const rest = undated.length ? ` Le rapport ne date pas ${undated.map((i) => i.nom).join(' ni ')}.` : '';
    return `Frise chronologique de ${formatNumber(rows.length)} jalons datés : ${events.join(' ; ')}.${rest}`;
  },
  source: 'TIESS, Rapport annuel 2019-2020, p. 27.',
  note: 'Seules les dates que donne le rapport sont placées : l’automne 2020 est une saison, sans mois précis. La campagne #osonslarelance n’est pas datée dans le rapport (« alors que la pandémie battait son plein »).',
  datasets: ['jalons.csv', 'initiatives.csv'],
  rows: () => {
    const initiatives = initiativeColors();
    return loadMilestones()
      .map((m) => ({
        milestone: m,
        initiative: initiatives.get(m.initiative)!.name,
        color: initiatives.get(m.initiative)!.color,
        ...span(m),
        dateLabel: formatPeriod({ year: m.annee, month: m.mois, season: m.saison }),
      }))
      .sort((a, b) => +a.start - +b.start);
  },
  columns: [
    { label: 'Date', value: (r) => r.dateLabel },
    { label: 'Initiative', value: (r) => r.initiative },
    { label: 'Jalon', value: (r) => r.milestone.libelle },
  ],
  render: (rows, request) => {
    const dated = new Set(rows.map((r) => r.milestone.initiative));
    const colors = initiativeColors();
    const undated = loadInitiatives()
      .filter((i) => !dated.has(i.id))
      .map((i) => ({ series: i.nom, color: colors.get(i.id)!.color, label: t.figures.undated }));
    const events: TimelineEvent[] = rows.map((r) => ({
      id: r.milestone.id,
      dateLabel: r.dateLabel,
      series: r.initiative,
      color: r.color,
      start: r.start,
      end: r.end,
      label: r.milestone.libelle,
    }));
    return renderTimeline(events, undated, request);
  },
});
