import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pendingChanges, publish } from '../../src/editor/publish';

// The « Publier » page's git logic against a real remote: a bare repository in a temporary folder,
// cloned by « alice » (who publishes from the editor) and « bob » (someone else publishing meanwhile).

let top = '';
let remote = '';
let alice = '';
let bob = '';
const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM };

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
/** A file as the remote's main branch has it. */
const onRemote = (file: string) => git(remote, 'show', `main:${file}`);
const chapter = (title: string, body: string) => `---\ntitre: ${title}\npartie: 2. Renforcer\nordre: 1\n---\n\n${body}\n`;

beforeAll(() => {
  top = mkdtempSync(path.join(tmpdir(), 'tiess-publier-'));
  // Note: no global or system git configuration: the tests see git as a fresh computer does.
  writeFileSync(path.join(top, 'gitconfig'), '');
  process.env.GIT_CONFIG_GLOBAL = path.join(top, 'gitconfig');
  process.env.GIT_CONFIG_NOSYSTEM = '1';
});
afterAll(() => {
  rmSync(top, { recursive: true, force: true });
  for (const [key, value] of [['GIT_CONFIG_GLOBAL', saved.global], ['GIT_CONFIG_NOSYSTEM', saved.nosystem]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

beforeEach(() => {
  const dir = mkdtempSync(path.join(top, 'cas-'));
  remote = path.join(dir, 'depot.git');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  const seed = path.join(dir, 'seed');
  git(dir, 'init', '--quiet', '--initial-branch=main', seed);
  write(seed, 'src/content/chapters/un-ecosysteme.mdx', chapter('Un écosystème tissé serré', 'Lancé en mai 2019.'));
  write(seed, 'src/content/figures/revenus.yaml', 'type: lignes\ntitre: Revenus par année\ndonnees: revenus.csv\n');
  write(seed, 'data/revenus.csv', 'annee,valeur\n2019,10\n2020,12\n');
  write(seed, 'data/jalons.csv', 'id,annee\na,2019\n');
  write(seed, 'README.md', '# Projet\n');
  git(seed, 'add', '-A');
  git(seed, '-c', 'user.name=Départ', '-c', 'user.email=depart@example.org', 'commit', '--quiet', '-m', 'Départ');
  git(seed, 'remote', 'add', 'origin', remote);
  git(seed, 'push', '--quiet', '-u', 'origin', 'main');
  alice = path.join(dir, 'alice');
  bob = path.join(dir, 'bob');
  git(dir, 'clone', '--quiet', remote, alice);
  git(dir, 'clone', '--quiet', remote, bob);
  git(bob, 'config', 'user.name', 'Bob');
  git(bob, 'config', 'user.email', 'bob@example.org');
});

/** Bob changes a file and publishes it the usual way. */
const bobPublishes = (file: string, text: string) => {
  write(bob, file, text);
  git(bob, 'add', '-A');
  git(bob, 'commit', '--quiet', '-m', `Bob modifie ${file}`);
  git(bob, 'push', '--quiet');
  return git(bob, 'rev-parse', 'HEAD');
};

describe('what the « Publier » page lists', () => {
  it('sorts changed files into chapters, figures, data files and images, with titles, and sets the others apart', async () => {
    write(alice, 'src/content/chapters/un-ecosysteme.mdx', chapter('Un écosystème tissé serré', 'Lancé en juin 2019.'));
    write(alice, 'src/content/chapters/nouveau.mdx', chapter('Un nouveau chapitre', 'Texte.'));
    unlinkSync(path.join(alice, 'src/content/figures/revenus.yaml'));
    write(alice, 'data/nouveau.csv', 'a,b\n1,2\n');
    write(alice, 'public/images/photo.jpg', 'jpg');
    write(alice, 'README.md', '# Projet modifié\n');
    expect(await pendingChanges(alice)).toEqual({
      changes: [
        { path: 'data/nouveau.csv', area: 'data', kind: 'added' },
        { path: 'public/images/photo.jpg', area: 'image', kind: 'added' },
        { path: 'src/content/chapters/nouveau.mdx', area: 'chapter', kind: 'added', title: 'Un nouveau chapitre' },
        { path: 'src/content/chapters/un-ecosysteme.mdx', area: 'chapter', kind: 'modified', title: 'Un écosystème tissé serré' },
        // A removed figure is named by the title it had.
        { path: 'src/content/figures/revenus.yaml', area: 'figure', kind: 'removed', title: 'Revenus par année' },
      ],
      others: ['README.md'],
      ahead: 0,
    });
  });

  it('lists nothing on a clean copy', async () => {
    expect(await pendingChanges(alice)).toEqual({ changes: [], others: [], ahead: 0 });
  });
});

describe('publishing to a bare repository as the remote', () => {
  it('a clean push: one commit with the sentence, the default author, only the listed files; the remote has it', async () => {
    write(alice, 'data/revenus.csv', 'annee,valeur\n2019,10\n2020,14\n');
    write(alice, 'README.md', '# Projet modifié\n');
    const outcome = await publish(alice, { message: '  Met à jour   les revenus de 2020 ' });
    const head = git(alice, 'rev-parse', '--short', 'HEAD');
    expect(outcome).toEqual({ status: 'published', commit: head, message: 'Met à jour les revenus de 2020', integrated: 0 });
    expect(git(remote, 'rev-parse', '--short', 'main')).toBe(head);
    expect(git(remote, 'log', '-1', '--format=%s|%an|%ae', 'main')).toBe(
      `Met à jour les revenus de 2020|Éditeur du rapport (${userInfo().username})|${userInfo().username}@${(await import('node:os')).hostname()}`,
    );
    expect(onRemote('data/revenus.csv')).toBe('annee,valeur\n2019,10\n2020,14');
    // The file that is not content stays changed here and unpublished.
    expect(git(remote, 'diff', '--name-only', 'main~1', 'main')).toBe('data/revenus.csv');
    expect(git(alice, 'status', '--porcelain')).toBe('M README.md');
    expect(await pendingChanges(alice)).toEqual({ changes: [], others: ['README.md'], ahead: 0 });
  });

  it('leaves out a file someone staged by hand: it stays staged, unpublished', async () => {
    write(alice, 'README.md', '# Projet modifié\n');
    git(alice, 'add', 'README.md');
    write(alice, 'data/jalons.csv', 'id,annee\na,2020\n');
    expect((await publish(alice, { message: 'Corrige un jalon' })).status).toBe('published');
    expect(git(remote, 'diff', '--name-only', 'main~1', 'main')).toBe('data/jalons.csv');
    expect(git(alice, 'status', '--porcelain')).toBe('M  README.md');
  });

  it('uses the author git knows when there is one', async () => {
    git(alice, 'config', 'user.name', 'Alice Tremblay');
    git(alice, 'config', 'user.email', 'alice@example.org');
    write(alice, 'data/jalons.csv', 'id,annee\na,2020\n');
    expect((await publish(alice, { message: 'Corrige un jalon' })).status).toBe('published');
    expect(git(remote, 'log', '-1', '--format=%an <%ae>', 'main')).toBe('Alice Tremblay <alice@example.org>');
  });

  it('after someone else published another file: brings their work in first; both are on the remote, nothing lost', async () => {
    const theirs = bobPublishes('data/jalons.csv', 'id,annee\na,2019\nb,2020\n');
    write(alice, 'src/content/chapters/un-ecosysteme.mdx', chapter('Un écosystème tissé serré', 'Lancé en juin 2019.'));
    const checked: string[] = [];
    const outcome = await publish(alice, {
      message: 'Corrige le mois du lancement',
      recheck: async () => {
        // The checks run again on the files as they will be published: theirs and ours together.
        checked.push(read(alice, 'data/jalons.csv'), read(alice, 'src/content/chapters/un-ecosysteme.mdx'));
        return [];
      },
    });
    expect(outcome).toMatchObject({ status: 'published', integrated: 1 });
    expect(checked).toEqual(['id,annee\na,2019\nb,2020\n', chapter('Un écosystème tissé serré', 'Lancé en juin 2019.')]);
    expect(git(remote, 'merge-base', '--is-ancestor', theirs, 'main')).toBe('');
    expect(onRemote('data/jalons.csv')).toBe('id,annee\na,2019\nb,2020');
    expect(onRemote('src/content/chapters/un-ecosysteme.mdx')).toContain('Lancé en juin 2019.');
    expect(git(remote, 'log', '--format=%s', 'main')).toBe(['Réunit les modifications publiées entre-temps', 'Corrige le mois du lancement', 'Bob modifie data/jalons.csv', 'Départ'].join('\n'));
    expect(git(alice, 'rev-parse', 'HEAD')).toBe(git(remote, 'rev-parse', 'main'));
    expect(read(alice, 'data/jalons.csv')).toBe('id,annee\na,2019\nb,2020\n');
  });

  it('a real conflict (both changed one file): refused with the file named; the local change committed and present, the remote unchanged', async () => {
    const theirs = bobPublishes('data/revenus.csv', 'annee,valeur\n2019,10\n2020,13\n');
    write(alice, 'data/revenus.csv', 'annee,valeur\n2019,10\n2020,14\n');
    write(alice, 'src/content/chapters/un-ecosysteme.mdx', chapter('Un écosystème tissé serré', 'Lancé en juin 2019.'));
    const outcome = await publish(alice, { message: 'Met à jour les revenus de 2020' });
    const head = git(alice, 'rev-parse', '--short', 'HEAD');
    expect(outcome).toEqual({ status: 'conflict', files: ['data/revenus.csv'], commit: head });
    // The remote keeps Bob's version, untouched.
    expect(git(remote, 'rev-parse', 'main')).toBe(theirs);
    expect(onRemote('data/revenus.csv')).toBe('annee,valeur\n2019,10\n2020,13');
    // Alice's work: committed with her sentence, in her files, no merge left half-done.
    expect(git(alice, 'log', '-1', '--format=%s')).toBe('Met à jour les revenus de 2020');
    expect(git(alice, 'show', 'HEAD:data/revenus.csv')).toBe('annee,valeur\n2019,10\n2020,14');
    expect(read(alice, 'data/revenus.csv')).toBe('annee,valeur\n2019,10\n2020,14\n');
    expect(read(alice, 'src/content/chapters/un-ecosysteme.mdx')).toContain('Lancé en juin 2019.');
    expect(git(alice, 'status', '--porcelain')).toBe('');
    expect(existsSync(path.join(alice, '.git/MERGE_HEAD'))).toBe(false);
    // The page still lists her change as unpublished, and a second try stops the same way.
    expect(await pendingChanges(alice)).toMatchObject({
      changes: [
        { path: 'data/revenus.csv', kind: 'modified' },
        { path: 'src/content/chapters/un-ecosysteme.mdx', kind: 'modified' },
      ],
      ahead: 1,
    });
    expect(await publish(alice, { message: 'Encore' })).toEqual({ status: 'conflict', files: ['data/revenus.csv'], commit: head });
    expect(git(remote, 'rev-parse', 'main')).toBe(theirs);
    expect(git(alice, 'rev-parse', '--short', 'HEAD')).toBe(head);
  });

  it('when the checks fail once others’ work is in, nothing is pushed and both works stay here', async () => {
    const theirs = bobPublishes('data/jalons.csv', 'id,annee\na,deux-mille\n');
    write(alice, 'data/revenus.csv', 'annee,valeur\n2019,10\n2020,14\n');
    const outcome = await publish(alice, {
      message: 'Met à jour les revenus',
      recheck: async () => (read(alice, 'data/jalons.csv').includes('deux-mille') ? ['data/jalons.csv, ligne 2, colonne 2 (« annee ») : nombre entier attendu, reçu « deux-mille »'] : []),
    });
    expect(outcome).toEqual({ status: 'checks', problems: ['data/jalons.csv, ligne 2, colonne 2 (« annee ») : nombre entier attendu, reçu « deux-mille »'] });
    expect(git(remote, 'rev-parse', 'main')).toBe(theirs);
    expect(read(alice, 'data/revenus.csv')).toBe('annee,valeur\n2019,10\n2020,14\n');
    expect(git(alice, 'log', '--format=%s', '-3')).toBe(['Réunit les modifications publiées entre-temps', 'Met à jour les revenus', 'Bob modifie data/jalons.csv'].join('\n'));
  });

  it('refuses an empty sentence and commits nothing', async () => {
    write(alice, 'data/revenus.csv', 'annee,valeur\n2019,11\n');
    const before = git(alice, 'rev-parse', 'HEAD');
    expect(await publish(alice, { message: '  \n ' })).toEqual({ status: 'error', text: 'Écrivez une phrase qui décrit votre modification.' });
    expect(git(alice, 'rev-parse', 'HEAD')).toBe(before);
    expect(git(alice, 'status', '--porcelain')).toBe('M data/revenus.csv');
  });

  it('passes the sentence to git as it is: no shell reads it', async () => {
    write(alice, 'data/revenus.csv', 'annee,valeur\n2019,11\n');
    const message = 'Revenus "2019" ; $(touch pirate) `touch pirate2` & echo | done';
    expect((await publish(alice, { message })).status).toBe('published');
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe(message);
    expect(existsSync(path.join(alice, 'pirate'))).toBe(false);
    expect(existsSync(path.join(alice, 'pirate2'))).toBe(false);
  });

  it('with nothing of ours to publish, takes what others published and says so', async () => {
    bobPublishes('data/jalons.csv', 'id,annee\na,2021\n');
    expect(await publish(alice, { message: 'Rien' })).toEqual({ status: 'up-to-date', integrated: 1 });
    expect(read(alice, 'data/jalons.csv')).toBe('id,annee\na,2021\n');
    expect(await publish(alice, { message: 'Rien' })).toEqual({ status: 'up-to-date', integrated: 0 });
  });

  it('says in French when the project folder is no git repository', async () => {
    const folder = mkdtempSync(path.join(top, 'copie-'));
    write(folder, 'data/revenus.csv', 'annee,valeur\n');
    const text = 'Le dossier du projet n’est pas un dépôt git (il a été copié plutôt que cloné ?) : demandez à la personne responsable technique de le cloner depuis GitHub (« git clone »).';
    await expect(pendingChanges(folder)).rejects.toThrow(text);
    expect(await publish(folder, { message: 'Essai' })).toEqual({ status: 'error', text });
  });

  it('says in French when there is no remote to publish to', async () => {
    git(alice, 'remote', 'remove', 'origin');
    write(alice, 'data/revenus.csv', 'annee,valeur\n2019,11\n');
    expect(await publish(alice, { message: 'Essai' })).toEqual({
      status: 'error',
      text: 'Le projet n’a pas de dépôt distant (« origin ») où publier : demandez à la personne responsable technique de le configurer.',
    });
    expect(git(alice, 'status', '--porcelain')).toBe('M data/revenus.csv');
  });
});
