// Builds the shipped CLI: ESM bundles with their dependencies included, so that `npm ci` (through
// `prepare`) leaves a runnable bin. Code that only some runs need (each command, the markdown
// parser, the zod schemas) is split into files loaded on first use; every file
// lands in dist/ itself.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

/**
 * Three dependencies do work at import that this CLI never uses; each costs milliseconds of every
 * start. chalk probes the terminal for its default instance, which we never use: the terminal
 * renderer always passes the level that `resolveColor` worked out (--no-color, FORCE_COLOR,
 * NO_COLOR, the TTY). Its browser variant of that probe does nothing. commander loads
 * node:child_process for git-style subcommands in separate executables, which we do not have;
 * it gets a stand-in that loads the real module only if it is ever used.
 */
const startUp = {
  name: 'roadmap-start-up',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'chalk')}`)
        ? { path: new URL('node_modules/chalk/source/vendor/supports-color/browser.js', root).pathname }
        : undefined,
    );
    // markdown-it builds a linkify-it matcher (large Unicode patterns) in its constructor; linkify
    // is never enabled here, so the matcher is a stand-in that is never asked anything.
    b.onResolve({ filter: /^linkify-it$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'markdown-it')}`) ? { path: 'linkify-it', namespace: 'no-linkify' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-linkify' }, () => ({
      contents: 'export default class LinkifyIt { set() { return this; } test() { return false; } match() { return null; } }',
      loader: 'js',
    }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  define: {
    __ROADMAP_VERSION__: JSON.stringify(pkg.version),
  },
  // gray-matter and its dependencies are CommonJS and call require(); give the bundle one.
  banner: {
    js: "import { createRequire as __roadmapCreateRequire } from 'node:module'; const require = __roadmapCreateRequire(import.meta.url);",
  },
  plugins: [startUp],
  logLevel: 'warning',
};

await rm(new URL('dist', root), { recursive: true, force: true });
// Built apart, so that the library does not split the CLI's code into more files than its own
// lazy imports need: every file is one more for start-up to load.
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, splitting: true });
await build({ ...common, entryPoints: { index: 'src/index.ts' }, splitting: true });
// The history replay's worker, one file that the replay's chunk finds beside it in dist/.
await build({ ...common, entryPoints: { 'count-worker': 'src/history/count-worker.ts' } });
