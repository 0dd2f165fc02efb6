import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readChapters } from '../markdown/check-chapters';
import { t } from '../strings';
import { chapterEditorProblems } from './chapter-lint';
import { keystaticFrench } from './keystatic-fr';

/** Whether the project runs as the browser editor (`npm run edit`: KEYSTATIC=1): only then are Keystatic, React and the editor's pages loaded. */
export const editorMode = process.env.KEYSTATIC === '1';

/**
 * The editor's own pages, injected only in editor mode (local): « Fichiers de données (CSV) » at
 * /editeur/donnees/, « Publier » at /editeur/publier/ and, for a chapter the editor cannot open,
 * /editeur/chapitre/<id>.
 */
export function editorPages(): AstroIntegration {
  return {
    name: 'tiess-editor-pages',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig }) => {
        // Note: the editor's browser code is served from node_modules; when its entries are links to
        // another folder (the tests' copies of the project), Vite must be allowed to serve that folder.
        const root = fileURLToPath(config.root);
        const modules = path.dirname(realpathSync(path.join(root, 'node_modules', 'react')));
        updateConfig({ vite: { server: { fs: { allow: [root, modules] } } } });
        injectRoute({ pattern: '/editeur/donnees', entrypoint: './src/editor/donnees.astro', prerender: false });
        injectRoute({ pattern: '/editeur/publier', entrypoint: './src/editor/publier.astro', prerender: false });
        injectRoute({ pattern: '/editeur/chapitre/[slug]', entrypoint: './src/editor/chapitre.astro', prerender: false });
      },
      // Chapters the editor cannot open (or would damage) are named when it starts, with their real lines.
      'astro:server:start': async ({ logger }) => {
        const problems = (await Promise.all(readChapters().map((c) => chapterEditorProblems(c.file, c.text)))).flat();
        if (problems.length === 0) return;
        logger.warn([t.editor.chapterPage.startProblems(problems.length), ...problems.map((p) => `  ${p.text}`)].join('\n'));
      },
    },
  };
}

/** Keystatic's interface in French, the words its locale 'fr-FR' leaves in English included (./keystatic-fr.ts). */
export function editorFrench(): AstroIntegration {
  return {
    name: 'tiess-keystatic-fr',
    hooks: { 'astro:config:setup': ({ updateConfig }) => void updateConfig({ vite: { plugins: [keystaticFrench()] } }) },
  };
}

/** Whether the editor works on the GitHub repository (GitHub mode) rather than on the local files. */
export const githubMode = Boolean(process.env.PUBLIC_KEYSTATIC_GITHUB_REPO);

/**
 * The integrations of editor mode (React, Keystatic and, in local mode, the CSV and « Publier » pages),
 * imported only then; none otherwise. In GitHub mode those pages are left out: they work on the local
 * folder (every save there is already a commit on GitHub).
 */
export async function editorIntegrations(): Promise<AstroIntegration[]> {
  if (!editorMode) return [];
  const [{ default: react }, { default: keystatic }] = await Promise.all([import('@astrojs/react'), import('@keystatic/astro')]);
  return [react(), keystatic(), editorFrench(), ...(githubMode ? [] : [editorPages()])];
}

/** The Node server adapter for deploying the editor apart from the site (`npm run build:editeur`); none otherwise. */
export async function editorAdapter(): Promise<AstroIntegration | undefined> {
  if (!editorMode || process.env.EDITOR_SERVER !== 'node') return undefined;
  const { default: node } = await import('@astrojs/node');
  return node({ mode: 'standalone' });
}
