/** Generated inputs: ordinary roadmaps of any size, and the pathological patterns. The benchmarks
 *  use the same ones. */
export { copyOf, ordinaryRoadmap, repeated } from '../../bench/generate.mjs';
