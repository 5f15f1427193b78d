// Builds the GitHub Action: src/action/main.ts and everything it imports, dependencies included,
// as one file, action/index.js, which is committed so that the runner starts it with nothing to
// install. One file: without code splitting every dynamic import is inlined, so the bundle never
// looks for a chunk beside it. `node scripts/build-action.mjs [DIR]` writes to DIR instead of
// action/ (the test that keeps the committed bundle current builds to a temporary folder).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, root } from './esbuild-options.mjs';

const outdir = resolve(process.argv[2] ?? join(root, 'action'));
await mkdir(outdir, { recursive: true });
await build({
  ...bundleOptions,
  entryPoints: ['src/action/main.ts'],
  outfile: join(outdir, 'index.js'),
  splitting: false,
  banner: { js: `// Built by scripts/build-action.mjs from src/action/: do not edit.\n${bundleOptions.banner.js}` },
});
// The bundle is ESM; this marks it so for node wherever the folder is.
await writeFile(join(outdir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
