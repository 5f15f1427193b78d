// Start-up of the built CLI. esbuild splits the code that the bin loads at start into a shared
// chunk for every distinct set of lazily loaded modules that also use it: some sixteen files, and
// each costs node's module loader a resolve, a read and a link of its own. Then V8 compiles all
// of it, and compiles again, on its first call, every function the run uses. This pass, run on
// esbuild's output, turns that into one script and a V8 code cache made at build time:
//
// - dist/core.cjs holds the bin's code and every chunk it imports at start, bundled again into
//   one CommonJS body, which exports each chunk's exports under a name that says which chunk they
//   came from; the file holds the body inside its function, so that the bin compiles it as read;
// - dist/cli.js, the bin, compiles core.cjs with the code cache dist/core.cache, and runs it;
// - each chunk loaded later is bundled again to take what it shares with start-up from core.cjs's
//   exports (one instance of each module: one UserError class, one set of tables).
//
// The code cache is V8's compiled code for core.cjs as a `check` of the seed roadmap left it. It is
// only ever read from dist/, beside the script it belongs to, and only ever written here: a cache
// is code, and one planted in a checkout would be code run by the gate. V8 refuses a cache made by
// another version or with other flags, and then compiles the source as it would without one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The global through which chunks loaded later reach core.cjs's exports (and the build, its script). */
const CORE = "Symbol.for('roadmap.core')";
/** The function core.cjs's body is written in: of what a CommonJS module is given, and of the
 *  bin's import(), which a vm.Script cannot call itself without an experimental flag. */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname, __roadmapImport) {';
const WRAP_TAIL = '\n})';

/** `metafile`: esbuild's, of the build that wrote `entry` (a path relative to `root`) into `outdir`;
 *  `sample`: a roadmap that a `check` runs on to make the code cache. */
export async function mergeStartUp({ metafile, root, outdir, entry, sample }) {
  const { outputs } = metafile;
  const startUp = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const path = pending.pop();
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind === 'import-statement' && outputs[imported] && !startUp.has(imported)) {
        startUp.add(imported);
        pending.push(imported);
      }
    }
  }
  const dir = join(root, outdir);
  const chunks = [...startUp].map((path, index) => ({ file: basename(path), prefix: `c${index}$`, exports: outputs[path].exports }));
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const inStartUp = (path) => path.startsWith('./') && byFile.has(basename(path));
  const bin = basename(entry);
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && path !== entry && !startUp.has(path));
  const own = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', legalComments: 'none', write: false, logLevel: 'error' };
  // Everything else stays where it is: chunks loaded later, and node's own modules.
  const keepOthers = (isInlined) => ({
    name: 'keep-others',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' || isInlined(args.path) ? undefined : { path: args.path, external: true }));
    },
  });

  // core.cjs: the chunks' exports first, then the bin's own code, which runs the command.
  const core = await build({
    ...own,
    format: 'cjs',
    stdin: {
      contents: [
        ...chunks.map((chunk) => `export { ${chunk.exports.map((name) => `${name} as ${chunk.prefix}${name}`).join(', ')} } from './${chunk.file}';`),
        `import './${bin}';`,
      ].join('\n'),
      resolveDir: dir,
      sourcefile: 'core.cjs',
    },
    define: { 'import.meta.url': '__roadmapUrl' },
    // A third smaller: less to read into a string at every start. Names are kept, so that the stack
    // of a crash still names its functions.
    minifyWhitespace: true,
    banner: { js: "var __roadmapUrl = require('node:url').pathToFileURL(__filename).href;" },
    outfile: join(dir, 'core.cjs'),
    plugins: [keepOthers((path) => inStartUp(path) || path === `./${bin}`)],
  });
  const dynamic = chunks.reduce((sum, chunk) => sum + outputs[join(outdir, chunk.file)].imports.filter((i) => i.kind === 'dynamic-import').length, 0)
    + outputs[entry].imports.filter((i) => i.kind === 'dynamic-import').length;
  let rewritten = 0;
  const coreText = core.outputFiles[0].text.replace(/\bimport\((".\/[\w-]+\.js")\)/g, (_, specifier) => {
    rewritten++;
    return `__roadmapImport(${specifier})`;
  });
  if (rewritten !== dynamic || /\bimport\(/.test(coreText)) throw new Error(`core.cjs: ${rewritten} of ${dynamic} dynamic imports rewritten`);

  // Chunks loaded later: what they import from start-up chunks, they read from core.cjs's exports.
  const later = await build({
    ...own,
    format: 'esm',
    entryPoints: lazy.map((path) => join(root, path)),
    outdir: dir,
    allowOverwrite: true,
    plugins: [
      {
        name: 'from-core',
        setup(b) {
          b.onResolve({ filter: /^\.\/.*\.js$/ }, (args) => (inStartUp(args.path) ? { path: basename(args.path), namespace: 'chunk' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'chunk' }, (args) => {
            const chunk = byFile.get(args.path);
            return { contents: `export { ${chunk.exports.map((name) => `${chunk.prefix}${name} as ${name}`).join(', ')} } from 'roadmap:core';`, loader: 'js' };
          });
          b.onResolve({ filter: /^roadmap:core$/ }, () => ({ path: 'core', namespace: 'core' }));
          b.onLoad({ filter: /.*/, namespace: 'core' }, () => ({ contents: `module.exports = globalThis[${CORE}].module.exports;`, loader: 'js' }));
        },
      },
      keepOthers(() => false),
    ],
  });

  for (const output of later.outputFiles) writeFileSync(output.path, output.contents);
  writeFileSync(join(dir, 'core.cjs'), `${WRAP_HEAD}${ascii(coreText)}${WRAP_TAIL}`);
  writeFileSync(join(dir, bin), loader(), { mode: 0o755 });
  for (const chunk of chunks) unlinkSync(join(dir, chunk.file));
  makeCodeCache(join(dir, bin), join(dir, 'core.cache'), sample);
}

/**
 * The script in ASCII, which the bin reads as latin1: a byte a character, no UTF-8 to decode, and a
 * string of one byte a character (a file holding any other character is read into two bytes a
 * character). esbuild already escapes strings and templates; what is left is in comments and
 * regular expressions, where `\uXXXX` stands for the same UTF-16 unit (and a pair of them for one
 * code point, under the `u` flag).
 */
function ascii(text) {
  return text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The bin: core.cjs compiled with its code cache, when there is one, and run. */
function loader() {
  return `#!/usr/bin/env node
// The bin. The CLI's start-up code is one script, core.cjs, compiled with the V8 code cache made
// for it at build time (core.cache, beside it); V8 refuses a cache it did not make, and then
// compiles the source. scripts/merge-start-up.mjs has the reasons.
// One import: each of node's modules imported costs the module loader a facade; require does not.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { readFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { fileURLToPath } = require('node:url');
const { Script } = require('node:vm');
const url = new URL('./core.cjs', import.meta.url);
const path = fileURLToPath(url);
let cachedData;
try {
  cachedData = readFileSync(new URL('./core.cache', import.meta.url));
} catch {
  // No cache: the script is compiled as any other.
}
// A core.cjs that is missing or does not compile (a broken install) is a crash: exit 2, never
// node's 1, which would read as "blocked". Past this point the core's own handler answers.
let script;
try {
  script = new Script(readFileSync(url, 'latin1'), { filename: path, cachedData });
} catch (error) {
  process.stderr.write(\`roadmap: internal error: cannot load \${path}\n\${error?.stack ?? error}\n\`);
  process.exit(2);
}
const module = { exports: {} };
globalThis[${CORE}] = { module, script };
script.runInThisContext()(module.exports, require, module, path, dirname(path), (specifier) => import(new URL(specifier, url)));
`;
}

/** Runs the bin's `check` on `sample` and keeps what V8 compiled for core.cjs meanwhile. */
function makeCodeCache(bin, cache, sample) {
  if (!existsSync(sample)) return;
  const work = mkdtempSync(join(tmpdir(), 'roadmap-code-cache-'));
  try {
    mkdirSync(join(work, 'roadmap'));
    writeFileSync(join(work, 'roadmap', 'sample.md'), readFileSync(sample));
    const script = [
      "import { writeFileSync } from 'node:fs';",
      `process.argv = [process.argv[0], ${JSON.stringify(bin)}, 'check'];`,
      `process.on('beforeExit', () => { writeFileSync(${JSON.stringify(cache)}, globalThis[${CORE}].script.createCachedData()); process.exitCode = 0; });`,
      `await import(${JSON.stringify(pathToFileURL(bin).href)});`,
    ].join('\n');
    // Only what a CI run sets: nothing of this shell (GITHUB_STEP_SUMMARY, colours) reaches the run.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: work, env: { CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0 || !existsSync(cache)) throw new Error(`the code cache was not made (exit ${run.status}):\n${run.stderr}`);
    // A cache that V8 refuses costs its read and saves nothing: the bin must wrap the script as here.
    const core = join(dirname(bin), 'core.cjs');
    const check = [
      "const { readFileSync } = require('node:fs');",
      `const script = new (require('node:vm').Script)(readFileSync(${JSON.stringify(core)}, 'latin1'), { filename: ${JSON.stringify(core)}, cachedData: readFileSync(${JSON.stringify(cache)}) });`,
      'process.exitCode = script.cachedDataRejected ? 1 : 0;',
    ].join('\n');
    if (spawnSync(process.execPath, ['-e', check], { env: {} }).status !== 0) throw new Error('V8 refuses the code cache it has just made');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
