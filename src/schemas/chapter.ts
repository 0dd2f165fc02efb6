import { z } from 'astro/zod';

/**
 * Frontmatter of a chapter (src/content/chapters/*.mdx), with French keys like the figure files
 * (titre, partie, ordre, resume, pages: debut/fin, chapeau) and French messages for authors; the
 * pages and layouts read the same fields under English names.
 */
export const chapterSchema = z
  .object({
    /** Chapter title, as in the printed report. */
    titre: z.string({ required_error: 'titre manquant', invalid_type_error: 'titre : texte attendu' }).min(1, 'titre vide'),
    /** Part of the printed report it belongs to, e.g. "2. Renforcer". */
    partie: z
      .string({ required_error: 'partie manquante', invalid_type_error: 'partie : texte attendu, ex. « 2. Renforcer »' })
      .regex(/^\d+\. \S/, 'partie attendue sous la forme « 2. Renforcer »'),
    /** Position among the chapters (1, 2, …); decides the order on the home page and previous/next. */
    ordre: z.number({ required_error: 'ordre manquant', invalid_type_error: 'ordre : nombre entier attendu' }).int('ordre : nombre entier attendu').positive('ordre : nombre entier positif attendu'),
    /** One or two sentences shown on the home page and as the page description. */
    resume: z.string({ required_error: 'résumé manquant (clé resume)', invalid_type_error: 'resume : texte attendu' }).min(1, 'résumé vide'),
    /** Pages of the printed report the chapter transcribes. */
    pages: z
      .object(
        {
          debut: z.number({ required_error: 'page de début manquante (debut)', invalid_type_error: 'page de début : nombre attendu' }).int().positive(),
          fin: z.number({ required_error: 'page de fin manquante (fin)', invalid_type_error: 'page de fin : nombre attendu' }).int().positive(),
        },
        { required_error: 'pages manquantes (debut, fin)' },
      )
      .strict('pages : seules les clés debut et fin sont attendues')
      .refine((p) => p.fin >= p.debut, 'la page de fin doit suivre la page de début'),
    /** Optional lead paragraph shown under the title (only if the report has one). */
    chapeau: z.string().min(1).optional(),
  })
  .strict('clé inconnue ; les clés d’un chapitre sont : titre, partie, ordre, resume, pages (debut, fin), chapeau')
  .transform((d) => ({
    title: d.titre,
    part: d.partie,
    order: d.ordre,
    summary: d.resume,
    pages: { from: d.pages.debut, to: d.pages.fin },
    lead: d.chapeau,
  }));

/** A chapter's frontmatter, as pages read it. */
export type ChapterData = z.output<typeof chapterSchema>;
