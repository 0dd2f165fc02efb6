import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { t } from '../strings';

// The editor's « Publier » page in local mode: what will be published (chapters, figures, data files
// and images changed since the last publication) and the publication itself: commit, bring in what
// others published meanwhile when it touches other files, push. Never overwrites: when both sides
// changed the same file it stops before touching anything, and the local commit stays.
// Git runs through execFile with an array of arguments: no shell ever reads staff text.

const p = t.editor.publish;

/** The folders the editor writes, which this page publishes (relative to the project root). */
export const publishedAreas = [
  { area: 'chapter', pattern: /^src\/content\/chapters\/[^/]+\.mdx?$/ },
  { area: 'figure', pattern: /^src\/content\/figures\/[^/]+\.ya?ml$/ },
  { area: 'data', pattern: /^data\/.+/ },
  { area: 'image', pattern: /^public\/images\/.+/ },
] as const;

export type ChangeArea = (typeof publishedAreas)[number]['area'];
export type ChangeKind = 'added' | 'modified' | 'removed';

/** One file that will be published: where it belongs, what happened to it, and its title when it has one. */
export interface Change {
  path: string;
  area: ChangeArea;
  kind: ChangeKind;
  title?: string;
}

export interface Pending {
  /** The files this page publishes, in path order. */
  changes: Change[];
  /** Other changed files, which this page leaves alone. */
  others: string[];
  /** Commits made here and not yet on the remote (a publication refused earlier). */
  ahead: number;
}

export type PublishOutcome =
  | { status: 'published'; commit: string; message: string; integrated: number }
  | { status: 'up-to-date'; integrated: number }
  | { status: 'conflict'; files: string[]; commit: string }
  | { status: 'checks'; problems: string[] }
  | { status: 'error'; text: string };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git in the project folder; never throws for a non-zero exit (the caller decides). */
export function git(cwd: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args as string[],
      // Note: LC_ALL=C keeps git's own messages stable; GIT_TERMINAL_PROMPT=0 makes a missing password an error, not a wait.
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: stderr || (error && typeof error.code !== 'number' ? error.message : '') });
      },
    );
  });
}

/** A git command that failed, with what to tell staff (in French) as its message. */
export class GitFailure extends Error {}

/** Runs git and returns its output, or throws a GitFailure with git's message. */
async function must(cwd: string, args: readonly string[]): Promise<string> {
  const run = await git(cwd, args);
  if (run.code !== 0) throw new GitFailure(p.gitFailed(firstLines(run.stderr || run.stdout)));
  return run.stdout;
}

/** Whether the folder is inside a git working copy. */
const isRepository = async (cwd: string) => (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).stdout.trim() === 'true';

const firstLines = (text: string) => text.trim().split('\n').slice(0, 3).join(' ').slice(0, 400);
const nul = (text: string) => text.split('\0').filter(Boolean);

/** The branch of the remote this copy publishes to: its upstream, else the same name on « origin ». */
async function target(cwd: string): Promise<{ branch: string; remote: string; remoteBranch: string; tracking: string } | { error: string }> {
  if (!(await isRepository(cwd))) return { error: p.notRepository };
  const branch = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (branch.code !== 0) return { error: p.detached };
  const name = branch.stdout.trim();
  const remote = (await git(cwd, ['config', `branch.${name}.remote`])).stdout.trim();
  const merge = (await git(cwd, ['config', `branch.${name}.merge`])).stdout.trim();
  if (remote && remote !== '.' && merge.startsWith('refs/heads/')) {
    const remoteBranch = merge.slice('refs/heads/'.length);
    return { branch: name, remote, remoteBranch, tracking: `refs/remotes/${remote}/${remoteBranch}` };
  }
  const remotes = (await git(cwd, ['remote'])).stdout.split('\n').map((r) => r.trim());
  if (!remotes.includes('origin')) return { error: p.noRemote };
  return { branch: name, remote: 'origin', remoteBranch: name, tracking: `refs/remotes/origin/${name}` };
}

const exists = async (cwd: string, ref: string) => (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).code === 0;

/** The commit the local work starts from: where it meets the remote branch as last fetched, else HEAD. */
async function baseOf(cwd: string, tracking: string | undefined): Promise<string | undefined> {
  if (!(await exists(cwd, 'HEAD'))) return undefined;
  if (tracking && (await exists(cwd, tracking))) {
    const base = await git(cwd, ['merge-base', 'HEAD', tracking]);
    if (base.code === 0) return base.stdout.trim();
  }
  return 'HEAD';
}

const areaOf = (file: string): ChangeArea | undefined => publishedAreas.find((a) => a.pattern.test(file))?.area;

/** The title of a chapter (frontmatter) or a figure file (titre), read from its text. */
function titleOf(area: ChangeArea, text: string | undefined): string | undefined {
  if (text === undefined || (area !== 'chapter' && area !== 'figure')) return undefined;
  try {
    const source = area === 'chapter' ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] : text;
    const data = source === undefined ? undefined : (parseYaml(source) as Record<string, unknown> | null);
    const title = data?.titre ?? data?.title;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a publication would send: every file changed since the last publication (committed here and
 * not yet pushed, staged, changed or new), sorted into chapters, figures, data files and images, with
 * the title of chapters and figures; other changed files apart.
 */
export async function pendingChanges(cwd: string): Promise<Pending> {
  if (!(await isRepository(cwd))) throw new GitFailure(p.notRepository);
  const where = await target(cwd);
  const tracking = 'error' in where ? undefined : where.tracking;
  const base = await baseOf(cwd, tracking);
  const kinds = new Map<string, ChangeKind>();
  if (base) {
    // Note: `git diff <commit>` compares that commit with the working files, staged or not.
    const diff = nul(await must(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', base]));
    for (let i = 0; i < diff.length; i += 2) {
      const status = diff[i]!;
      kinds.set(diff[i + 1]!, status.startsWith('A') ? 'added' : status.startsWith('D') ? 'removed' : 'modified');
    }
  } else {
    for (const file of nul(await must(cwd, ['ls-files', '-z']))) kinds.set(file, 'added');
  }
  for (const file of nul(await must(cwd, ['ls-files', '--others', '--exclude-standard', '-z']))) kinds.set(file, 'added');
  const ahead = base && tracking && (await exists(cwd, tracking)) ? Number((await must(cwd, ['rev-list', '--count', `${tracking}..HEAD`])).trim()) : 0;
  const changes: Change[] = [];
  const others: string[] = [];
  for (const [file, kind] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const area = areaOf(file);
    if (!area) {
      others.push(file);
      continue;
    }
    const text =
      kind === 'removed'
        ? (await git(cwd, ['show', `${base}:./${file}`])).stdout
        : existsSync(path.join(cwd, file))
          ? readFileSync(path.join(cwd, file), 'utf8')
          : undefined;
    const title = titleOf(area, text);
    changes.push(title ? { path: file, area, kind, title } : { path: file, area, kind });
  }
  return { changes, others, ahead };
}

/** The author of the commit: git's configured identity, else the computer's user name. */
async function identity(cwd: string): Promise<string[]> {
  const name = (await git(cwd, ['config', 'user.name'])).stdout.trim();
  const email = (await git(cwd, ['config', 'user.email'])).stdout.trim();
  if (name && email) return [];
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // Note: no user name on some containers; the default name stands alone.
  }
  return ['-c', `user.name=${name || (user ? `${p.defaultAuthor} (${user})` : p.defaultAuthor)}`, '-c', `user.email=${email || `${user || 'editeur'}@${hostname() || 'localhost'}`}`];
}

const shortSha = async (cwd: string, ref: string) => (await must(cwd, ['rev-parse', '--short', ref])).trim();

/** Files changed between two commits, as paths in the repository. */
const changedBetween = async (cwd: string, from: string, to: string) => nul(await must(cwd, ['diff', '--name-only', '--no-renames', '-z', from, to]));

export interface PublishOptions {
  /** The sentence describing the change (the commit message); required. */
  message: string;
  /** The checks to run again after others' work was brought in; the push waits for none. */
  recheck?: () => Promise<string[]>;
}

/**
 * Publishes the project folder's changes: commits the chapters, figures, data files and images
 * listed by pendingChanges with the staff's sentence, fetches the remote branch, brings in what
 * others published when it touches other files (merge), and pushes. When both sides changed one
 * file it stops and names it: the local commit and the working files stay as they are, the remote
 * is untouched.
 */
export async function publish(cwd: string, options: PublishOptions): Promise<PublishOutcome> {
  const message = options.message.replace(/\s+/g, ' ').trim();
  if (!message) return { status: 'error', text: p.noMessage };
  try {
    const where = await target(cwd);
    if ('error' in where) return { status: 'error', text: where.error };
    const gitDir = (await must(cwd, ['rev-parse', '--git-dir'])).trim();
    for (const marker of ['MERGE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD']) {
      if (existsSync(path.resolve(cwd, gitDir, marker))) return { status: 'error', text: p.inProgress };
    }
    // 1. Commit exactly the files listed (deleted ones included), nothing else.
    const { changes } = await pendingChanges(cwd);
    const author = await identity(cwd);
    if (changes.length) {
      const paths = changes.map((c) => `:(literal)${c.path}`);
      await must(cwd, ['add', '-A', '--', ...paths]);
      // Note: the commit names its files, so another file staged by hand is neither published nor unstaged.
      const staged = await git(cwd, ['diff', '--cached', '--quiet', '--', ...paths]);
      if (staged.code === 1) await must(cwd, [...author, 'commit', '--quiet', '--no-verify', '-m', message, '--', ...paths]);
    }
    // 2. Fetch, bring in the others' work, push; again if someone pushed in between (at most 3 times).
    let integrated = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const heads = await git(cwd, ['ls-remote', '--heads', where.remote, `refs/heads/${where.remoteBranch}`]);
      if (heads.code !== 0) return { status: 'error', text: p.fetchFailed(firstLines(heads.stderr)) };
      const remoteExists = heads.stdout.trim() !== '';
      if (remoteExists) {
        const fetched = await git(cwd, ['fetch', '--quiet', '--no-tags', where.remote, `+refs/heads/${where.remoteBranch}:${where.tracking}`]);
        if (fetched.code !== 0) return { status: 'error', text: p.fetchFailed(firstLines(fetched.stderr)) };
        const theirs = (await must(cwd, ['rev-parse', where.tracking])).trim();
        const ours = (await must(cwd, ['rev-parse', 'HEAD'])).trim();
        const theirsIn = (await git(cwd, ['merge-base', '--is-ancestor', theirs, ours])).code === 0;
        if (!theirsIn) {
          const base = (await must(cwd, ['merge-base', ours, theirs])).trim();
          const count = Number((await must(cwd, ['rev-list', '--count', `${ours}..${theirs}`])).trim());
          if (base === ours) {
            // Nothing of ours to send: take theirs, as a pull would.
            const forward = await git(cwd, ['merge', '--ff-only', '--quiet', theirs]);
            if (forward.code !== 0) return { status: 'error', text: p.mergeFailed(firstLines(forward.stderr || forward.stdout)) };
            return { status: 'up-to-date', integrated: integrated + count };
          }
          const mine = await changedBetween(cwd, base, ours);
          const their = new Set(await changedBetween(cwd, base, theirs));
          const both = mine.filter((f) => their.has(f));
          if (both.length) return { status: 'conflict', files: both, commit: await shortSha(cwd, 'HEAD') };
          const merged = await git(cwd, [...author, 'merge', '--no-ff', '--no-verify', '--quiet', '-m', p.mergeMessage, theirs]);
          if (merged.code !== 0) {
            // Note: nothing was lost: the merge is undone and HEAD is the local commit again.
            if (existsSync(path.resolve(cwd, gitDir, 'MERGE_HEAD'))) await git(cwd, ['merge', '--abort']);
            return { status: 'error', text: p.mergeFailed(firstLines(merged.stderr || merged.stdout)) };
          }
          integrated += count;
          const problems = options.recheck ? await options.recheck() : [];
          if (problems.length) return { status: 'checks', problems };
        } else if (theirs === ours) {
          return { status: 'up-to-date', integrated };
        }
      }
      const pushed = await git(cwd, ['push', '--quiet', '--porcelain', where.remote, `HEAD:refs/heads/${where.remoteBranch}`]);
      if (pushed.code === 0) {
        // Note: the remote-tracking branch follows, so the next listing starts from what was published.
        await git(cwd, ['update-ref', where.tracking, 'HEAD']);
        return { status: 'published', commit: await shortSha(cwd, 'HEAD'), message, integrated };
      }
      if (!/\[rejected\]|non-fast-forward|fetch first|stale info/.test(pushed.stdout + pushed.stderr)) {
        return { status: 'error', text: p.pushFailed(firstLines(pushed.stderr || pushed.stdout)) };
      }
    }
    return { status: 'error', text: p.pushFailed('') };
  } catch (error) {
    if (error instanceof GitFailure) return { status: 'error', text: error.message };
    throw error;
  }
}
