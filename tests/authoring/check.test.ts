import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DataError, DataErrors, loadDataset, parseCsv, validateTable } from '../../src/data/csv';
import { validateAllData } from '../../src/data/index';
import { polesDataset } from '../../src/data/poles';
import { milestonesDataset } from '../../src/data/milestones';
import { imageProblems, mdxProblems, mdxSyntaxProblem } from '../../src/markdown/check-chapters';
import { root, runBuild } from '../helpers/build';
import { devServerEnv } from '../helpers/editor';

const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `tiess-${name}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const read = (file: string) => readFileSync(path.join(root, 'data', file), 'utf8');
const chapterText = readFileSync(path.join(root, 'src/content/chapters/un-ecosysteme-tisse-serre.mdx'), 'utf8');
const frontmatter = chapterText.split('---\n').slice(0, 2).join('---\n') + '---\n';
const frontmatterLines = frontmatter.split('\n').length - 1;
// Note: the frontmatter keys may be English (order, part, title) or French (ordre, partie, titre).
const partKey = /^(part|partie):/m.exec(frontmatter)![1]!;
const withOrder = (n: number) => frontmatter.replace(/^(order|ordre): 1$/m, `$1: ${n}`);

/** Replaces cells of a comma CSV: [line, column, value], 1-based as a spreadsheet shows them. */
function withCells(text: string, changes: [number, number, string][]): string {
  const lines = text.split('\n');
  for (const [line, column, value] of changes) {
    const cells = parseCsv(lines[line - 1]!, 'x').header;
    cells[column - 1] = value;
    lines[line - 1] = cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  }
  return lines.join('\n');
}

/** The error a validation throws. */
function thrown(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

const validatePoles = (text: string) => validateTable(parseCsv(text, path.join(root, 'data/poles.csv')), polesDataset);

describe('every problem of a data file in one run', () => {
  it('lists every bad cell of every row, in line and column order, each on its own line', () => {
    const text = withCells(read('poles.csv'), [
      [3, 6, 'abc'],
      [5, 7, 'x'],
      [5, 3, '99'],
      [9, 1, 'montreal'],
    ]);
    const error = thrown(() => validatePoles(text));
    expect(error).toBeInstanceOf(DataErrors);
    expect((error as DataErrors).errors).toHaveLength(4);
    expect(error.message.split('\n')).toEqual([
      'data/poles.csv, ligne 3, colonne 6 (« lon ») : nombre de -80 à -57 attendu, avec une virgule ou un point décimal (ex. « -68,5 »), reçu « abc »',
      'data/poles.csv, ligne 5, colonne 3 (« region_code ») : « 99 » n’existe pas : les codes de région valides vont de « 01 » à « 17 » (voir data/geo/quebec-regions.topojson)',
      'data/poles.csv, ligne 5, colonne 7 (« lat ») : nombre de 44 à 63 attendu, avec une virgule ou un point décimal (ex. « 53,5 »), reçu « x »',
      'data/poles.csv, ligne 9, colonne 1 (« id ») : l’identifiant « montreal » est déjà utilisé à la ligne 7 ; chaque identifiant doit être unique',
    ]);
    // Located at its first problem, like a single DataError.
    expect([error.line, error.column, error.columnName]).toEqual([3, 6, 'lon']);
  });

  it('reports every header problem, and no row problem while the header is wrong', () => {
    const text = read('poles.csv').replace('id,name,region_code', 'ident,name,region_code,name');
    const error = thrown(() => validatePoles(text)) as DataErrors;
    expect(error.message.split('\n').map((l) => l.replace(/ ; les colonnes attendues.*/, ''))).toEqual([
      'data/poles.csv, ligne 1, colonne 1 (« ident ») : colonne inconnue',
      'data/poles.csv, ligne 1, colonne 4 (« name ») : cette colonne apparaît deux fois dans l’en-tête (déjà en colonne 2) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double',
      'data/poles.csv, ligne 1, colonne 10 (« id ») : colonne manquante dans l’en-tête',
    ]);
  });

  it('lists at most 50 problems of a file, then says how many more', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `jalon-${i},sismic,deux-mille,5,,Texte`);
    const text = `id,initiative,annee,mois,saison,libelle\n${rows.join('\n')}\n`;
    const error = thrown(() => validateTable(parseCsv(text, path.join(root, 'data/jalons.csv')), milestonesDataset)) as DataErrors;
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('data/jalons.csv, ligne 2, colonne 3 (« annee ») : nombre entier de 1990 à 2100 attendu, reçu « deux-mille »');
    expect(lines[49]).toMatch(/^data\/jalons\.csv, ligne 51, colonne 3 /);
    expect(lines[50]).toBe('data/jalons.csv : … et 10 autres problèmes dans ce fichier');
  });

  it('validateAllData throws the problems of every file together', () => {
    const dir = temp('all-data');
    cpSync(path.join(root, 'data'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'poles.csv'), withCells(read('poles.csv'), [[3, 6, 'abc'], [4, 7, 'x']]));
    writeFileSync(path.join(dir, 'jalons.csv'), withCells(read('jalons.csv'), [[2, 4, '13']]));
    process.env.REPORT_DATA_DIR = dir;
    try {
      const error = thrown(() => validateAllData()) as DataErrors;
      expect(error.errors.map((e) => [path.basename(e.file), e.line, e.column])).toEqual([
        ['jalons.csv', 2, 4],
        ['poles.csv', 3, 6],
        ['poles.csv', 4, 7],
      ]);
      expect(error.message).toContain(`${path.join(dir, 'jalons.csv')}, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « 13 »`);
    } finally {
      delete process.env.REPORT_DATA_DIR;
    }
  });
});

describe('region codes as Excel saves them', () => {
  it('a pôles file with codes 1 to 9 (leading zero dropped) loads identically', () => {
    const canonical = loadDataset(polesDataset).map((r) => ({ ...r }));
    const dir = temp('region-codes');
    cpSync(path.join(root, 'data'), dir, { recursive: true });
    const text = read('poles.csv');
    const stripped = text.replace(/,0([1-9]),/g, ',$1,');
    expect(stripped).not.toBe(text);
    expect(stripped).toMatch(/,6,Montréal,/);
    writeFileSync(path.join(dir, 'poles.csv'), stripped);
    process.env.REPORT_DATA_DIR = dir;
    try {
      const rows = loadDataset(polesDataset).map((r) => ({ ...r }));
      expect(rows).toEqual(canonical);
      expect(rows.find((r) => r.id === 'montreal')!.region_code).toBe('06');
    } finally {
      delete process.env.REPORT_DATA_DIR;
    }
  });

  it('still refuses a code that is no region, with what the author typed', () => {
    expect(thrown(() => validatePoles(withCells(read('poles.csv'), [[5, 3, '0']]))).message).toBe(
      'data/poles.csv, ligne 5, colonne 3 (« region_code ») : code de région à deux chiffres attendu (« 01 » à « 17 »), reçu « 0 »',
    );
    expect(thrown(() => validatePoles(withCells(read('poles.csv'), [[5, 3, '18']]))).message).toBe(
      'data/poles.csv, ligne 5, colonne 3 (« region_code ») : « 18 » n’existe pas : les codes de région valides vont de « 01 » à « 17 » (voir data/geo/quebec-regions.topojson)',
    );
  });
});

describe('MDX syntax, in French with file, line and column', () => {
  const file = path.join(root, 'src/content/chapters/x.mdx');
  const problem = async (body: string) => (await mdxSyntaxProblem(file, frontmatter + body))?.text;
  const at = (line: number, column: number) => `src/content/chapters/x.mdx, ligne ${frontmatterLines + line}, colonne ${column} : `;

  it('a tag left open', async () => {
    expect(await problem('Texte.\n\n<Encadre titre="À retenir">\nLe texte.\n')).toBe(
      `${at(3, 1)}balise <Encadre> ouverte mais jamais fermée (ajoutez </Encadre>)`,
    );
    expect(await problem('Un <Encadre>texte\n\nSuite.\n')).toBe(
      `${at(1, 4)}balise <Encadre> ouverte mais pas fermée dans son bloc (paragraphe) : ajoutez </Encadre> avant la fin du bloc, ou mettez les balises seules sur leur ligne`,
    );
  });

  it('a closing tag that closes nothing, or the wrong tag', async () => {
    expect(await problem('Texte.\n\n</Encadre>\n')).toBe(`${at(3, 1)}balise fermante </Encadre> sans balise ouvrante <Encadre> avant elle (supprimez-la ou ajoutez <Encadre>)`);
    expect(await problem('<Encadre>\n\nTexte.\n\n</Citation>\n')).toBe(
      `${at(5, 1)}balise fermante </Citation> inattendue : la balise <Encadre> ouverte à la ligne ${frontmatterLines + 1} doit d’abord être fermée (ajoutez </Encadre>)`,
    );
  });

  it('a stray brace, pointed at the brace rather than at the end of the file', async () => {
    expect(await problem('Un { texte.\n\nEncore {/* #a */} du texte.\n')).toBe(
      `${at(1, 4)}accolade « { » ouverte mais jamais fermée : MDX lit ce qui suit comme du code ; ajoutez « } » ou, pour écrire une accolade dans le texte, écrivez \\{`,
    );
    expect(await problem('Un {texte de} plus.\n')).toBe(
      `${at(1, 4)}code illisible entre accolades : MDX lit « { … } » comme du JavaScript ; pour écrire une accolade dans le texte, écrivez \\{ (Unexpected content after expression)`,
    );
  });

  it('an unexpected character, an unexpected end of file, an HTML comment', async () => {
    expect(await problem('Moins de <3 personnes.\n')).toBe(
      `${at(1, 10)}caractère « 3 » inattendu après « < » : MDX lit « < » comme le début d’une balise ; pour écrire « < » dans le texte, écrivez \\<`,
    );
    expect(await problem('Texte.\n\n<Figure id="carte-poles />\n')).toMatch(
      new RegExp(`^${at(3, 1)}fin du fichier atteinte à l’intérieur d’une balise : une balise ou un guillemet n’est pas fermé \\(Unexpected end of file`),
    );
    expect(await problem('<!-- note -->\n')).toBe(`${at(1, 1)}commentaire HTML « <!-- --> » : en MDX, un commentaire s’écrit {/* texte */}`);
  });

  it('keeps the original reason in parentheses for the rarer errors', async () => {
    expect(await problem('<Figure@x />\n')).toMatch(/caractère « @ » inattendu dans une balise \(Unexpected character `@` \(U\+0040\) in name/);
  });

  it('accepts the shipped chapter', async () => {
    expect(await mdxSyntaxProblem(file, chapterText)).toBeUndefined();
  });

  it('an address between « < » and « > », as Markdown writes a link: says how a chapter writes it', async () => {
    expect(await problem('Voir <https://tiess.ca/a?b=1>.\n')).toBe(
      `${at(1, 6)}adresse « <https://tiess.ca/a?b=1> » : dans un chapitre, un lien s’écrit [texte du lien](https://tiess.ca/a?b=1) (MDX lit « < » comme le début d’une balise)`,
    );
    expect(await problem('Écrire à <info@tiess.ca>.\n')).toBe(
      `${at(1, 10)}adresse « <info@tiess.ca> » : dans un chapitre, un lien s’écrit [texte du lien](mailto:info@tiess.ca) (MDX lit « < » comme le début d’une balise)`,
    );
  });
});

describe('what compiles but the page could not render as written (the build would stop on it, or show something else)', () => {
  const file = path.join(root, 'src/content/chapters/x.mdx');
  const problems = async (body: string) => (await mdxProblems(file, frontmatter + body)).map((p) => p.text);
  const at = (line: number, column: number) => `src/content/chapters/x.mdx, ligne ${frontmatterLines + line}, colonne ${column} : `;
  const components = '<Figure>, <ChiffresCles>, <Encadre>, <Citation>, <Illustration>, <Ancre>';

  it('a component the chapters do not have, with the nearest name when one is a letter or two off', async () => {
    expect(await problems('Texte.\n\n<ChifresCles />\n\nUn <Inconnu /> ici et <figure id="carte-poles" />.\n')).toEqual([
      `${at(3, 1)}composant <ChifresCles> inconnu (vouliez-vous dire <ChiffresCles> ?) : un chapitre peut utiliser ${components} ; pour écrire « < » dans le texte, écrivez \\<`,
      `${at(5, 4)}composant <Inconnu> inconnu : un chapitre peut utiliser ${components} ; pour écrire « < » dans le texte, écrivez \\<`,
      `${at(5, 23)}composant <figure> inconnu (vouliez-vous dire <Figure> ?) : un chapitre peut utiliser ${components} ; pour écrire « < » dans le texte, écrivez \\<`,
    ]);
  });

  it('braces in the text: read as code, so « {accolade} » would stop the build and « {2020} » lose its braces; a comment is fine', async () => {
    const message = (code: string) =>
      `« ${code} » : MDX lit ce qui est entre accolades comme du code, qui ne s’afficherait pas tel quel ; pour écrire des accolades dans le texte, écrivez \\{ et \\} (un commentaire s’écrit {/* texte */})`;
    expect(await problems('Un {accolade} et {2020}.\n\n{/* une note */}\n\nÉchappées : \\{accolade\\}.\n')).toEqual([`${at(1, 4)}${message('{accolade}')}`, `${at(1, 18)}${message('{2020}')}`]);
  });

  it('an attribute written as code: only plain values (text, numbers, lists of them) are kept', async () => {
    expect(await problems('<Figure id={carte} />\n\n<ChiffresCles initiatives={["sismic"]} />\n\n<Illustration src="/a.jpg" alt="A" width={1200} height={800} />\n')).toEqual([
      `${at(1, 9)}valeur {carte} de « id » dans <Figure> : entre accolades, MDX lit du code ; écrivez la valeur entre guillemets, ex. id="carte"`,
    ]);
  });

  it('scripts, styles and « on… » attributes: the Content-Security-Policy would block them', async () => {
    expect(await problems('<Encadre titre="A" onClick="go()">\n\nTexte.\n\n</Encadre>\n\n<script>alert(1)</script>\n')).toEqual([
      `${at(1, 20)}attribut « onClick » refusé : le site n’exécute pas de code écrit dans une page (sa politique de sécurité le bloque) ; supprimez-le`,
      `${at(7, 1)}balise <script> refusée : le site n’exécute pas de code ni de style écrits dans une page (sa politique de sécurité les bloque) ; supprimez-la`,
    ]);
  });

  it('ordinary text with « & », « < 5 » and « > » is not a problem', async () => {
    expect(await problems('La R&D, moins de < 5 % et 3 > 2.\n')).toEqual([]);
  });
});

describe('images of a chapter', () => {
  it('names the chapter, line and column of each missing image and where to put the file', () => {
    const file = path.join(root, 'src/content/chapters/x.mdx');
    const body = [
      '<Illustration src="/favicon.svg" alt="Logo" width={32} height={32} />',
      '',
      '<Illustration',
      '  src="/images/absente.jpg" alt="x" width={10} height={10} />',
      '',
      'Un schéma : ![le schéma](images/schema.png "titre") et ![ailleurs](https://exemple.org/a.png)',
      '',
      '```mdx',
      '![exemple](/images/dans-du-code.jpg)',
      '```',
    ].join('\n');
    const line = (n: number) => frontmatterLines + n;
    const column = (s: string) => body.split('\n')[5]!.indexOf(s) + 1;
    expect(imageProblems(file, frontmatter + body, path.join(root, 'public')).map((p) => p.text)).toEqual([
      `src/content/chapters/x.mdx, ligne ${line(3)}, colonne 1 : image introuvable « /images/absente.jpg » : placez le fichier dans public/images/absente.jpg`,
      `src/content/chapters/x.mdx, ligne ${line(6)}, colonne ${column('![le')} : image introuvable « images/schema.png » : placez le fichier dans public/images/schema.png et écrivez « /images/schema.png » (une adresse d’image commence par « / »)`,
      `src/content/chapters/x.mdx, ligne ${line(6)}, colonne ${column('![ailleurs')} : image « https://exemple.org/a.png » prise sur un autre site : enregistrez-la dans public/images/ et donnez son adresse sous la forme « /images/nom.jpg » (le rapport ne charge rien d’ailleurs)`,
    ]);
  });
});

const viteNode = path.join(root, 'node_modules/.bin/vite-node');
const run = (command: string[], env: Record<string, string>) => {
  const result = spawnSync(command[0]!, command.slice(1), { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

/** A data folder with two bad files, and chapters with a mistake of every kind. */
function brokenProject() {
  const dir = temp('broken');
  const data = path.join(dir, 'data');
  const chapters = path.join(dir, 'chapters');
  cpSync(path.join(root, 'data'), data, { recursive: true });
  writeFileSync(path.join(data, 'poles.csv'), withCells(read('poles.csv'), [[3, 6, 'abc'], [4, 7, 'x']]));
  writeFileSync(path.join(data, 'jalons.csv'), withCells(read('jalons.csv'), [[2, 4, 'mai']]));
  mkdirSync(chapters);
  const casse = [
    frontmatter.replace(/^(part|partie): 2\. Renforcer$/m, '$1: Renforcer'),
    '## Une section <Ancre id="une-section" />',
    '',
    '<Encadre titre="À retenir">',
    'Le texte de l’encadré.',
    '',
    '<Figure id="inconnue" />',
    '',
    '<Illustration src="/images/absente.jpg" alt="Une photo" width={10} height={10} />',
    '',
    'Voir [les sources](/sources/).',
    '',
  ].join('\n');
  writeFileSync(path.join(chapters, 'casse.mdx'), casse);
  writeFileSync(path.join(chapters, 'accolade.mdx'), `${withOrder(2)}\nUn texte { sans fin.\n`);
  // Compiles, but the page would fail to render (an unknown component, a name in braces).
  writeFileSync(path.join(chapters, 'composant.mdx'), `${withOrder(3)}\nLa R&D.\n\n<ChifresCles />\n\nUn {accolade} ici.\n`);
  const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
  return { dir, data, chapters, lineOf: (s: string) => lineOf(casse, s) };
}

describe('npm run check on a project with several kinds of problem', () => {
  it('prints every problem of every kind in one run, each with file, line and column', () => {
    const { data, chapters, lineOf } = brokenProject();
    const { status, output } = run([viteNode, 'scripts/check.ts'], { REPORT_DATA_DIR: data, REPORT_CHAPTERS_DIR: chapters });
    expect(status).toBe(1);
    const casse = path.join(chapters, 'casse.mdx');
    const expected = [
      `${path.join(data, 'jalons.csv')}, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »`,
      `${path.join(data, 'poles.csv')}, ligne 3, colonne 6 (« lon ») : nombre de -80 à -57 attendu`,
      `${path.join(data, 'poles.csv')}, ligne 4, colonne 7 (« lat ») : nombre de 44 à 63 attendu`,
      `${path.join(chapters, 'accolade.mdx')}, ligne ${frontmatterLines + 2}, colonne 10 : accolade « { » ouverte mais jamais fermée`,
      `${casse}, ligne 3, champ « ${partKey} » : `,
      `${casse}, ligne ${lineOf('<Encadre')}, colonne 1 : balise <Encadre> ouverte mais jamais fermée (ajoutez </Encadre>)`,
      `${casse}, ligne ${lineOf('inconnue')}, colonne 1 : figure inconnue « inconnue »`,
      `${casse}, ligne ${lineOf('absente')}, colonne 1 : image introuvable « /images/absente.jpg » : placez le fichier dans public/images/absente.jpg`,
      `${casse}, ligne ${lineOf('/sources/')}, colonne 18 : lien interne cassé « /sources/ » : page inconnue`,
      `${path.join(chapters, 'composant.mdx')}, ligne ${frontmatterLines + 4}, colonne 1 : composant <ChifresCles> inconnu (vouliez-vous dire <ChiffresCles> ?)`,
      `${path.join(chapters, 'composant.mdx')}, ligne ${frontmatterLines + 6}, colonne 4 : « {accolade} » : MDX lit ce qui est entre accolades comme du code`,
    ];
    for (const line of expected) expect(output).toContain(`  ✗ ${line}`);
    // In file order, each problem once, and the count says how many.
    const listed = output.split('\n').filter((l) => l.startsWith('  ✗ '));
    const positions = expected.map((e) => listed.findIndex((l) => l.includes(e)));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(new Set(listed).size).toBe(listed.length);
    expect(output).toContain(`${listed.length} problèmes à corriger :`);
  });
});

describe('a build with mistakes in data and chapters', () => {
  it('stops before writing anything and prints every problem in French, the broken MDX with its line and column', () => {
    const { dir, data, chapters, lineOf } = brokenProject();
    const outDir = path.join(dir, 'out');
    const { status, output } = runBuild({ REPORT_DATA_DIR: data, REPORT_CHAPTERS_DIR: chapters, OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(dir, 'cache') });
    expect(status).not.toBe(0);
    const casse = path.join(chapters, 'casse.mdx');
    expect(output).toContain(`${path.join(data, 'jalons.csv')}, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »\n`);
    expect(output).toContain(`${path.join(data, 'poles.csv')}, ligne 4, colonne 7 (« lat ») : `);
    expect(output).toContain(`${casse}, ligne ${lineOf('<Encadre')}, colonne 1 : balise <Encadre> ouverte mais jamais fermée (ajoutez </Encadre>)\n`);
    expect(output).toContain(`${path.join(chapters, 'accolade.mdx')}, ligne ${frontmatterLines + 2}, colonne 10 : accolade « { » ouverte mais jamais fermée`);
    expect(output).toContain(`${casse}, ligne ${lineOf('absente')}, colonne 1 : image introuvable « /images/absente.jpg » : placez le fichier dans public/`);
    expect(output).toContain(`${path.join(chapters, 'composant.mdx')}, ligne ${frontmatterLines + 4}, colonne 1 : composant <ChifresCles> inconnu (vouliez-vous dire <ChiffresCles> ?) : un chapitre peut utiliser <Figure>,`);
    expect(output).toContain(`${path.join(chapters, 'composant.mdx')}, ligne ${frontmatterLines + 6}, colonne 4 : « {accolade} » : MDX lit`);
    expect(output).not.toMatch(/Expected component|is not defined/);
    expect(output).toContain('La compilation est arrêtée : corrigez les problèmes indiqués puis relancez-la.');
    expect(output).not.toMatch(/undefined:undefined|Expected a closing tag/);
    expect(existsSync(outDir)).toBe(false);
  });
});

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  afterEach(() => {
    if (dev?.pid) process.kill(-dev.pid);
    dev = undefined;
  });

  it('shows a new chapter and a new figure without a restart, a saved figure file or CSV at the next request, and gives no upgrade advice', async () => {
    // A copy of the project without .astro/, as after a fresh clone: the case where a new chapter failed.
    const dir = temp('dev');
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'data', 'public']) {
      cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
    // Note: node_modules is linked entry by entry, so Vite's cache (node_modules/.vite) stays in the copy.
    mkdirSync(path.join(dir, 'node_modules'));
    for (const entry of readdirSync(path.join(root, 'node_modules'))) {
      if (entry !== '.vite' && entry !== '.astro') symlinkSync(path.join(root, 'node_modules', entry), path.join(dir, 'node_modules', entry));
    }
    const port = await freePort();
    let log = '';
    dev = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: dir,
      detached: true,
      env: devServerEnv({ ASTRO_CACHE_DIR: path.join(dir, 'cache') }),
    });
    dev.stdout!.on('data', (chunk) => (log += chunk));
    dev.stderr!.on('data', (chunk) => (log += chunk));
    const until = async (done: () => boolean | Promise<boolean>, ms: number) => {
      const start = Date.now();
      while (!(await done())) {
        if (Date.now() - start > ms) throw new Error(`timed out; dev server log:\n${log}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return Date.now() - start;
    };
    const get = (url: string) => fetch(`http://127.0.0.1:${port}${url}`).then((r) => r.status, () => 0);
    await until(() => log.includes('watching for file changes'), 60_000);
    expect(await get('/chapitres/un-ecosysteme-tisse-serre/')).toBe(200);

    writeFileSync(
      path.join(dir, 'src/content/chapters/nouveau.mdx'),
      `${withOrder(2).replace(/^(title|titre): .*$/m, '$1: Un nouveau chapitre')}\nUn texte nouveau.\n`,
    );
    // Note: before the fix this page kept failing with UnknownContentCollectionError until a restart.
    await until(async () => (await get('/chapitres/nouveau/')) === 200, 20_000);

    const csv = path.join(dir, 'data/jalons.csv');
    const saved = await (async () => {
      const before = log.length;
      writeFileSync(csv, readFileSync(csv, 'utf8'));
      return until(() => log.slice(before).includes('data/jalons.csv modifié : rechargement'), 5_000);
    })();
    console.log(`dev: CSV saved → reload message in ${saved} ms`);
    writeFileSync(path.join(dir, 'data/nouveau.csv'), 'a,b\n1,2\n');
    await until(() => log.includes('data/nouveau.csv ajouté : rechargement'), 5_000);
    mkdirSync(path.join(dir, 'src/content/figures'), { recursive: true });
    writeFileSync(path.join(dir, 'src/content/figures/zz-essai.yaml'), 'titre: essai\n');
    await until(() => log.includes('src/content/figures/zz-essai.yaml ajouté : rechargement'), 5_000);

    // A saved figure file or CSV shows at the next request; a new figure in a new chapter, without a restart.
    const page = (url: string) => fetch(`http://127.0.0.1:${port}${url}`).then((r) => r.text(), () => '');
    const chapterUrl = '/chapitres/un-ecosysteme-tisse-serre/';
    const figureFile = path.join(dir, 'src/content/figures/poles-par-region.yaml');
    writeFileSync(figureFile, readFileSync(figureFile, 'utf8').replace(/^titre: .*$/m, 'titre: Titre changé pendant la prévisualisation'));
    const figureSaved = await until(async () => (await page(chapterUrl)).includes('Titre changé pendant la prévisualisation'), 10_000);
    const figureCsv = path.join(dir, 'data/poles-par-region.csv');
    writeFileSync(figureCsv, readFileSync(figureCsv, 'utf8').replace('16,Montérégie,3', '16,Montérégie,7'));
    const csvSaved = await until(async () => (await page(chapterUrl)).includes('data-value="7" data-label="Montérégie"'), 10_000);
    writeFileSync(path.join(dir, 'data/activites.csv'), 'annee;activites\r\n2019;12,5\r\n2020;14\r\n');
    writeFileSync(path.join(dir, 'src/content/figures/activites.yaml'), 'type: colonnes\ntitre: Activités ajoutées en direct\ndonnees: activites.csv\ncategorie: annee\nvaleur: activites\nsource: Essai.\n');
    writeFileSync(path.join(dir, 'src/content/chapters/troisieme.mdx'), `${withOrder(3).replace(/^(title|titre): .*$/m, '$1: Troisième')}\n<Figure id="activites" />\n`);
    await until(async () => (await page('/chapitres/troisieme/')).includes('Activités ajoutées en direct'), 20_000);
    // A figure saved with a wrong column: the preview shows the check's French message in its place
    // (not the dev server's English error page), on its chapter and on its own page.
    writeFileSync(path.join(dir, 'src/content/figures/activites.yaml'), 'type: colonnes\ntitre: Activités ajoutées en direct\ndonnees: activites.csv\ncategorie: annee\nvaleur: activité\nsource: Essai.\n');
    const problem = 'valeur : la colonne « activité » n’existe pas dans data/activites.csv (vouliez-vous dire « activites » ?) ; ses colonnes sont : annee, activites';
    await until(async () => (await page('/chapitres/troisieme/')).includes(problem), 20_000);
    for (const url of ['/chapitres/troisieme/', '/embed/activites/']) {
      const html = await page(url);
      expect(html, url).toContain('role="alert"');
      expect(html, url).toContain('La figure « activites » ne peut pas être dessinée. Corrigez ce qui suit (la compilation et la page Publier le refusent aussi) :');
      expect(html, url).toContain(problem);
      expect(html, url).not.toMatch(/An error occurred|Stack Trace/);
    }
    console.log(`dev: figure file saved → page shows it in ${figureSaved} ms; CSV saved → ${csvSaved} ms`);
    // Note: times are printed, not asserted (shared machines are noisy); the README reports them.

    expect(log).not.toMatch(/New version of Astro|@astrojs\/upgrade/);
  }, 180_000);
});

/** A copy of the report's content (data, figure files, chapters) that a test changes; check or build runs on it. */
function contentCopy(name: string) {
  const dir = temp(name);
  const data = path.join(dir, 'data');
  const figures = path.join(dir, 'figures');
  const chapters = path.join(dir, 'chapters');
  cpSync(path.join(root, 'data'), data, { recursive: true });
  cpSync(path.join(root, 'src/content/figures'), figures, { recursive: true });
  cpSync(path.join(root, 'src/content/chapters'), chapters, { recursive: true });
  const env = { REPORT_DATA_DIR: data, REPORT_FIGURES_DIR: figures, REPORT_CHAPTERS_DIR: chapters };
  return { dir, data, figures, chapters, env, check: () => run([viteNode, 'scripts/check.ts'], env) };
}

/** The lines of check's output that list problems (✗) and warnings (⚠), without their mark. */
const listed = (output: string, mark = '✗') => output.split('\n').filter((l) => l.startsWith(`  ${mark} `)).map((l) => l.slice(4));

const emptyFile =
  'ligne 1 : fichier vide : la première ligne doit contenir les noms des colonnes (séparés par des virgules ou des points-virgules), puis une ligne par donnée ; remplissez-le dans Excel et enregistrez-le en CSV, ou supprimez-le';
const chapterFile = 'un-ecosysteme-tisse-serre.mdx';

describe('npm run check: what crashed it or slipped through', () => {
  it('an empty CSV (0 bytes, a BOM alone, blank lines) is one more line among the others, once even when a figure reads it', () => {
    const copy = contentCopy('empty-csv');
    writeFileSync(path.join(copy.data, 'vide.csv'), '');
    writeFileSync(path.join(copy.data, 'bom.csv'), '\ufeff');
    writeFileSync(path.join(copy.data, 'poles-par-region.csv'), '\r\n\r\n');
    writeFileSync(path.join(copy.data, 'jalons.csv'), withCells(read('jalons.csv'), [[2, 4, 'mai']]));
    const { status, output } = copy.check();
    expect(status).toBe(1);
    expect(output).not.toMatch(/DataError|    at /);
    expect(listed(output)).toEqual([
      `${path.join(copy.data, 'bom.csv')}, ${emptyFile}`,
      `${path.join(copy.data, 'poles-par-region.csv')}, ${emptyFile}`,
      `${path.join(copy.data, 'vide.csv')}, ${emptyFile}`,
      `${path.join(copy.data, 'jalons.csv')}, ligne 2, colonne 4 (« mois ») : nombre entier de 1 à 12 attendu, reçu « mai »`,
    ]);
    expect(output).toContain('4 problèmes à corriger :');
  });

  it('a column named twice, or without a name, is refused with the file, line 1 and the column, in a figure’s CSV or in a CSV nothing reads', () => {
    const copy = contentCopy('duplicate-header');
    // A second « poles » column, as when a column is copied in Excel: every row has its cell.
    const rows = read('poles-par-region.csv').trimEnd().split('\n');
    writeFileSync(path.join(copy.data, 'poles-par-region.csv'), `${[`${rows[0]},poles`, ...rows.slice(1).map((r) => `${r},1`)].join('\n')}\n`);
    writeFileSync(path.join(copy.data, 'projets.csv'), 'Région;Projets;Projets;\r\nEstrie;3;4;5\r\n');
    const { status, output } = copy.check();
    expect(status).toBe(1);
    expect(listed(output)).toEqual([
      `${path.join(copy.data, 'poles-par-region.csv')}, ligne 1, colonne 4 (« poles ») : cette colonne apparaît deux fois dans l’en-tête (déjà en colonne 3) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double`,
      `${path.join(copy.data, 'projets.csv')}, ligne 1, colonne 3 (« Projets ») : cette colonne apparaît deux fois dans l’en-tête (déjà en colonne 2) : chaque colonne doit avoir son propre nom ; renommez l’une des deux, ou supprimez la colonne en double`,
      `${path.join(copy.data, 'projets.csv')}, ligne 1, colonne 4 : cette colonne contient des valeurs mais n’a pas de nom : écrivez son nom sur la première ligne`,
    ]);
  });

  it('every CSV of data/, read or not, gets the shape checks, and the count line counts them all', () => {
    const copy = contentCopy('all-csv');
    writeFileSync(path.join(copy.data, 'effectifs.csv'), 'annee;effectif\r\n2019;environ 140\r\n2020;152\r\n');
    const good = copy.check();
    expect(good.output).toContain('✓ 13 fichiers de données');
    writeFileSync(path.join(copy.data, 'effectifs.csv'), 'annee;effectif\r\n2019\r\n2020;152\r\n');
    writeFileSync(path.join(copy.data, 'unicode.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a;b\r\n', 'utf16le')]));
    const { status, output } = copy.check();
    expect(status).toBe(1);
    expect(listed(output)).toEqual([
      `${path.join(copy.data, 'effectifs.csv')}, ligne 2, colonne 2 : cette ligne a 1 cellule alors que l’en-tête en compte 2 (virgule en trop ou manquante ?)`,
      `${path.join(copy.data, 'unicode.csv')}, ligne 1 : fichier illisible (enregistré en « Texte Unicode » (UTF-16)) : dans Excel, « Fichier > Enregistrer sous » et choisissez « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) »`,
    ]);
  });

  it('two figures with one id (x.yaml beside x.yml, or a figure file named like a bespoke figure) give one message naming both files, and nothing else', () => {
    const copy = contentCopy('duplicate-id');
    const yaml = readFileSync(path.join(copy.figures, 'poles-par-region.yaml'), 'utf8');
    writeFileSync(path.join(copy.figures, 'poles-par-region.yml'), yaml);
    writeFileSync(path.join(copy.figures, 'carte-poles-par-region.yaml'), yaml);
    const { status, output } = copy.check();
    expect(status).toBe(1);
    const fix = 'le nom du fichier est l’identifiant de la figure : renommez ou supprimez l’un des deux';
    expect(listed(output)).toEqual([
      `${path.join(copy.figures, 'carte-poles-par-region.yaml')} : deux figures portent l’identifiant « carte-poles-par-region » : src/figures/carte-poles-par-region.ts et ${path.join(copy.figures, 'carte-poles-par-region.yaml')} ; ${fix}`,
      `${path.join(copy.figures, 'poles-par-region.yaml')} : deux figures portent l’identifiant « poles-par-region » : ${path.join(copy.figures, 'poles-par-region.yaml')} et ${path.join(copy.figures, 'poles-par-region.yml')} ; ${fix}`,
    ]);
    expect(output).toContain('2 problèmes à corriger :');
  });

  it('YAML mistakes in a figure file and in a chapter header are said in French at the file’s line; a chapter header accepts « : » and « # » as figure files do', () => {
    const copy = contentCopy('yaml');
    const figure = path.join(copy.figures, 'poles-par-region.yaml');
    const figureText = readFileSync(figure, 'utf8').replace('    surligner: []', '    surligner: [Estrie, Laval');
    writeFileSync(figure, figureText);
    const bracketLine = figureText.split('\n').findIndex((l) => l.includes('surligner')) + 1;
    const chapter = path.join(copy.chapters, chapterFile);
    const text = readFileSync(chapter, 'utf8').replace(/^titre: .*$/m, 'titre: Un écosystème : tissé serré #osonslarelance');
    writeFileSync(chapter, text);
    const accepted = copy.check();
    expect(listed(accepted.output)).toEqual([
      `${figure}, ligne ${bracketLine}, colonne 16 : YAML illisible : crochet « [ » ouvert mais jamais fermé : une liste s’écrit sur une seule ligne et se termine par « ] », ex. valeurs: [2019, 2020]`,
    ]);
    writeFileSync(chapter, text.replace(/^ordre: 1$/m, '\tordre: 1'));
    const tab = copy.check();
    const line = text.split('\n').findIndex((l) => l.startsWith('ordre:')) + 1;
    expect(listed(tab.output)).toContain(
      `${chapter}, ligne ${line}, colonne 1 : en-tête illisible : tabulation en début de ligne : seules les espaces sont acceptées pour décaler une ligne ; remplacez la tabulation par deux espaces`,
    );
    expect(tab.output).not.toMatch(/Tabs are not allowed|Nested mappings|at line \d/);
  });

  it('the same figure twice in one chapter is refused with both lines; in two chapters it is accepted', () => {
    const copy = contentCopy('twice');
    const chapter = path.join(copy.chapters, chapterFile);
    const text = `${readFileSync(chapter, 'utf8')}\nEncore :\n\n<Figure id="poles-par-region" />\n`;
    writeFileSync(chapter, text);
    const lines = text.split('\n');
    const lineOf = (id: string) => lines.findIndex((l) => l.includes(`<Figure id="${id}"`)) + 1;
    const second = lines.length - 1;
    // Another chapter may show a figure of the first.
    const other = path.join(copy.chapters, 'zz-autre.mdx');
    writeFileSync(other, `${withOrder(2)}\nTexte.\n\n<Figure id="carte-poles" />\n`);
    const { status, output } = copy.check();
    expect(status).toBe(1);
    expect(listed(output)).toEqual([
      `${chapter}, ligne ${second}, colonne 1 : la figure « poles-par-region » est déjà placée à la ligne ${lineOf('poles-par-region')} de ce chapitre ; une figure ne paraît qu’une fois par chapitre : supprimez l’une des deux, ou renvoyez à la première par un lien [la figure](#figure-poles-par-region)`,
    ]);
  });

  it('warns, without failing, of a figure no chapter places and of percentages written as fractions', () => {
    const copy = contentCopy('warnings');
    writeFileSync(path.join(copy.data, 'taux.csv'), 'region;taux\r\nEstrie;0,12\r\nLaval;0,3\r\n');
    writeFileSync(path.join(copy.figures, 'taux.yaml'), 'type: barres\ntitre: Taux\ndonnees: taux.csv\ncategorie: region\nvaleur: taux\nformat: pourcentage\nsource: TIESS\n');
    const { status, output } = copy.check();
    expect(status, output).toBe(0);
    expect(output).toContain('3 avertissements (la compilation se fait quand même) :');
    const unplaced = (id: string) =>
      `la figure « ${id} » n’est placée dans aucun chapitre ; elle est tout de même publiée sur /embed/${id}/ et dans la page /integrer/ : placez <Figure id="${id}" /> dans un chapitre, ou supprimez la figure si elle ne sert plus`;
    expect(listed(output, '⚠')).toEqual([
      `${path.join(copy.figures, 'taux.yaml')}, ligne 6 : toutes les valeurs de la colonne « taux » sont entre 0 et 1 (ex. 0,12) et s’affichent « 0,12\u00a0% » ; si ce sont des fractions (0,12 pour 12 %), ajoutez la ligne « fractions: oui » ; si ce sont bien des pourcentages de moins de 1 %, rien à faire`,
      `${path.join(copy.figures, 'taux.yaml')} : ${unplaced('taux')}`,
      `${path.join(copy.data, 'taux.csv')} : pas de description : ce fichier est publié, mais la page « Sources et méthodologie » ne dit ni d’où il vient ni sous quelle licence ; dans l’éditeur, « Descriptions des données » › « Ajouter », choisissez ce fichier et écrivez son contenu, sa source et sa licence`,
    ]);
  });
});

describe('npm run check: data files without a description', () => {
  it('warns, without failing, of a data file no description describes (it would be published without source or licence)', () => {
    const copy = contentCopy('undescribed');
    writeFileSync(path.join(copy.data, 'nouveau.csv'), 'annee;nombre\r\n2020;3\r\n');
    const { status, output } = copy.check();
    expect(status, output).toBe(0);
    expect(listed(output, '⚠')).toContain(
      `${path.join(copy.data, 'nouveau.csv')} : pas de description : ce fichier est publié, mais la page « Sources et méthodologie » ne dit ni d’où il vient ni sous quelle licence ; dans l’éditeur, « Descriptions des données » › « Ajouter », choisissez ce fichier et écrivez son contenu, sa source et sa licence`,
    );
  });
});

describe('the build says the same as check', () => {
  it('stops on an empty CSV and on an unreadable chapter header with the French lines of check', () => {
    const copy = contentCopy('build-empty');
    writeFileSync(path.join(copy.data, 'vide.csv'), '\ufeff');
    const chapter = path.join(copy.chapters, chapterFile);
    const text = readFileSync(chapter, 'utf8');
    writeFileSync(chapter, text.replace(/^ordre: 1$/m, '\tordre: 1'));
    const line = text.split('\n').findIndex((l) => l.startsWith('ordre:')) + 1;
    const out = path.join(copy.dir, 'out');
    const { status, output } = runBuild({ ...copy.env, OUT_DIR: out });
    expect(status).not.toBe(0);
    expect(output).toContain(`${path.join(copy.data, 'vide.csv')}, ${emptyFile}\n`);
    expect(output).toContain(
      `${chapter}, ligne ${line}, colonne 1 : en-tête illisible : tabulation en début de ligne : seules les espaces sont acceptées pour décaler une ligne ; remplacez la tabulation par deux espaces\n`,
    );
    expect(output).not.toMatch(/Tabs are not allowed|tab characters must not|DataError/);
    expect(existsSync(out)).toBe(false);
  });

  it('stops on two figures with one id with the one message of check, blaming no other file', () => {
    const copy = contentCopy('build-duplicate');
    writeFileSync(path.join(copy.figures, 'poles-par-region.yml'), readFileSync(path.join(copy.figures, 'poles-par-region.yaml'), 'utf8'));
    const { status, output } = runBuild({ ...copy.env, OUT_DIR: path.join(copy.dir, 'out') });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${path.join(copy.figures, 'poles-par-region.yaml')} : deux figures portent l’identifiant « poles-par-region » : ${path.join(copy.figures, 'poles-par-region.yaml')} et ${path.join(copy.figures, 'poles-par-region.yml')} ; le nom du fichier est l’identifiant de la figure : renommez ou supprimez l’un des deux\n`,
    );
    expect(output).not.toMatch(/README|figure inconnue/);
  });

  it('builds a chapter whose header holds « : » and « # » unquoted, and prints the warnings of check', () => {
    const copy = contentCopy('build-warnings');
    const chapter = path.join(copy.chapters, chapterFile);
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^titre: .*$/m, 'titre: Un écosystème : tissé serré #osonslarelance'));
    writeFileSync(path.join(copy.data, 'taux.csv'), 'region;taux\r\nEstrie;0,12\r\nLaval;0,3\r\n');
    writeFileSync(path.join(copy.figures, 'taux.yaml'), 'type: barres\ntitre: Taux\ndonnees: taux.csv\ncategorie: region\nvaleur: taux\nformat: pourcentage\nsource: TIESS\n');
    const out = path.join(copy.dir, 'out');
    const { status, output } = runBuild({ ...copy.env, OUT_DIR: out });
    expect(status, output).toBe(0);
    const page = readFileSync(path.join(out, 'chapitres/un-ecosysteme-tisse-serre/index.html'), 'utf8');
    expect(page).toMatch(/<h1[^>]*>Un écosystème\s?: tissé serré #osonslarelance<\/h1>/);
    expect(output).toContain(
      `⚠ ${path.join(copy.figures, 'taux.yaml')}, ligne 6 : toutes les valeurs de la colonne « taux » sont entre 0 et 1 (ex. 0,12) et s’affichent « 0,12\u00a0% »`,
    );
    expect(output).toContain(`⚠ ${path.join(copy.figures, 'taux.yaml')} : la figure « taux » n’est placée dans aucun chapitre ; elle est tout de même publiée sur /embed/taux/`);
    // A figure made for partners' sites only (embedOnly) is not warned about.
    expect(output).not.toContain('« carte-poles-par-region » n’est placée dans aucun chapitre');
  });
});
