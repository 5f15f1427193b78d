/**
 * What history needs of git, through the `git` CLI: execFile with arguments, never a shell, so no
 * path or ref from a checkout is ever read as a command. Each roadmap file's log is followed
 * first-parent across renames; blob contents come through one `git cat-file --batch` process.
 */
import { execFile, spawn } from 'node:child_process';
import { InputError } from '../errors.js';

/** A change to one file at one commit: the blob it became (null once deleted) and its path then. */
export interface FileChange {
  commit: string;
  /** Committer time, seconds since the epoch. */
  time: number;
  path: string;
  blob: string | null;
}

export interface Repository {
  /** The work tree's top folder. */
  top: string;
  /** The working directory below it, `/`-separated with a trailing `/`, '' at the top. */
  prefix: string;
  /** A shallow clone holds only part of the history. */
  shallow: boolean;
}

/** Output of one git command; a failure is an InputError naming what git said, in one line. */
function git(cwd: string, args: readonly string[], maxBuffer = 1024 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new InputError('git is not installed (history reads the roadmap from git)'));
      const said = String(stderr).trim().split('\n')[0] ?? '';
      reject(new InputError(`git ${args[0]}: ${said || error.message}`));
    });
  });
}

/** The repository the working directory is in; not a git work tree is one line and exit 2. */
export async function openRepository(cwd: string): Promise<Repository> {
  let out: string;
  try {
    out = await git(cwd, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  } catch (error) {
    if (error instanceof InputError && error.message.startsWith('git is not installed')) throw error;
    throw new InputError(`${cwd} is not in a git work tree (history reads the roadmap from git)`);
  }
  const [top = '', prefix = '', shallow = 'false'] = out.split('\n');
  return { top, prefix, shallow: shallow.trim() === 'true' };
}

/** The commit a ref names, or null when it names none. */
export async function resolveCommit(repo: Repository, ref: string): Promise<{ commit: string; time: number } | null> {
  if (ref.startsWith('-')) return null;
  try {
    const out = await git(repo.top, ['log', '-1', '--format=%H %ct', `${ref}^{commit}`, '--']);
    const [commit, time] = out.trim().split(' ');
    return commit ? { commit, time: Number(time) } : null;
  } catch {
    return null;
  }
}

/**
 * Every first-parent commit of HEAD that changed `path` (from the top), newest first, with the
 * file's blob and path at that commit, across renames. Merges are seen as their change against
 * the first parent.
 */
export async function fileLog(repo: Repository, path: string): Promise<FileChange[]> {
  const out = await git(repo.top, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--follow',
    '-M',
    '--raw',
    '--no-abbrev',
    '-z',
    '--format=%x01%H %ct',
    'HEAD',
    '--',
    path,
  ]);
  const changes: FileChange[] = [];
  // Records: `\x01<sha> <time>\0\n` then raw entries `:<modes> <old> <new> <status>\0<path>\0[<path>\0]`.
  for (const record of out.split('\x01')) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const [commit, time] = record.slice(0, headerEnd).split(' ');
    const fields = record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    for (let i = 0; i < fields.length; i++) {
      const raw = fields[i]!;
      if (!raw.startsWith(':')) continue;
      const [, , , blob, status = ''] = raw.slice(1).split(' ');
      const paths = status.startsWith('R') || status.startsWith('C') ? 2 : 1;
      const changed = fields[i + paths]!;
      i += paths;
      changes.push({ commit: commit!, time: Number(time), path: changed, blob: status === 'D' || /^0+$/.test(blob ?? '') ? null : blob! });
    }
  }
  return changes;
}

/** HEAD's first-parent line, oldest first: the order points are replayed in. */
export async function firstParentLine(repo: Repository): Promise<string[]> {
  return (await git(repo.top, ['rev-list', '--first-parent', '--reverse', 'HEAD', '--'])).split('\n').filter((line) => line !== '');
}

/** Each blob's bytes, through one `git cat-file --batch` process. */
export function readBlobs(repo: Repository, blobs: readonly string[]): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: repo.top, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new InputError(`git cat-file: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new InputError(`git cat-file: ${stderr.trim().split('\n')[0] ?? `exit ${code}`}`));
      const out = Buffer.concat(chunks);
      const found = new Map<string, Uint8Array>();
      let at = 0;
      // Each answer: `<sha> blob <size>\n<bytes>\n`, or `<sha> missing\n`.
      while (at < out.length) {
        const lineEnd = out.indexOf(0x0a, at);
        const header = out.subarray(at, lineEnd).toString('utf8').split(' ');
        at = lineEnd + 1;
        if (header[1] !== 'blob') continue;
        const size = Number(header[2]);
        found.set(header[0]!, out.subarray(at, at + size));
        at += size + 1;
      }
      resolve(found);
    });
    child.stdin.end(blobs.map((blob) => `${blob}\n`).join(''));
  });
}

/** A file of a commit's tree: its path from the top and its blob. */
export interface TreeFile {
  path: string;
  blob: string;
}

/**
 * The regular files of a commit's tree below `prefix` (the working directory's place), from the
 * top. Links and submodules are left out, as a walk of the work tree passes over what is not a
 * regular file inside it.
 */
export async function treeFiles(repo: Repository, commit: string, prefix: string): Promise<TreeFile[]> {
  const out = await git(repo.top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix === '' ? [] : [prefix])]);
  const files: TreeFile[] = [];
  // Entries: `<mode> <type> <object>\t<path>\0`.
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, blob] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && (mode === '100644' || mode === '100755')) files.push({ path: entry.slice(tab + 1), blob: blob! });
  }
  return files;
}

/** The best common ancestor of two commits (`base...head`), or null when they have none. */
export async function mergeBase(repo: Repository, a: string, b: string): Promise<string | null> {
  try {
    return (await git(repo.top, ['merge-base', a, b])).trim() || null;
  } catch {
    return null;
  }
}
