// Builds the shipped CLI: one ESM bundle per entry, dependencies included, so that start-up
// loads a single file and `npm ci` (through `prepare`) leaves a runnable bin.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  define: { __ROADMAP_VERSION__: JSON.stringify(pkg.version) },
  // gray-matter and its dependencies are CommonJS and call require(); give the bundle one.
  banner: {
    js: "import { createRequire as __roadmapCreateRequire } from 'node:module'; const require = __roadmapCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
