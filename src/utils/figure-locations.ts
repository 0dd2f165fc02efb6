import { getCollection } from 'astro:content';

/** Where a figure appears in the report: its chapter and the anchor of the figure there. */
export interface FigureLocation {
  chapter: string;
  chapterTitle: string;
  anchor: string;
}

let memo: Promise<Map<string, FigureLocation>> | undefined;

/**
 * For each figure id, the first chapter (in report order) whose MDX places it with <Figure id="…" />.
 * Read once per build (every embed page asks); in dev, on every request, so an edit shows.
 */
export function figureLocations(): Promise<Map<string, FigureLocation>> {
  if (memo && !import.meta.env.DEV) return memo;
  memo = readLocations();
  return memo;
}

async function readLocations(): Promise<Map<string, FigureLocation>> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const locations = new Map<string, FigureLocation>();
  for (const chapter of chapters) {
    for (const [, id] of (chapter.body ?? '').matchAll(/<Figure\s+id="([^"]+)"/g)) {
      if (!locations.has(id!)) locations.set(id!, { chapter: chapter.id, chapterTitle: chapter.data.title, anchor: `figure-${id}` });
    }
  }
  return locations;
}
