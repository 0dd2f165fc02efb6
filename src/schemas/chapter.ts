import { z } from 'astro/zod';

/**
 * Frontmatter of a chapter (src/content/chapters/*.mdx), with French keys like the figure files
 * (titre, partie, ordre, resume, pages: debut/fin, chapeau) and French messages for authors; the
 * pages and layouts read the same fields under English names.
 */
/** zod's error option: one message when the key is missing, another when its value has the wrong type. */
const missingOr = (missing: string, wrongType: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType) });

export const chapterSchema = z
  .strictObject(
    {
      /** Chapter title, as in the printed report. */
      titre: z.string(missingOr('titre manquant', 'titre : texte attendu')).min(1, 'titre vide'),
      /** Part of the printed report it belongs to, e.g. "2. Renforcer". */
      partie: z
        .string(missingOr('partie manquante', 'partie : texte attendu, ex. « 2. Renforcer »'))
        .regex(/^\d+\. \S/, 'partie attendue sous la forme « 2. Renforcer »'),
      /** Position among the chapters (1, 2, …); decides the order on the home page and previous/next. */
      ordre: z.number(missingOr('ordre manquant', 'ordre : nombre entier attendu')).int('ordre : nombre entier attendu').positive('ordre : nombre entier positif attendu'),
      /** One or two sentences shown on the home page and as the page description. */
      resume: z.string(missingOr('résumé manquant (clé resume)', 'resume : texte attendu')).min(1, 'résumé vide'),
      /** Pages of the printed report the chapter transcribes. */
      pages: z
        .strictObject(
          {
            debut: z.number(missingOr('page de début manquante (debut)', 'page de début : nombre attendu')).int().positive(),
            fin: z.number(missingOr('page de fin manquante (fin)', 'page de fin : nombre attendu')).int().positive(),
          },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys' ? 'pages : seules les clés debut et fin sont attendues' : issue.input === undefined ? 'pages manquantes (debut, fin)' : undefined,
          },
        )
        .refine((p) => p.fin >= p.debut, 'la page de fin doit suivre la page de début'),
      /** Optional lead paragraph shown under the title (only if the report has one). */
      chapeau: z.string().min(1).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? 'clé inconnue ; les clés d’un chapitre sont : titre, partie, ordre, resume, pages (debut, fin), chapeau' : undefined,
    },
  )
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
