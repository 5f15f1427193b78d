/**
 * Property tests run on a fixed seed, so a run of `npm test` (and CI) is reproducible; set
 * FC_SEED to explore other inputs, and a failure prints the seed and the shrunk counterexample.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
