#!/usr/bin/env node
/** The bin: run main with the real process, and make sure nothing can exit 1 by accident. */
import { main } from './cli/main.js';
import { nodeIo } from './cli/io.js';

const crash = (error: unknown) => {
  process.stderr.write(`roadmap: internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

/**
 * `history` parses every version of every roadmap file: a thousand commits of a large roadmap
 * make gigabytes of short-lived objects. A larger young generation collects them far less often
 * (1,000 commits of a 70 KB roadmap: 12.2 s → 9.6 s), and V8 takes that size only at start, so
 * history runs in a node started with it. No other command pays for the second start.
 */
const REPLAY_FLAG = '--max-semi-space-size=32';
const args = process.argv.slice(2);
if (args[0] === 'history' && !process.execArgv.includes(REPLAY_FLAG)) {
  const { spawnSync } = await import('node:child_process');
  const child = spawnSync(process.execPath, [REPLAY_FLAG, ...process.execArgv, process.argv[1]!, ...args], { stdio: 'inherit' });
  process.exitCode = child.status ?? 2;
} else {
  process.exitCode = await main(args, nodeIo());
}
