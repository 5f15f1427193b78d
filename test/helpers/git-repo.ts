/** Small git repositories made commit by commit, with the dates each commit says. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Repo {
  dir: string;
  /** Writes (or, for null, deletes) the files, commits them on `date` and returns the commit. */
  commit(date: string, files: Record<string, string | null>, message?: string): string;
  git(...args: string[]): string;
  /** A git command whose commits are dated `date`. */
  gitOn(date: string, ...args: string[]): string;
}

export function gitRepo(): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-git-'));
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_SYSTEM: '/dev/null',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        ...env,
      },
    }).trim();
  const git = (...args: string[]) => run(args);
  git('init', '-q', '-b', 'main');
  const on = (date: string) => ({ GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_DATE: `${date}T12:00:00Z` });
  return {
    dir,
    git,
    gitOn: (date, ...args) => run(args, on(date)),
    commit(date, files, message = `on ${date}`) {
      for (const [path, content] of Object.entries(files)) {
        const absolute = join(dir, path);
        if (content === null) rmSync(absolute);
        else {
          mkdirSync(dirname(absolute), { recursive: true });
          writeFileSync(absolute, content);
        }
      }
      git('add', '-A');
      run(['commit', '-q', '--allow-empty', '-m', message], on(date));
      return git('rev-parse', 'HEAD');
    },
  };
}

/** A roadmap of `done` ticked and `open` open tasks under a critical milestone. */
export function roadmapText(done: number, open: number, title = 'Plan'): string {
  const tasks = [...Array.from({ length: done }, (_, i) => `- [x] done ${i + 1}`), ...Array.from({ length: open }, (_, i) => `- [ ] open ${i + 1}`)];
  return `# ${title}\n\n## Critical Path (Blocking Release)\n\n### Ship\n**Due**: 2027-01-31\n\n${tasks.join('\n')}\n`;
}
