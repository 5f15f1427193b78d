/**
 * Paths, directories and globs → the roadmap files they name, sorted by path. Directory walks
 * follow a symbolic link only to a place inside the working tree and never twice into the same
 * real folder, so a link loop ends; each real file is listed once. The file system is asked
 * synchronously: the walk takes one step after another anyway, and each asynchronous call would
 * cost a round trip through libuv's thread pool.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

/** What is read when nothing is named. Like a folder named on the command line, it takes
 *  `.md` and `.markdown` in any case (`PLAN.MD`): a roadmap is never left out for its spelling. */
export const DEFAULT_INCLUDE: readonly string[] = Object.freeze(['roadmap/**/*.md']);

/** A file to read: its absolute path, and the path shown to users (relative, `/`-separated). */
export interface FileRef {
  absolute: string;
  display: string;
}

export const MARKDOWN = /\.(md|markdown)$/i;

/** Characters that can make a path a glob for picomatch; a path with none is read as written. */
export const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

/** `dir/**\/*.md` with a plain `dir`: every non-hidden `.md` file below it. */
export const MARKDOWN_TREE = /^((?:[^*?[\]{}()!+@/]+\/)*[^*?[\]{}()!+@/]+)\/\*\*\/\*\.md$/;

export interface ResolveOptions {
  /**
   * Where the inputs come from when they were not named on the command line: the configuration's
   * `include`. A checkout writes that file, so its entries may not reach outside the working tree
   * (`../../home/**`); only a path a user types may.
   */
  configuredIn?: string;
}

export async function resolvePaths(inputs: readonly string[], cwd: string, options: ResolveOptions = {}): Promise<FileRef[]> {
  const root = attempt(() => realpathSync(cwd));
  if (root === undefined) throw new InputError(`working directory ${cwd} does not exist`);
  const walker = new Walker(root);
  // Only the default itself widens; the same glob written by a user means what a glob says.
  const isDefault = inputs === DEFAULT_INCLUDE;
  const within = (input: string, start: string) => {
    if (options.configuredIn === undefined || walker.inside(start, true)) return;
    throw new InputError(`${options.configuredIn}: include "${input}" is outside the working tree; name it on the command line to read it`);
  };
  for (const input of inputs) {
    const tree = MARKDOWN_TREE.exec(toPosix(input));
    if (tree) {
      // `dir/**/*.md`, the default: a plain walk, without loading the glob matcher.
      const markdown = isDefault ? (file: string) => MARKDOWN.test(file) : (file: string) => file.endsWith('.md');
      const inTree = (file: string) => markdown(file) && !/(^|\/)\./.test(relativeTo(root, file));
      within(input, resolve(root, tree[1]!));
      walker.walk(resolve(root, tree[1]!), inTree, false);
    } else if (GLOB_CHARACTERS.test(input)) {
      const { default: picomatch } = await import('picomatch');
      const base = resolve(root, picomatch.scan(toPosix(input)).base || '.');
      const match = picomatch(toPosix(relative(root, resolve(root, input))), { dot: false });
      within(input, base);
      walker.walk(base, (file) => match(relativeTo(root, file)), false);
    } else {
      within(input, resolve(root, input));
      walker.explicit(resolve(root, input), input);
    }
  }
  return [...walker.found.values()]
    .map((absolute) => ({ absolute, display: displayPath(root, absolute) }))
    .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

class Walker {
  /** Real path → the path it was found under. */
  readonly found = new Map<string, string>();
  private readonly visitedDirs = new Set<string>();

  constructor(private readonly root: string) {}

  explicit(path: string, asGiven: string): void {
    const link = attempt(() => lstatSync(path));
    if (!link) throw new InputError(`${asGiven}: no such file or directory`);
    let target;
    try {
      target = statSync(path);
    } catch (error) {
      throw new InputError(`${asGiven}: ${(error as NodeJS.ErrnoException).code === 'ELOOP' ? 'a loop of symbolic links' : 'a symbolic link to nothing'}`);
    }
    if (link.isSymbolicLink() && !this.inside(realpathSync(path))) {
      throw new InputError(`${asGiven}: a symbolic link to outside the working tree is refused`);
    }
    if (target.isDirectory()) return this.walk(path, (file) => MARKDOWN.test(file), true);
    if (!target.isFile()) throw new InputError(`${asGiven}: not a regular file`);
    this.add(realpathSync(path), path);
  }

  walk(dir: string, accept: (file: string) => boolean, mustExist: boolean): void {
    const real = attempt(() => realpathSync(dir));
    if (real === undefined) {
      if (mustExist) throw new InputError(`${displayPath(this.root, dir)}: no such directory`);
      return;
    }
    if (this.visitedDirs.has(real)) return;
    this.visitedDirs.add(real);
    const entries: Dirent[] = attempt(() => readdirSync(dir, { withFileTypes: true })) ?? [];
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const path = child(dir, entry.name);
      if (entry.isDirectory()) {
        this.walk(path, accept, false);
      } else if (entry.isFile()) {
        // A regular file's real path is its folder's real path and its name: no system call.
        if (accept(path)) this.add(child(real, entry.name), path);
      } else if (entry.isSymbolicLink()) {
        this.followLink(path, accept);
      }
      // FIFOs, sockets and devices met in a walk are passed over: reading one could hang.
    }
  }

  private followLink(path: string, accept: (file: string) => boolean): void {
    const real = attempt(() => realpathSync(path));
    if (real === undefined || !this.inside(real)) return;
    const target = statSync(real);
    if (target.isDirectory()) this.walk(path, accept, false);
    else if (target.isFile() && accept(path)) this.add(real, path);
  }

  private add(real: string, path: string): void {
    if (!this.found.has(real)) this.found.set(real, path);
  }

  /** Whether `path` lies in the working tree; with `resolveLinks`, where its links lead too. */
  inside(path: string, resolveLinks = false): boolean {
    const real = resolveLinks ? (attempt(() => realpathSync(path)) ?? path) : path;
    const rel = relative(this.root, real);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  }
}

function displayPath(root: string, path: string): string {
  const rel = relativeTo(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? toPosix(path) : rel;
}

/**
 * `path` relative to `root`, `/`-separated. A walk meets hundreds of files below the root: for
 * those (every path here is already normal: made by path.resolve, or by `child`) the root is cut
 * off the front, without path.relative resolving both paths again.
 */
function relativeTo(root: string, path: string): string {
  const below = root.endsWith(sep) ? root : root + sep;
  return toPosix(path.startsWith(below) ? path.slice(below.length) : relative(root, path));
}

/** An entry of a directory: its name has no separator, so no normalising is needed. */
function child(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

function toPosix(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}

/** What `read` gives, or undefined when it throws (a missing path, a dangling link). */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
