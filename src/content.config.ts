import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { frenchFrontmatter } from './utils/french-yaml';
import { chapterSchema } from './schemas/chapter';

// REPORT_CHAPTERS_DIR lets tests build another set of chapters (e.g. one with a mistake).
const files = glob({ pattern: '**/*.mdx', base: process.env.REPORT_CHAPTERS_DIR ?? './src/content/chapters' });

// The header is read by the figure files' rule (a text holding « : » needs no quotes): each
// chapter's text values are quoted before Astro's YAML reader sees them. Lines keep their numbers.
// Note: the glob loader reads each file through `entryTypes`, which Astro 5 passes to loaders
// without declaring it in LoaderContext; the build's tests read a chapter with such a header.
type EntryType = { getEntryInfo: (entry: { contents: string; fileUrl: URL }) => unknown };
const chapterFiles: Loader = {
  name: 'chapters',
  load: (context) => {
    const { entryTypes } = context as typeof context & { entryTypes: Map<string, EntryType> };
    const french = new Map(
      [...entryTypes].map(([extension, type]) => [
        extension,
        { ...type, getEntryInfo: (entry: { contents: string; fileUrl: URL }) => type.getEntryInfo({ ...entry, contents: frenchFrontmatter(entry.contents) }) },
      ]),
    );
    return files.load({ ...context, entryTypes: french } as typeof context);
  },
};

const chapters = defineCollection({ loader: chapterFiles, schema: chapterSchema });

export const collections = { chapters };
