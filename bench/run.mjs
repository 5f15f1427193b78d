// `npm run bench`: how long `roadmap` takes to start, to read many real-shaped files, how much
// memory it needs, and how its time grows with the input — each next to a reference measured in
// the same run. Commands are run in turn (interleaved), and medians are kept, so that a machine
// whose load changes meanwhile skews both sides alike. Prints markdown (bench/RESULTS.md is its
// output on the project's machine). Only public tools: node, the built bin and library, the
// baseline script (bench/baseline.mjs) and the linear-time probe (bench/parse-time.mjs).
//
// Every run parses every file (there is no parse cache: --no-cache is a no-op), in one thread.
// BENCH_SCALE=0.3 for a quick look: fewer runs of each command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyOf, ordinaryRoadmap, repeated } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist', 'cli.js');
const BASELINE = join(root, 'bench', 'baseline.mjs');
const PARSE_TIME = join(root, 'bench', 'parse-time.mjs');
/** The public roadmaps the parser is checked against, read where they lie (never copied into the
 *  repository): each file's copies are written to a temporary folder only. */
const CORPUS = join(root, '..', 'shared', 'corpus', 'real');
const NODE = process.execPath;
/** Loaded before a measured command: prints its peak resident memory when it exits. */
const PEAK = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, `\\nbench-peak-rss ${process.resourceUsage().maxRSS}\\n`));",
)}`;
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const runs = (n) => Math.max(1, Math.round(n * SCALE));

const log = (text) => process.stderr.write(`${text}\n`);
const began = Date.now();
const loadBefore = loadavg();

log('building dist/ …');
execFileSync(NODE, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const seed = readFileSync(join(root, 'test', 'fixtures', 'seed', 'vnext.md'), 'utf8');

/** A project folder holding `files` (relative path → text). */
function project(name, files) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function seedCopies(count) {
  const files = {};
  for (let i = 1; i <= count; i++) files[`roadmap/copy-${String(i).padStart(5, '0')}.md`] = copyOf(seed, i);
  return project(`copies-${count}`, files);
}

/** A command: argv, and environment variables to add. */
const command = (argv, env = {}) => ({ argv, env });
const status = (dir) => command([NODE, CLI, 'status', '--cwd', dir, '--json']);
const remark = (dir) => command([NODE, BASELINE, 'remark', join(dir, 'roadmap')]);
const markdownIt = (dir) => command([NODE, BASELINE, 'markdown-it', join(dir, 'roadmap')]);
const bare = command([NODE, '-e', '0']);

/** Wall time of one run, in milliseconds; a command that fails (exit 2 or more) stops the benchmark,
 *  unless it was expected to refuse its input (`refuses`: a file nested past the parse limit exits 2). */
function time({ argv: [program, ...args], env, refuses = false }) {
  const started = process.hrtime.bigint();
  const result = spawnSync(program, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1 && !(refuses && result.status === 2 && result.stderr.includes('(parse-limit)'))) throw new Error(`${program} ${args.join(' ')} exited ${result.status}\n${result.stderr}`);
  return ms;
}

/** Peak resident memory of one run of a node command, in MiB. */
function peak({ argv: [node, ...args], env }) {
  const result = spawnSync(node, ['--import', PEAK, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } });
  const match = /bench-peak-rss (\d+)/.exec(result.stderr);
  if (!match) throw new Error(`no peak memory from ${args.join(' ')}\n${result.stderr}`);
  return Number(match[1]) / 1024;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Runs the commands in turn, `rounds` times after `warmup` unmeasured rounds; medians in ms. */
function medians(commands, rounds, warmup = 1) {
  const times = commands.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    commands.forEach((each, i) => {
      const ms = time(each);
      if (round >= warmup) times[i].push(ms);
    });
  }
  return times.map(median);
}

const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const mib = (value) => `${value.toFixed(0)} MiB`;
const x = (value) => `${value.toFixed(2)}×`;
/** The goal cell: the bound, and whether this run met it. */
const goal = (value, bound, text) => `${text} — ${value <= bound ? 'met' : '**missed**'}`;
const rows = [];
const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);

// 1. Start-up: the CI gate on one small roadmap, against node doing nothing. `check` exits 1 on the
// seed (it has blocked releases): that is its answer, not a failure.
log('start-up …');
const seedDir = project('seed', { 'roadmap/vnext.md': seed });
const check = command([NODE, CLI, 'check', '--cwd', seedDir], { CI: 'true' });
const [bareMs, checkMs] = medians([bare, check], runs(30), 3);
row('start-up: `check` on the seed, CI=true', ms(checkMs), `\`node -e 0\`: ${ms(bareMs)}`, x(checkMs / bareMs), goal(checkMs / bareMs, 1.5, '≤ 1.5×'));

// 2. Real-shaped files: the public roadmaps, each copied until there are about 600, every copy
// made distinct by a task of its own at the end. Without the corpus, ordinary generated roadmaps
// of a spread of sizes stand in.
log('real-shaped files, cold …');
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.md')).sort() : [];
let realLabel;
let realDir;
if (corpus.length > 0) {
  const copiesEach = Math.max(1, Math.round(600 / corpus.length));
  const files = {};
  for (const name of corpus) {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    for (let i = 1; i <= copiesEach; i++) files[`roadmap/${name.replace(/\.md$/, '')}-${i}.md`] = copyOf(text, i);
  }
  realDir = project('real', files);
  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  realLabel = `${Object.keys(files).length} real-shaped files (${corpus.length} public roadmaps × ${copiesEach}, ${(bytes / 2 ** 20).toFixed(1)} MiB)`;
} else {
  const files = {};
  for (let i = 1; i <= 600; i++) files[`roadmap/plan-${String(i).padStart(5, '0')}.md`] = ordinaryRoadmap(1024 + ((i * 7919) % 16384), i);
  realDir = project('real', files);
  realLabel = '600 generated ordinary roadmaps, 1-17 KB (no ../shared/corpus/real here)';
}
const [realRemark, realMarkdownIt, realRoadmap] = medians([remark(realDir), markdownIt(realDir), status(realDir)], runs(5));
row(`${realLabel}, \`status --json\``, ms(realRoadmap), `naive remark + gfm: ${ms(realRemark)}`, x(realRoadmap / realRemark), goal(realRoadmap / realRemark, 0.15, '≤ 0.15×'));
row('the same files', ms(realRoadmap), `naive markdown-it + task rule: ${ms(realMarkdownIt)}`, x(realRoadmap / realMarkdownIt), goal(realRoadmap / realMarkdownIt, 2, '≤ 2×'));

log('peak memory …');
const peakReal = peak(status(realDir));
const peakRealRemark = peak(remark(realDir));
const peakRealMarkdownIt = peak(markdownIt(realDir));
row('peak memory, the real-shaped files', mib(peakReal), `naive remark + gfm: ${mib(peakRealRemark)}`, x(peakReal / peakRealRemark), goal(peakReal, 200, '≤ 200 MiB'));
row('peak memory, the same files', mib(peakReal), `naive markdown-it: ${mib(peakRealMarkdownIt)}`, x(peakReal / peakRealMarkdownIt), '');

// 3. Copies of the seed, as measured since the first benchmark: small files of plain task lists.
log('600 copies of the seed …');
const dir600 = seedCopies(600);
const [seedRemark, seedMarkdownIt, seedRoadmap] = medians([remark(dir600), markdownIt(dir600), status(dir600)], runs(5));
row('600 seed copies, `status --json`', ms(seedRoadmap), `naive remark + gfm: ${ms(seedRemark)}`, x(seedRoadmap / seedRemark), goal(seedRoadmap / seedRemark, 0.5, '≤ 0.5×'));
row('the same files', ms(seedRoadmap), `naive markdown-it + task rule: ${ms(seedMarkdownIt)}`, x(seedRoadmap / seedMarkdownIt), goal(seedRoadmap / seedMarkdownIt, 2, '≤ 2×'));
const peakSeed = peak(status(dir600));
row('peak memory, 600 seed copies', mib(peakSeed), `naive markdown-it: ${mib(peak(markdownIt(dir600)))}`, '', goal(peakSeed, 200, '≤ 200 MiB'));

// 4. Linear time: each pathological pattern at two sizes 8× apart, parsed in a process of its own
// by the library (and by markdown-it alone, for reference); a linear parser takes about 8× as
// long on the larger, a quadratic one 64×. Then `status --json` on the larger as one file, wall
// time, which must end quickly whether the file is read or refused.
log('linear time …');
const SMALL = 128 * 1024;
const LARGE = 1024 * 1024;
const PATTERNS = [
  'a\n=\n',
  '*a_ ',
  '*a **a ',
  '\\`',
  '[',
  '![[]()',
  '</',
  '- ',
  '- a\n',
  '> ',
  '> a\n',
  '**a ',
  '`a ',
  'a_ ',
  'a]',
  'a***',
  '    code\n2. item\n<!-- -->\n',
  '[a](',
  '<a ',
  '&#',
  '| a |\n',
  '~~a ',
];
/** A pattern as code in a table cell. */
const show = (unit) => `\`${JSON.stringify(unit).replaceAll('|', '\\|').replaceAll('`', 'ˋ')}\``;
const linear = [];
const flagged = [];
const probes = [...PATTERNS.map((unit) => ({ unit, sizes: [SMALL, LARGE] })), { ordinary: true, sizes: [100 * 1024, LARGE] }];
for (const [index, probe] of probes.entries()) {
  const name = probe.ordinary ? 'an ordinary roadmap (generate.mjs)' : show(probe.unit);
  log(`  ${probe.ordinary ? 'ordinary roadmap' : JSON.stringify(probe.unit)}`);
  const result = spawnSync(NODE, [PARSE_TIME, JSON.stringify({ ...probe, rounds: runs(3) })], { encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    linear.push(`| ${name} | — | — | — | — | — | did not finish: ${result.error?.message ?? result.stderr.trim().split('\n').at(-1)} |`);
    flagged.push(name);
    continue;
  }
  const { bytes, roadmap, naive, refused } = JSON.parse(result.stdout);
  const sizeRatio = bytes[1] / bytes[0];
  const ratio = roadmap[1] / roadmap[0];
  const text = probe.ordinary ? ordinaryRoadmap(LARGE) : repeated(probe.unit, LARGE);
  const cliMs = time({ ...status(project(`linear-${index}`, { 'roadmap/plan.md': text })), refuses: true });
  const notes = [];
  if (ratio > 2 * sizeRatio) {
    notes.push(`**superlinear** (over ${(2 * sizeRatio).toFixed(0)}×)`);
    flagged.push(name);
  } else notes.push('linear');
  if (refused[1]) notes.push(`refused${refused[0] ? ' at both sizes' : ' at 1 MiB'}: ${refused[1]}`);
  const sizes = `${(bytes[0] / 1024).toFixed(0)} KiB → ${(bytes[1] / 1024).toFixed(0)} KiB`;
  linear.push(
    `| ${name} | ${sizes} | ${ms(roadmap[0])} → ${ms(roadmap[1])} | ${x(ratio)} | ${ms(naive[0])} → ${ms(naive[1])} (${x(naive[1] / naive[0])}) | ${ms(cliMs)} | ${notes.join('; ')} |`,
  );
}

const peak1m = peak(status(project('peak-1m', { 'roadmap/plan.md': ordinaryRoadmap(LARGE) })));
row('peak memory, one 1 MiB ordinary roadmap', mib(peak1m), '', '', goal(peak1m, 300, '≤ 300 MiB'));

// 5. Growth with the number of files: the per-file cost once start-up is spread over many.
log('growth: 60, 600, 6000 files …');
const growth = [];
for (const [count, rounds, warmup] of [
  [60, runs(5), 1],
  [600, runs(3), 1],
  [6000, 1, 0],
]) {
  const dir = count === 600 ? dir600 : seedCopies(count);
  const [coldMs] = medians([status(dir)], rounds, warmup);
  growth.push(`| ${count} | ${ms(coldMs)} | ${(coldMs / count).toFixed(2)} ms |`);
}

// 6. History: 1,000 commits of one roadmap of about 50 KB (each ticks a task and adds one), made
// by git fast-import, replayed by `roadmap history --json` against the same blobs read by one
// `git cat-file --batch` and counted by the naive markdown-it script.
log('history: 1,000 commits of a 50 KB roadmap …');
const historyDir = join(work, 'history');
mkdirSync(historyDir);
execFileSync('git', ['init', '-q', '-b', 'main', historyDir]);
{
  let text = ordinaryRoadmap(50 * 1024);
  const stream = [];
  const start = Date.UTC(2024, 0, 1) / 1000;
  for (let i = 0; i < 1000; i++) {
    text = `${text.replace('- [ ] ', '- [x] ')}- [ ] follow-up ${i}\n`;
    const data = Buffer.from(text);
    stream.push(Buffer.from(`commit refs/heads/main\ncommitter b <b@example.com> ${start + i * 86400} +0000\ndata 2\nc\nM 100644 inline roadmap/plan.md\ndata ${data.length}\n`), data, Buffer.from('\n'));
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: historyDir, input: Buffer.concat(stream) });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: historyDir });
}
const historyCommand = command([NODE, CLI, 'history', '--json', '--cwd', historyDir]);
const gitBaseline = command([NODE, BASELINE, 'markdown-it-git', historyDir, 'roadmap/plan.md']);
const [historyMs, gitBaselineMs] = medians([historyCommand, gitBaseline], runs(3), 1);
row(
  'history: 1,000 commits of a 50 KB roadmap, `history --json`',
  ms(historyMs),
  `\`git cat-file --batch\` + naive markdown-it: ${ms(gitBaselineMs)}`,
  x(historyMs / gitBaselineMs),
  goal(historyMs / gitBaselineMs, 1.5, '≤ 1.5×'),
);

const cpu = cpus();
const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
const lines = [
  '# Benchmarks',
  '',
  `Output of \`npm run bench\` (BENCH_SCALE=${SCALE}) on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB,`,
  `${process.platform} ${process.arch}, Node ${process.version}; load average ${load(loadBefore)} at the start, ${load(loadavg())} at the end;`,
  `${((Date.now() - began) / 60000).toFixed(1)} minutes in all. Medians of interleaved runs, each a new process. Every run parses`,
  'every file, in one thread (there is no parse cache). Each copy of a file ends with a task of its own',
  '(`- [ ] copy N`), so that no two are alike. The baselines (bench/baseline.mjs) read the same files in',
  'one process: "naive remark + gfm" parses each with unified + remark-parse + remark-gfm and counts list',
  'items whose `checked` is a boolean; "naive markdown-it + task rule" parses each with markdown-it 14',
  "(commonmark, html, table, strikethrough) and counts list items whose first inline starts `[ ] `, `[x] ` or `[X] `.",
  '',
  '| measure | roadmap | baseline | ratio | goal |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '',
  'Linear time (bench/parse-time.mjs): each input built by repeating the pattern to the size, parsed',
  'in-process by `parseRoadmap` from dist/index.js (front matter, markdown-it, mdast, sections and tasks)',
  `and by markdown-it alone, medians of ${runs(3)} interleaved rounds after a warm-up. A linear parser takes`,
  'about as many times longer as the input is larger (8×), a quadratic one the square (64×); over twice',
  'the size ratio is flagged. `status --json` is the wall time of the command on the larger input as one',
  'file, start-up included. ˋ stands for a backtick.',
  '',
  '| pattern | sizes | roadmap parse | ratio | markdown-it alone | `status --json`, larger | verdict |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...linear,
  '',
  flagged.length === 0 ? 'No pattern grew faster than linearly.' : `Flagged: ${flagged.join(', ')}.`,
  '',
  'Growth with the number of files (seed copies, `status --json`):',
  '',
  '| files | time | per file |',
  '| --- | --- | --- |',
  ...growth,
  '',
];
process.stdout.write(lines.join('\n'));
