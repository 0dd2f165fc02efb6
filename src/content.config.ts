import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Frontmatter of a chapter (src/content/chapters/*.mdx). */
export const chapterSchema = z.object({
  /** Chapter title, as in the printed report. */
  title: z.string().min(1),
  /** Part of the printed report it belongs to, e.g. "2. Renforcer". */
  part: z.string().regex(/^\d+\. \S/, 'partie attendue sous la forme « 2. Renforcer »'),
  /** Position among the chapters (1, 2, …); decides the order on the home page and previous/next. */
  order: z.number().int().positive(),
  /** One or two sentences shown on the home page and as the page description. */
  summary: z.string().min(1),
  /** Pages of the printed report the chapter transcribes. */
  pages: z
    .object({ from: z.number().int().positive(), to: z.number().int().positive() })
    .refine((p) => p.to >= p.from, 'la page de fin doit suivre la page de début'),
  /** Optional lead paragraph shown under the title (only if the report has one). */
  lead: z.string().min(1).optional(),
});

// REPORT_CHAPTERS_DIR lets tests build another set of chapters (e.g. one with a mistake).
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.REPORT_CHAPTERS_DIR ?? './src/content/chapters' }),
  schema: chapterSchema,
});

export const collections = { chapters };
