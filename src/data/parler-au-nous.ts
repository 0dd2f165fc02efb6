import { z } from 'astro/zod';
import { loadDataset, type DatasetDefinition } from './csv';
import { id, integer, text } from './cells';
import { t } from '../strings';

/** A partner of the Parler au nous project. */
export const partnerRow = z.object({
  /** Stable identifier. */
  id: id(),
  /** Order in which the report lists it. */
  ordre: integer(1),
  /** Name. */
  nom: text(),
});

/** One of the project's two axes. */
export const axisRow = z.object({
  /** Stable identifier, referenced by components. */
  id: id(),
  /** Number the report gives it (1, 2). */
  numero: integer(1),
  /** Title, in the report's words. */
  titre: text(),
});

/** A component of an axis. */
export const componentRow = z.object({
  /** Stable identifier. */
  id: id(),
  /** Axis it belongs to (data/parler-au-nous-axes.csv). */
  axe: id(),
  /** Order within its axis. */
  ordre: integer(1),
  /** Name, in the report's words. */
  nom: text(),
});

export type Partner = z.output<typeof partnerRow>;
export type Axis = z.output<typeof axisRow>;
export type AxisComponent = z.output<typeof componentRow>;

/** data/parler-au-nous-partenaires.csv */
export const partnersDataset: DatasetDefinition<typeof partnerRow> = {
  file: 'parler-au-nous-partenaires.csv',
  schema: partnerRow,
  key: 'id',
};

/** data/parler-au-nous-axes.csv */
export const axesDataset: DatasetDefinition<typeof axisRow> = {
  file: 'parler-au-nous-axes.csv',
  schema: axisRow,
  key: 'id',
};

/** data/parler-au-nous-composantes.csv */
export const componentsDataset: DatasetDefinition<typeof componentRow> = {
  file: 'parler-au-nous-composantes.csv',
  schema: componentRow,
  key: 'id',
  references: {
    axe: () => {
      const ids = loadDataset(axesDataset).map((a) => a.id);
      return { values: new Set(ids), expected: t.data.expected.knownAxis(ids) };
    },
  },
};

/** Reads the partners, in the report's order. */
export const loadPartners = () => [...loadDataset(partnersDataset)].sort((a, b) => a.ordre - b.ordre);

/** Reads the axes with their components, both in the report's order. */
export function loadAxes(): (Axis & { components: AxisComponent[] })[] {
  const components = loadDataset(componentsDataset);
  return [...loadDataset(axesDataset)]
    .sort((a, b) => a.numero - b.numero)
    .map((axis) => ({
      ...axis,
      components: components.filter((c) => c.axe === axis.id).sort((a, b) => a.ordre - b.ordre),
    }));
}
