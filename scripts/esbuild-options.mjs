// What the CLI's bundles (build.mjs) and the Action's (build-action.mjs) share: the esbuild
// options that make a bundle of this code base run under plain node, and start quickly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

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
        ? { path: join(root, 'node_modules/chalk/source/vendor/supports-color/browser.js') }
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
    // markdown-it decodes named character references (`&amp;`) with the entities package, whose
    // tables are built from long strings when the module is evaluated (milliseconds of every
    // start, and garbage for the collector). Most roadmaps hold no entity: the stand-in loads the
    // package (its CommonJS build, which the bundle evaluates only when first required) on first use.
    b.onResolve({ filter: /^entities$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'markdown-it')}`) ? { path: 'entities', namespace: 'lazy-entities' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-entities' }, () => ({
      contents: [
        "let decode;",
        "const load = () => (decode ??= require('entities/lib/decode.js'));",
        'export const decodeHTML = (text) => load().decodeHTML(text);',
        'export const decodeHTMLStrict = (text) => load().decodeHTMLStrict(text);',
      ].join('\n'),
      loader: 'js',
      resolveDir: root,
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

/** Options for an ESM bundle of a source entry, dependencies included, for Node 20 and later. */
export const bundleOptions = {
  // Paths in the bundle's comments are relative to the repository, wherever the build is run from.
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
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
