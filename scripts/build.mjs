// Builds the shipped CLI: ESM bundles with their dependencies included, so that `npm ci` (through
// `prepare`) leaves a runnable bin. Code that only some runs need (each command, the markdown
// parser, the zod schemas) is split into files loaded on first use; every file
// lands in dist/ itself.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, root } from './esbuild-options.mjs';
import { mergeStartUp } from './merge-start-up.mjs';

const common = { ...bundleOptions, outdir: 'dist', chunkNames: 'chunk-[hash]' };

await rm(join(root, 'dist'), { recursive: true, force: true });
// Built apart, so that the library does not split the CLI's code into more files than its own
// lazy imports need: every file is one more for start-up to load.
// Its chunks are named apart from the library's, which mergeStartUp must not touch.
const cli = await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, splitting: true, chunkNames: 'cli-[hash]', metafile: true });
await mergeStartUp({ metafile: cli.metafile, root, outdir: 'dist', entry: 'dist/cli.js', sample: join(root, 'test/fixtures/seed/vnext.md') });
await build({ ...common, entryPoints: { index: 'src/index.ts' }, splitting: true });
// The history replay's worker, one file that the replay's chunk finds beside it in dist/.
await build({ ...common, entryPoints: { 'count-worker': 'src/history/count-worker.ts' } });
