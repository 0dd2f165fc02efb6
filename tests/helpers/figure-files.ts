import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { declaredFigure, prepare, readFigureFile, type FigureFile } from '../../src/figures/declarative';
import type { FigureSpec } from '../../src/schemas/figure';
import type { DataError } from '../../src/data/csv';

/** A temporary project corner: its root, with figures/ and data/ in it. */
export interface Corner {
  root: string;
  figures: string;
  data: string;
}

/** A figure file read as the build reads it: every problem (paths cut to figures/… and data/…), and the file. */
export interface ReadFigure {
  root: string;
  file: FigureFile;
  problems: string[];
}

/** A figure file with no problem: its definition, its rows, and its drawing at a width. */
export interface DrawnFigure {
  figure: ReturnType<typeof declaredFigure>;
  rows: ReturnType<ReturnType<typeof declaredFigure>['rows']>;
  render: (width: number, labelledBy?: string) => string;
  /** Drawn at 360 (labelled by « a b »), when first read. */
  readonly narrow: string;
  /** Drawn at 640 (labelled by « a b »), when first read. */
  readonly wide: string;
}

/**
 * For a test file: figure files and CSVs written into temporary project corners (named after
 * `prefix`, removed after the file's tests), then read, checked and drawn as the build does.
 * `head` starts every figure file that `read` and `drawn` write (« type: aires\n »); `geo` copies
 * the regions layer into each corner's data/ (for maps).
 */
export function figureCorners(prefix: string, { head = '', geo = false }: { head?: string; geo?: boolean } = {}) {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A new empty temporary folder, named after `prefix` (and `more`), removed with the others. */
  function tempDir(more = ''): string {
    const dir = mkdtempSync(path.join(tmpdir(), `tiess-${prefix}${more}-`));
    dirs.push(dir);
    return dir;
  }

  /**
   * A new project folder for `npm run new:figure`: its script, the `type` folder's modele.json, and
   * `csv` (file name to text) in data/. Returns the folder.
   */
  function newFigureProject(type: string, csv: Record<string, string>): string {
    const dir = tempDir('-new');
    const project = path.resolve(import.meta.dirname, '../..');
    for (const file of ['scripts/new-figure.mjs', `src/figures/types/${type}/modele.json`]) cpSync(path.join(project, file), path.join(dir, file));
    mkdirSync(path.join(dir, 'data'));
    for (const [name, text] of Object.entries(csv)) writeFileSync(path.join(dir, 'data', name), text);
    return dir;
  }

  /** A new corner holding `files`: the .csv ones in data/, the others in figures/. */
  function workspace(files: Record<string, string | Buffer>): Corner {
    const root = tempDir();
    const figures = path.join(root, 'figures');
    const data = path.join(root, 'data');
    mkdirSync(figures);
    mkdirSync(data);
    if (geo) cpSync(path.resolve(import.meta.dirname, '../../data/geo'), path.join(data, 'geo'), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(name.endsWith('.csv') ? data : figures, name), content);
    return { root, figures, data };
  }

  /** Reads the figure file `figure` of a new corner holding `files`, and prepares its data when the file itself has no problem. */
  function readFiles(files: Record<string, string | Buffer>, figure: string): ReadFigure {
    const { root, figures, data } = workspace(files);
    const file = readFigureFile(path.join(figures, figure), data);
    const problems: DataError[] = [...file.problems];
    if (file.spec && !problems.length) prepare(file as FigureFile & { spec: FigureSpec }, problems);
    return { root, file, problems: problems.map((p) => p.message.split(`${root}/`).join('')) };
  }

  /** The figure file f.yaml (`head`, a title, d.csv as its data, a source, then `yaml`) with `csv` as d.csv, read. */
  const read = (yaml: string, csv: string): ReadFigure => readFiles({ 'd.csv': csv, 'f.yaml': `${head}titre: F\ndonnees: d.csv\nsource: S.\n${yaml}` }, 'f.yaml');

  /** The same figure file, which must have no problem, ready to draw. */
  function drawn(yaml: string, csv: string): DrawnFigure {
    const { file, problems } = read(yaml, csv);
    expect(problems).toEqual([]);
    const figure = declaredFigure(file as FigureFile & { spec: FigureSpec });
    const rows = figure.rows();
    const render = (width: number, labelledBy = 'a b') => figure.render(rows, { width, idPrefix: 'f-', labelledBy });
    let narrow: string | undefined;
    let wide: string | undefined;
    return {
      figure,
      rows,
      render,
      get narrow() {
        return (narrow ??= render(360));
      },
      get wide() {
        return (wide ??= render(640));
      },
    };
  }

  return { tempDir, newFigureProject, workspace, readFiles, read, drawn };
}
