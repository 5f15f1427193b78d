// One linear-time check for `npm run bench`, in a process of its own (so that an input that takes
// long can be given up on from outside): builds one input at two sizes, then, after a warm-up
// round, parses them in turn `rounds` times with the built library's `parseRoadmap` (front matter,
// markdown-it, the mdast step and the reading of sections and tasks) and with naive markdown-it
// alone (commonmark, html, table, strikethrough), and prints the medians as JSON.
//
//   node bench/parse-time.mjs '{"unit":"a_ ","sizes":[131072,1048576],"rounds":3}'
//   node bench/parse-time.mjs '{"ordinary":true,"sizes":[102400,1048576],"rounds":3}'
import MarkdownIt from 'markdown-it';
import { parseRoadmap } from '../dist/index.js';
import { ordinaryRoadmap, repeated } from './generate.mjs';

const { unit, ordinary, sizes, rounds } = JSON.parse(process.argv[2] ?? '{}');
if (!Array.isArray(sizes) || (!ordinary && typeof unit !== 'string')) throw new Error('usage: node bench/parse-time.mjs JSON');

const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
const texts = sizes.map((bytes) => (ordinary ? ordinaryRoadmap(bytes) : repeated(unit, bytes)));

/** Milliseconds one call takes. */
const clock = (work) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const roadmap = texts.map(() => []);
const naive = texts.map(() => []);
const refused = texts.map(() => undefined);
for (let round = 0; round <= rounds; round++) {
  texts.forEach((text, i) => {
    let document;
    const took = clock(() => {
      document = parseRoadmap({ path: 'roadmap/plan.md', text, diagnostics: [] });
    });
    const naiveTook = clock(() => md.parse(text, {}));
    if (round === 0) {
      refused[i] = document.diagnostics.find((d) => d.rule === 'parse-limit')?.message;
      return; // the warm-up round
    }
    roadmap[i].push(took);
    naive[i].push(naiveTook);
  });
}
process.stdout.write(
  `${JSON.stringify({
    bytes: texts.map((text) => text.length),
    roadmap: roadmap.map(median),
    naive: naive.map(median),
    refused,
  })}\n`,
);
