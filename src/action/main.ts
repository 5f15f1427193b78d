/**
 * The Action's entry, bundled with everything it imports into the committed action/index.js
 * (scripts/build-action.mjs) that action.yml's `main` names: the runner starts it with its own
 * node, and nothing is installed, built or fetched at run time.
 */
import { nodeIo } from '../cli/io.js';
import { exitOnCrash } from '../cli/crash.js';
import { runAction } from './run.js';

exitOnCrash();
process.exitCode = await runAction(nodeIo());
