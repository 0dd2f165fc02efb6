import { displayPath } from '../data/csv';
import { chaptersDir, readChapters } from '../markdown/check-chapters';
import { FigureProblems } from './declarative';
import type { FigureDefinition } from './types';
import { t } from '../strings';

/** Where chapters show a figure: each `<Figure id="…" />` of it, as « file, ligne N ». */
export function figurePlaces(id: string, dir = chaptersDir()): string[] {
  let chapters: ReturnType<typeof readChapters> = [];
  try {
    chapters = readChapters(dir);
  } catch {
    return [];
  }
  return chapters.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, i) => (new RegExp(`<Figure\\s+id="${id}"`).test(line) ? [`${displayPath(file)}, ${t.data.line} ${i + 1}`] : [])),
  );
}

/**
 * What a failure while drawing a figure (its renderer, its PNG) becomes: a French message that
 * names the figure's file (figure file or bespoke module), the chapters that show it and the
 * reason, without a stack. Problems of a figure file (`FigureProblems`) already name their file
 * and line: they pass unchanged.
 */
export function drawingError(definition: Pick<FigureDefinition<unknown>, 'id'>, file: string, error: unknown): Error {
  if (error instanceof FigureProblems) return error;
  const reason = error instanceof Error ? error.message : String(error);
  // Note: no `cause`: Astro would print its stack after the message; the reason is in the message.
  const failure = new Error(t.figures.drawingFailed(definition.id, displayPath(file), figurePlaces(definition.id), reason));
  failure.name = 'FigureDrawingError';
  failure.stack = failure.message;
  return failure;
}
