/**
 * `roadmap diff <base> [<head>]`: what a change does to the roadmap — tasks done, reopened,
 * added, removed, reworded and moved, milestone and metric changes, and the gate before and after.
 * `head` defaults to the work tree. Exit 0; with --fail-on-new-blockers, 1 when the change adds a
 * blocker or reopens one; 2 when either side cannot be read or judged.
 */
import { relative, resolve, sep } from 'node:path';
import { diffSnapshots } from '../../diff/index.js';
import { prepareReading, type Snapshot, snapshotAt, snapshotOfWorkTree } from '../../diff/snapshot.js';
import { InputError, UsageError } from '../../errors.js';
import { mergeBase, openRepository, type Repository, resolveCommit } from '../../load/git.js';
import { isFatal } from '../../model/fatal.js';
import type { Diagnostic, Tier } from '../../model/types.js';
import { renderDiffMarkdown } from '../../render/diff-markdown.js';
import { renderDiffTerminal } from '../../render/diff-terminal.js';
import { neutralise } from '../../render/sanitize.js';
import { blobHref, sourceHref } from '../../render/source-link.js';
import { formatDiagnostics } from '../diagnostics.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { resolveColor, resolveToday, type SharedOptions, workingDirectory } from '../options.js';
import { writeOutput } from '../write-file.js';

export interface DiffOptions extends SharedOptions {
  markdown?: boolean;
  failOnNewBlockers?: boolean;
  failOn?: Tier;
  paths?: string[];
  output?: string;
}

export async function diffCommand(base: string, head: string | undefined, paths: string[], options: DiffOptions, io: Io): Promise<ExitCode> {
  if (options.json && options.markdown) throw new UsageError('--json and --markdown cannot be used together');
  const cwd = workingDirectory(options, io);
  const repository = await openRepository(cwd);
  const range = await resolveRange(repository, base, head);
  const failOn = options.failOn;
  const reading = await prepareReading({
    cwd,
    paths,
    config: options.config,
    today: resolveToday(options, io),
    maxFileSize: options.maxFileSize,
    parseTimeoutMs: options.parseTimeout,
    adjust: (settings) => (failOn ? { ...settings, failOn } : settings),
  });
  const before = await snapshotAt(repository, range.base, reading);
  const after = range.head === null ? await snapshotOfWorkTree(reading) : await snapshotAt(repository, range.head, reading);
  if (before.documents.length === 0 && after.documents.length === 0) {
    throw new InputError(`no roadmap files found in ${reading.inputs.join(', ')} at ${range.base.slice(0, 7)} or ${range.head?.slice(0, 7) ?? 'the work tree'}`);
  }
  const diff = diffSnapshots({ ...before, commit: range.base }, after);

  const toFile = options.output !== undefined;
  const output = options.json
    ? JSON.stringify(diff, null, 2)
    : options.markdown
      ? renderDiffMarkdown(diff, { href: linker(repository, range, io) })
      : renderDiffTerminal(diff, { color: !toFile && resolveColor(options, io) });
  if (toFile) await writeTo(resolve(cwd, options.output!), options.output!, `${output}\n`, after, cwd);
  else io.stdout(`${output}\n`);

  const fatal = [...fatalOf(before, `at ${range.base.slice(0, 7)}`), ...fatalOf(after, range.head === null ? '' : `at ${range.head.slice(0, 7)}`)];
  io.stderr(formatDiagnostics(fatal));
  if (fatal.length > 0) return ExitCode.Failed;
  if (options.failOnNewBlockers && diff.releases.some((release) => release.newBlockers.length > 0)) return ExitCode.Found;
  return ExitCode.Ok;
}

/** `-o FILE`: never over one of the roadmap files read. */
async function writeTo(target: string, given: string, content: string, head: Snapshot, cwd: string): Promise<void> {
  const shown = neutralise(given);
  const own = relative(cwd, target).split(sep).join('/');
  if (head.documents.some((document) => document.file === own)) {
    throw new InputError(`${shown}: is one of the roadmap files read; writing the diff there would replace it`);
  }
  await writeOutput(target, shown, content, 'the diff');
}

interface Range {
  base: string;
  /** null for the work tree. */
  head: string | null;
}

/**
 * `<base> [<head>]`; `<base>...<head>`, from where the two lines of work parted; `<base>..<head>`,
 * as `git diff` reads it, the same as `<base> <head>` (a side left out is HEAD).
 */
async function resolveRange(repository: Repository, base: string, head: string | undefined): Promise<Range> {
  const range = /^(.*?)(\.\.\.?)(.*)$/s.exec(base);
  if (range) {
    if (head !== undefined) throw new UsageError(`give either <base>${range[2]}<head> or <base> <head>, not both`);
    const left = await commitOf(repository, range[1] || 'HEAD');
    const right = await commitOf(repository, range[3] || 'HEAD');
    if (range[2] === '..') return { base: left, head: right };
    const parted = await mergeBase(repository, left, right);
    if (parted === null) throw new UsageError(`${neutralise(base)}: the two commits have no common ancestor`);
    return { base: parted, head: right };
  }
  return { base: await commitOf(repository, base), head: head === undefined ? null : await commitOf(repository, head) };
}

async function commitOf(repository: Repository, ref: string): Promise<string> {
  // git would read it as a range and answer with the range's newest commit.
  if (ref.includes('..')) throw new UsageError(`"${neutralise(ref)}" is a range, not a commit: give <base> <head>, <base>..<head> or <base>...<head>`);
  const found = await resolveCommit(repository, ref);
  if (found !== null) return found.commit;
  const hint = repository.shallow ? ' (this is a shallow clone: fetch the history, e.g. actions/checkout with fetch-depth: 0)' : '';
  throw new UsageError(`"${neutralise(ref)}" names no commit in this repository${hint}`);
}

/** A side's problems that keep it from being judged; those of a commit say which. */
function fatalOf(snapshot: Snapshot, where: string): Diagnostic[] {
  return snapshot.report.diagnostics.filter(isFatal).map((d) => (where === '' ? d : { ...d, message: `${d.message} (${where})` }));
}

/**
 * Links for the markdown: under GitHub Actions absolute, to the line at the commit of its side
 * (the work tree is the job's commit, `GITHUB_SHA`); elsewhere relative to the working directory,
 * for the head's lines only, as a report on stdout links.
 */
function linker(repository: Repository, range: Range, io: Io): (file: string, line: number, side: 'base' | 'head') => string | null {
  const fromTop = (file: string) => `${repository.prefix}${file}`;
  return (file, line, side) => {
    if (io.env.GITHUB_ACTIONS === 'true') {
      const sha = side === 'base' ? range.base : (range.head ?? io.env.GITHUB_SHA);
      return blobHref({ ...io.env, GITHUB_SHA: sha }, fromTop(file), line);
    }
    return side === 'head' && range.head === null ? sourceHref(file, line) : null;
  };
}
