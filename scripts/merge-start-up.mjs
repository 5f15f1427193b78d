// Start-up of the built CLI, in fewer files. esbuild splits the code that the bin loads at start
// into a shared chunk for every distinct set of lazily loaded modules that also use it: some
// sixteen files, and each costs node's module loader a resolve, a read and a link of its own,
// about as much as the code in them costs to compile. This pass, run on esbuild's output, puts
// that code in one file, dist/core.js, and leaves the rest of the split as it was:
//
// - core.js holds every chunk the bin imports statically, bundled again into one module, and
//   exports each chunk's exports under a name that says which chunk they came from;
// - cli.js, bundled again, imports them from core.js (it keeps its top-level await, which is why
//   core.js is a file apart: a lazily loaded chunk that imported the bin itself would wait on it);
// - each of those chunks becomes a file of re-exports from core.js, so that a module loaded later
//   still finds the one instance of what it imports (one UserError class, one set of tables).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/** `metafile`: esbuild's, of the build that wrote `entry` (a path relative to `root`) into `outdir`. */
export async function mergeStartUp({ metafile, root, outdir, entry }) {
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
  if (startUp.size < 2) return;

  const chunks = [...startUp].map((path, index) => ({ file: basename(path), prefix: `c${index}$`, exports: outputs[path].exports }));
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const reExports = (chunk, from) =>
    `export { ${chunk.exports.map((name) => `${chunk.prefix}${name} as ${name}`).join(', ')} } from '${from}';\n`;
  const dir = join(root, outdir);
  const local = (path) => basename(path);
  const own = { absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', target: 'node20', legalComments: 'none', write: false, logLevel: 'warning' };

  // Everything but the start-up chunks stays where it is: lazily loaded chunks and node's modules.
  const keepOthers = (isInlined) => ({
    name: 'keep-others',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' || isInlined(args.path) ? undefined : { path: args.path, external: true }));
    },
  });
  const inStartUp = (path) => path.startsWith('./') && byFile.has(local(path));

  const core = await build({
    ...own,
    stdin: {
      contents: chunks
        .map((chunk) => `export { ${chunk.exports.map((name) => `${name} as ${chunk.prefix}${name}`).join(', ')} } from './${chunk.file}';`)
        .join('\n'),
      resolveDir: dir,
      sourcefile: 'core.js',
    },
    outfile: join(dir, 'core.js'),
    plugins: [keepOthers(inStartUp)],
  });

  const cli = await build({
    ...own,
    entryPoints: [join(dir, basename(entry))],
    outfile: join(dir, basename(entry)),
    allowOverwrite: true,
    plugins: [
      {
        name: 'from-core',
        setup(b) {
          b.onResolve({ filter: /^\.\/.*\.js$/ }, (args) => (inStartUp(args.path) ? { path: local(args.path), namespace: 'core' } : undefined));
          b.onResolve({ filter: /^\.\/core\.js$/, namespace: 'core' }, () => ({ path: './core.js', external: true }));
          b.onLoad({ filter: /.*/, namespace: 'core' }, (args) => ({ contents: reExports(byFile.get(args.path), './core.js'), loader: 'js' }));
        },
      },
      keepOthers(() => false),
    ],
  });

  for (const output of [...core.outputFiles, ...cli.outputFiles]) writeFileSync(output.path, output.contents);
  for (const chunk of chunks) writeFileSync(join(dir, chunk.file), reExports(chunk, './core.js'));
  // The bin keeps its `#!`: esbuild carries over the entry's.
  if (!readFileSync(join(dir, basename(entry)), 'utf8').startsWith('#!')) throw new Error(`${entry} lost its #! line`);
}
