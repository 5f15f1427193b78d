/**
 * Random roadmap-like markdown for oracle tests: headings, fields, task items in every syntax
 * GFM allows and many it does not, nesting, code, comments and look-alikes. Seeded, so a failure
 * names a reproducible case.
 */

/** mulberry32: a small, seedable PRNG, the one forecasts use. */
import { mulberry32 as random } from '../../src/history/forecast.js';

export { random };

const BULLETS = ['-', '*', '+', '1.', '2)', '10.'];
const BOXES = ['[ ]', '[x]', '[X]', '[ ]', '[x]', '[]', '[  ]', '[y]', '[ x]', '(x)', '[\t]'];
const AFTER = [' ', ' ', ' ', '\t', '', '  '];
const WORDS = ['ship', 'auth', 'docs', '`code`', '**bold**', '@ann', '#infra', '[link](x.md)', '<b>x</b>', '(due 2026-01-15)', '📅 2026-02-01', '🔴', '游댮', '| pipe |'];
const INDENTS = ['', '', '', ' ', '  ', '   ', '    ', '\t'];

export function generateRoadmap(seed: number): string {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const text = () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(WORDS)).join(' ');
  // A heading first: a leading `---` would be front matter, which cmark-gfm does not know.
  const lines: string[] = [`# ${text()}`, ''];
  const blocks = 5 + Math.floor(rand() * 25);
  for (let i = 0; i < blocks; i++) {
    const kind = rand();
    if (kind < 0.12) lines.push(`${'#'.repeat(1 + Math.floor(rand() * 4))} ${text()}`, '');
    else if (kind < 0.2) lines.push(`**${pick(['Priority', 'Status', 'Timeline'])}**: ${text()}  `);
    else if (kind < 0.75) {
      const items = 1 + Math.floor(rand() * 6);
      const bullet = pick(BULLETS);
      for (let j = 0; j < items; j++) {
        const indent = rand() < 0.3 ? ' '.repeat(2 * (1 + Math.floor(rand() * 3))) : pick(INDENTS);
        const item = rand() < 0.8 ? `${pick(BOXES)}${pick(AFTER)}${rand() < 0.9 ? text() : ''}` : text();
        lines.push(`${indent}${rand() < 0.9 ? bullet : pick(BULLETS)} ${item}`);
        if (rand() < 0.1) lines.push(`${indent}  continued ${text()}`);
        if (rand() < 0.1) lines.push('');
      }
      lines.push('');
    } else if (kind < 0.82) lines.push('```', `- [ ] ${text()}`, '```', '');
    else if (kind < 0.86) lines.push('<!--', `- [ ] ${text()}`, '-->', '');
    else if (kind < 0.9) lines.push(`    - [ ] ${text()}`, '');
    else if (kind < 0.94) lines.push('---', '');
    else lines.push(text(), '');
  }
  return `${lines.join('\n')}\n`;
}
