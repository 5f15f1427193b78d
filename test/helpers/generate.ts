/** Generated inputs: ordinary roadmaps of any size, and the pathological patterns. */

/**
 * An ordinary roadmap of about `bytes` characters: sections and milestones with fields, task
 * lists (some nested), paragraphs, code blocks holding `#` lines, tables and quotes. Deterministic.
 */
export function ordinaryRoadmap(bytes: number, seed = 1): string {
  let state = seed;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const WORDS = ['ship', 'api', 'cache', 'release', 'docs', 'tests', 'migrate', 'auth', 'billing', 'search', 'ui', 'db'];
  const words = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const parts = ['# Generated roadmap\n\n**Generated**: 2026-01-01  \n**Owner**: @team\n\n'];
  let size = parts[0]!.length;
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

/** One of the research notes' pathological patterns, repeated to `bytes` characters. */
export function repeated(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}
