import { z } from 'astro/zod';
import { column, common, optionalText, strict, valueFormats } from '../../../schemas/figure-keys';
import { textes } from './textes';
import { highlightKey } from '../highlight';
import { annotationsSchema } from '../../annotations';

/** The keys of a scatter figure file, with their French messages. */
export const scatterSchema = strict({
  ...common,
  /** The column of the horizontal axis (numbers). */
  x: column('x'),
  /** The column of the vertical axis (numbers). */
  y: column('y'),
  /** The column naming each point (tooltip, table, labels). */
  etiquette: column('etiquette').optional(),
  /** A column of numbers giving each point's area. */
  taille: column('taille').optional(),
  /** A column of categories giving each point's colour (6 at most). */
  couleur: column('couleur').optional(),
  /** Points named on the drawing (names from « etiquette »). */
  etiqueter: z.array(z.union([z.string(), z.number()]).transform(String), { error: textes.etiqueterList }).default([]),
  /** Points (names from « etiquette ») or colour categories drawn in their colour, the others muted; chosen points are named. */
  surligner: highlightKey('point'),
  'titre-x': optionalText('titre-x'),
  'titre-y': optionalText('titre-y'),
  /** Unit of the x values, when it is not « format » (the y values' unit). */
  'format-x': z.enum(valueFormats, { error: textes.formatX(valueFormats) }).optional(),
  annotations: annotationsSchema,
});
