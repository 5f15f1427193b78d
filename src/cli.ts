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

process.exitCode = await main(process.argv.slice(2), nodeIo());
