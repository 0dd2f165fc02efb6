import { createElement, useEffect, useState, type ReactNode } from 'react';
import { t } from '../strings';

// What the editor shows when it cannot open an entry. For a chapter, Keystatic's own message is
// English and counts lines from the end of the frontmatter (« line 3 » for line 17): the editor
// asks the page /editeur/chapitre/<id> (src/editor/chapitre.astro) for the French problems, with
// the file's real lines, and links to it. Keystatic calls this through the fix in ./keystatic-fr.ts.

/** The editor's message for an entry Keystatic could not open. */
export function entryError(collection: string, slug: string, message: string): ReactNode {
  return collection === 'chapitres' ? createElement(ChapterError, { slug, message }) : message;
}

function ChapterError({ slug, message }: { slug: string; message: string }): ReactNode {
  const c = t.editor.chapterPage;
  const page = `/editeur/chapitre/${encodeURIComponent(slug)}`;
  // Note: undefined while asking; null when the page is not there (GitHub mode has no editor pages).
  const [problems, setProblems] = useState<string[] | null | undefined>();
  useEffect(() => {
    fetch(page, { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<{ problems: string[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((r) => setProblems(r.problems))
      .catch(() => setProblems(null));
  }, [page]);
  if (problems === null) return message;
  const lines = problems?.length ? problems : problems ? [message] : [];
  return createElement(
    'div',
    null,
    createElement('p', null, c.editorNotice),
    createElement('ul', null, ...lines.map((line) => createElement('li', { key: line }, line))),
    createElement('p', null, createElement('a', { href: page }, c.details)),
  );
}

// Note: Keystatic's browser code reaches the editor's code through this global (see keystaticFixes).
if (typeof window !== 'undefined') (globalThis as { tiessEntryError?: typeof entryError }).tiessEntryError = entryError;
