// `npm run bench`: how long `roadmap` takes to start, to parse many files cold and warm, how much
// memory it needs, and how its time grows with the input — each next to a reference measured in
// the same run. Commands are run in turn (interleaved), and medians are kept, so that a machine
// whose load changes meanwhile skews both sides alike. Prints markdown (bench/RESULTS.md is its
// output on the project's machine). Only public tools: node, the built bin, the baseline script.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyOf, ordinaryRoadmap } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist', 'cli.js');
const BASELINE = join(root, 'bench', 'baseline.mjs');
const NODE = process.execPath;
/** Loaded before a measured command: prints its peak resident memory when it exits. */
const PEAK = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, `\\nbench-peak-rss ${process.resourceUsage().maxRSS}\\n`));",
)}`;
/** BENCH_SCALE=0.3 for a quick look: fewer runs of each command. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const runs = (n) => Math.max(1, Math.round(n * SCALE));

const log = (text) => process.stderr.write(`${text}\n`);

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

function copies(count) {
  const files = {};
  for (let i = 1; i <= count; i++) files[`roadmap/copy-${String(i).padStart(5, '0')}.md`] = copyOf(seed, i);
  return project(`copies-${count}`, files);
}

const status = (dir, ...args) => [NODE, CLI, 'status', '--cwd', dir, ...args];
const cached = (dir) => status(dir, '--cache-location', join(dir, '.cache'));
const uncached = (dir) => status(dir, '--no-cache');

/** Wall time of one run, in milliseconds; a command that fails stops the benchmark. */
function time([command, ...args]) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stderr}`);
  return ms;
}

/** Wall time of commands run side by side, until the last one ends, in milliseconds. */
async function together(commands) {
  const started = process.hrtime.bigint();
  await Promise.all(
    commands.map(
      ([command, ...args]) =>
        new Promise((resolve, reject) =>
          spawn(command, args, { stdio: 'ignore' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`)))),
        ),
    ),
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Peak resident memory of one run of a node command, in MiB. */
function peak([node, ...args]) {
  const result = spawnSync(node, ['--import', PEAK, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const match = /bench-peak-rss (\d+)/.exec(result.stderr);
  if (!match) throw new Error(`no peak memory from ${args.join(' ')}\n${result.stderr}`);
  return Number(match[1]) / 1024;
}

/** Runs the commands in turn, `rounds` times after `warmup` unmeasured rounds; medians in ms. */
function medians(commands, rounds, warmup = 1) {
  const times = commands.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    commands.forEach((command, i) => {
      const ms = time(command);
      if (round >= warmup) times[i].push(ms);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const mib = (value) => `${value.toFixed(0)} MiB`;
const x = (value) => `${value.toFixed(2)}×`;
const rows = [];
const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);

log('start-up …');
const seedDir = project('seed', { 'roadmap/vnext.md': seed });
const [bare, startUp] = medians([[NODE, '-e', '0'], cached(seedDir)], runs(30), 3);
row('start-up: `status` on the seed, warm cache', ms(startUp), `\`node -e 0\`: ${ms(bare)}`, x(startUp / bare), '≤ 1.5×');

log('600 copies of the seed, cold …');
const dir600 = copies(600);
const [baseline600, cold600] = medians([[NODE, BASELINE, join(dir600, 'roadmap')], uncached(dir600)], runs(5));
row('600 seed copies, cold (`--no-cache`)', ms(cold600), `plain remark parse: ${ms(baseline600)}`, x(cold600 / baseline600), '≤ 0.5×');

// What this machine gives two parsers at once: the plain parse in two processes, each on half of
// the copies, side by side. Its ratio to one process on all of them bounds what parallel parsing
// can gain here.
const halves = [copies(300), project('copies-300b', Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`roadmap/copy-${i + 301}.md`, copyOf(seed, i + 301)])))];
const split = [];
for (let round = 0; round < runs(3); round++) split.push(await together(halves.map((dir) => [NODE, BASELINE, join(dir, 'roadmap')])));
const split600 = split.sort((a, b) => a - b)[Math.floor(split.length / 2)];
row('the same plain parse in 2 processes, 300 files each, side by side', ms(split600), `one process: ${ms(baseline600)}`, x(split600 / baseline600), '(the machine)');

// The seed holds only the simplest markdown. Roadmaps with links, code, tables and quotes take
// the full parser for some of their sections; 600 of them, of the seed's size, show that cost.
log('600 ordinary roadmaps, cold …');
const mixed600 = project(
  'ordinary-600',
  Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`roadmap/plan-${String(i + 1).padStart(5, '0')}.md`, ordinaryRoadmap(seed.length, i + 1)])),
);
const [baselineMixed, coldMixed] = medians([[NODE, BASELINE, join(mixed600, 'roadmap')], uncached(mixed600)], runs(3));
row('600 ordinary roadmaps of the seed\'s size (links, code, tables), cold', ms(coldMixed), `plain remark parse: ${ms(baselineMixed)}`, x(coldMixed / baselineMixed), '');

log('600 copies of the seed, warm …');
const [bare600, warm600] = medians([[NODE, '-e', '0'], cached(dir600)], runs(15), 2);
row('600 seed copies, warm cache', ms(warm600), `\`node -e 0\`: ${ms(bare600)}`, x(warm600 / bare600), '≤ 4×');

log('peak memory …');
const peakCold = peak(uncached(dir600));
const peakWarm = peak(cached(dir600));
const peakBaseline = peak([NODE, BASELINE, join(dir600, 'roadmap')]);
row('peak memory, 600 copies cold', mib(peakCold), `plain remark parse: ${mib(peakBaseline)}`, x(peakCold / peakBaseline), '< 200 MiB');
row('peak memory, 600 copies warm', mib(peakWarm), '', '', '');

log('one large roadmap …');
const small = project('roadmap-100k', { 'roadmap/plan.md': ordinaryRoadmap(100 * 1024) });
const large = project('roadmap-1m', { 'roadmap/plan.md': ordinaryRoadmap(1024 * 1024) });
const [time100k, time1m] = medians([uncached(small), uncached(large)], runs(3));
const peak1m = peak(uncached(large));
row('one ordinary roadmap, 100 KB → 1 MB, cold', `${ms(time100k)} → ${ms(time1m)}`, '', x(time1m / time100k), '≤ 12×');
row('peak memory, the 1 MB roadmap', mib(peak1m), '', '', '< 300 MB');

log('growth: 60, 600, 6000 files …');
const growth = [];
for (const [count, rounds] of [
  [60, runs(5)],
  [600, runs(3)],
  [6000, 1],
]) {
  const dir = count === 600 ? dir600 : copies(count);
  const [cold] = medians([uncached(dir)], rounds, count === 6000 ? 0 : 1);
  growth.push(`| ${count} | ${ms(cold)} | ${(cold / count).toFixed(2)} ms |`);
}

const cpu = cpus();
const lines = [
  '# Benchmarks',
  '',
  `Output of \`npm run bench\` on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB,`,
  `${process.platform} ${process.arch}, Node ${process.version}. Medians of interleaved runs; "cold" runs`,
  'parse every file (`--no-cache`), "warm" ones find every file in the cache. The copies of the seed each',
  'end with a task of their own, so that every one is parsed.',
  '',
  '| measure | roadmap | reference | ratio | goal |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '',
  'Growth with the number of files (seed copies, cold):',
  '',
  '| files | time | per file |',
  '| --- | --- | --- |',
  ...growth,
  '',
];
process.stdout.write(lines.join('\n'));
