// Generated inputs, shared by the benchmarks and the tests (test/helpers/generate.ts).

/**
 * An ordinary roadmap of about `bytes` characters: sections and milestones with fields, task
 * lists (some nested), paragraphs, code blocks holding `#` lines, tables and quotes. Deterministic.
 * @param {number} bytes
 * @param {number} [seed]
 * @returns {string}
 */
export function ordinaryRoadmap(bytes, seed = 1) {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const WORDS = ['ship', 'api', 'cache', 'release', 'docs', 'tests', 'migrate', 'auth', 'billing', 'search', 'ui', 'db'];
  /** @param {number} n */
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const parts = ['# Generated roadmap\n\n**Generated**: 2026-01-01  \n**Owner**: @team\n\n'];
  let size = parts[0].length;
  for (let i = 1; size < bytes; i++) {
    let block = `## Section ${i}: ${words(3)}\n\n### 🔴 Milestone ${i} ${words(2)}\n`;
    block += `**Priority**: ${['Critical', 'High', 'Medium', 'Low'][i % 4]}  \n**Timeline**: ${(i % 5) + 1}-${(i % 5) + 3} weeks\n\n`;
    for (let t = 0; t < 6; t++) {
      block += `- [${random() < 0.3 ? 'x' : ' '}] ${words(5)} [link](https://example.com/${i}/${t}) \`code\` **bold** @owner #tag\n`;
      if (t % 3 === 0) block += `  - [ ] nested ${words(3)}\n`;
    }
    block += `\n${words(12)} *emphasis* and _more_ text.\n\n`;
    if (i % 3 === 0) block += '```sh\n# a comment, not a heading\nmake release\n```\n\n';
    if (i % 4 === 0) block += '| a | b |\n|---|---|\n| 1 | 2 |\n\n';
    if (i % 5 === 0) block += `> note: ${words(6)}\n> - [ ] quoted task\n\n`;
    block += '**Status**: In progress - see `PLAN.md`\n\n';
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

/**
 * One of the research notes' pathological patterns, repeated to `bytes` characters.
 * @param {string} unit
 * @param {number} bytes
 * @returns {string}
 */
export function repeated(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/**
 * Copy `index` of a roadmap: the same text with one task of its own at the end, so that no two
 * copies parse alike (nothing can be shared between them) and every one is parsed.
 * @param {string} text
 * @param {number} index
 * @returns {string}
 */
export function copyOf(text, index) {
  return `${text}\n- [ ] copy ${index}\n`;
}
