import type { EditorKit } from '../../../editor/figure-fields';
import { textes } from './textes';

const e = textes.editor;

/** The points map's form: the column naming the points, where they are (city, coordinates or region), their size and nouns, the points (or regions) to highlight. */
export const fields = ({ fields, column, highlight }: EditorKit) =>
  fields.object({
    etiquette: column(e.etiquette),
    ville: column(e.ville, false),
    latitude: column(e.latitude, false),
    longitude: column(e.longitude, false),
    region: column(e.region, false),
    taille: column(e.taille, false),
    identifiant: column(e.identifiant, false),
    point: fields.text({ label: e.point }),
    points: fields.text({ label: e.points }),
    legende: fields.text({ label: e.legende }),
    surligner: highlight('point'),
  });
