import { z } from 'astro/zod';

/** Frontmatter of a chapter (src/content/chapters/*.mdx); messages in French for authors. */
export const chapterSchema = z.object({
  /** Chapter title, as in the printed report. */
  title: z.string({ required_error: 'titre manquant' }).min(1, 'titre vide'),
  /** Part of the printed report it belongs to, e.g. "2. Renforcer". */
  part: z.string({ required_error: 'partie manquante' }).regex(/^\d+\. \S/, 'partie attendue sous la forme « 2. Renforcer »'),
  /** Position among the chapters (1, 2, …); decides the order on the home page and previous/next. */
  order: z.number({ required_error: 'ordre manquant', invalid_type_error: 'ordre : nombre entier attendu' }).int().positive(),
  /** One or two sentences shown on the home page and as the page description. */
  summary: z.string({ required_error: 'résumé manquant' }).min(1, 'résumé vide'),
  /** Pages of the printed report the chapter transcribes. */
  pages: z
    .object(
      {
        from: z.number({ invalid_type_error: 'page de début : nombre attendu' }).int().positive(),
        to: z.number({ invalid_type_error: 'page de fin : nombre attendu' }).int().positive(),
      },
      { required_error: 'pages manquantes (from, to)' },
    )
    .refine((p) => p.to >= p.from, 'la page de fin doit suivre la page de début'),
  /** Optional lead paragraph shown under the title (only if the report has one). */
  lead: z.string().min(1).optional(),
});

/** A chapter's frontmatter. */
export type ChapterData = z.output<typeof chapterSchema>;
