import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';

// REPORT_CHAPTERS_DIR lets tests build another set of chapters (e.g. one with a mistake).
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.REPORT_CHAPTERS_DIR ?? './src/content/chapters' }),
  schema: chapterSchema,
});

export const collections = { chapters };
