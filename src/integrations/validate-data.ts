import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { DataErrors, dataDir, displayPath } from '../data/csv';
import { checkAllData } from '../data/index';
import { figureSources } from '../figures/declarative';
import { chapterProblems, mdxSyntaxProblem, readChapters } from '../markdown/check-chapters';
import { frenchFrontmatter } from '../utils/french-yaml';
import { t } from '../strings';

// The virtual module Astro serves when .astro/content-modules.mjs did not exist yet (see below).
const contentModulesId = '\0astro:content-module-imports';

/**
 * Checks every data file, and the MDX syntax and images of every chapter, before the build writes
 * anything: the build stops with every problem, one per line with file, line and column. In dev,
 * reloads the page when a data or figure file is added, saved or removed, and makes a new chapter
 * render without a restart.
 */
export function validateData(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'tiess:validate-data',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const folders = [...new Set([dataDir(), ...figureSources().flatMap((s) => [s.figures, s.data])])];
        server.watcher.add(folders);
        const modulesFile = path.join(root, '.astro', 'content-modules.mjs');
        server.watcher.on('all', (event, file) => {
          if (file === modulesFile && (event === 'add' || event === 'change')) {
            refreshContentModules(server);
            return;
          }
          if (!folders.some((dir) => file.startsWith(dir + path.sep))) return;
          const say = { add: t.check.reloadAdded, change: t.check.reloadChanged, unlink: t.check.reloadRemoved }[event as string];
          if (!say) return;
          logger.info(say(displayPath(file)));
          server.ws.send({ type: 'full-reload' });
        });
      },
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [frenchFrontmatterPlugin(), ...(command === 'dev' ? [frenchMdxErrors()] : [])] } });
        if (command !== 'build') return;
        const data = checkAllData({ cached: true });
        const dataError = DataErrors.of(data.errors, data.omitted);
        const chapters = readChapters();
        const chapterLines = (await chapterProblems(chapters, fileURLToPath(config.publicDir), { cached: true })).map((p) => p.text);
        if (!dataError && chapterLines.length === 0) {
          logger.info(t.check.verified(data.counts.size, chapters.length));
          return;
        }
        const lines = [...(dataError ? [dataError.message] : []), ...chapterLines];
        const stopped = new Error(`${lines.join('\n')}\n${chapterLines.length ? t.check.buildStopped : t.data.buildStopped}`);
        stopped.stack = stopped.message;
        throw stopped;
      },
    },
  };
}

/**
 * A chapter's header is read by the figure files' rule (a text holding « : » or « # » needs no
 * quotes): its text values are quoted before MDX reads the header. Lines keep their numbers.
 */
function frenchFrontmatterPlugin(): Plugin {
  return {
    name: 'tiess:french-frontmatter',
    // Note: before @astrojs/mdx, which reads the header with its own YAML reader.
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.mdx')) return undefined;
      const text = frenchFrontmatter(code);
      return text === code ? undefined : { code: text, map: null };
    },
  };
}

/**
 * In dev, a chapter whose MDX does not compile shows the French message of `npm run check` (file,
 * line, column, what to do) instead of the English one; the build checks every chapter beforehand.
 */
function frenchMdxErrors(): Plugin {
  return {
    name: 'tiess:mdx-errors',
    // Note: before @astrojs/mdx, whose error for a tag left open at the end has no line (« undefined:undefined »).
    enforce: 'pre',
    async transform(code, id) {
      if (!id.endsWith('.mdx')) return undefined;
      const problem = await mdxSyntaxProblem(id, code);
      if (!problem) return undefined;
      throw Object.assign(new Error(problem.text), { name: 'MDXError', loc: { file: id, line: problem.line, column: problem.column } });
    },
  };
}

/**
 * Makes Astro read the list of chapter renderers again after it changed on disk.
 * Note: on a first start (no .astro/ folder yet) Astro resolves `astro:content-module-imports`
 * before its first sync writes .astro/content-modules.mjs, so it serves a virtual copy that nothing
 * refreshes: a chapter added later has no renderer and its page fails with
 * UnknownContentCollectionError until the server restarts. Invalidating that copy fixes it.
 */
function refreshContentModules(server: ViteDevServer): void {
  const module = server.moduleGraph.getModuleById(contentModulesId);
  if (!module) return;
  server.moduleGraph.invalidateModule(module);
  server.ws.send({ type: 'full-reload' });
}
