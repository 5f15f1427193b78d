#!/usr/bin/env node
/** The bin: run main with the real process, and make sure nothing can exit 1 by accident. */
import { exitOnCrash } from './cli/crash.js';
import { main } from './cli/main.js';
import { nodeIo } from './cli/io.js';

exitOnCrash();
// Not a top-level await: the build runs this module as a script (scripts/merge-start-up.mjs).
void main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
