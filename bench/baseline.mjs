// The references for `npm run bench`: the naive way to count tasks in every markdown file of a
// folder (recursively), in one process, with nothing else done.
//
//   node bench/baseline.mjs remark FOLDER        unified + remark-parse + remark-gfm: each file to
//                                                mdast, counting list items whose `checked` is a boolean
//   node bench/baseline.mjs markdown-it FOLDER   markdown-it 14 (commonmark, html, table and
//                                                strikethrough): each file to tokens, counting list
//                                                items whose first inline starts `[ ] `, `[x] `, `[X] `
//
//   node bench/baseline.mjs markdown-it-git REPO FILE
//                                                the same markdown-it count over every version of
//                                                FILE on REPO's first-parent history: the blob ids
//                                                from one `git log --raw`, their bytes from one
//                                                `git cat-file --batch`
//
// Only the chosen parser is imported, so that neither pays for loading the other. Prints
// "FILES files, TASKS tasks".
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [kind, folder, file] = process.argv.slice(2);
if (!folder || (kind !== 'remark' && kind !== 'markdown-it' && kind !== 'markdown-it-git')) {
  throw new Error('usage: node bench/baseline.mjs remark|markdown-it FOLDER, or markdown-it-git REPO FILE');
}

/** @returns {(text: string) => number} the number of tasks in one markdown text */
async function remarkCounter() {
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  const processor = unified().use(remarkParse).use(remarkGfm).freeze();
  /** @param {any} node */
  const count = (node) => {
    let tasks = node.type === 'listItem' && typeof node.checked === 'boolean' ? 1 : 0;
    if (node.children) for (const child of node.children) tasks += count(child);
    return tasks;
  };
  return (text) => count(processor.parse(text));
}

/** @returns {(text: string) => number} */
async function markdownItCounter() {
  const { default: MarkdownIt } = await import('markdown-it');
  const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']);
  // The task rule: a list item whose first inline content (inside its paragraph) starts with a box.
  const task = /^\[[ xX]\] /;
  return (text) => {
    const tokens = md.parse(text, {});
    let tasks = 0;
    for (let i = 0; i + 2 < tokens.length; i++) if (tokens[i].type === 'list_item_open' && tokens[i + 2].type === 'inline' && task.test(tokens[i + 2].content)) tasks++;
    return tasks;
  };
}

const countTasks = kind === 'remark' ? await remarkCounter() : await markdownItCounter();
if (kind === 'markdown-it-git') {
  const raw = execFileSync('git', ['log', '--first-parent', '--raw', '--no-abbrev', '--format=', 'HEAD', '--', file], { cwd: folder, encoding: 'utf8', maxBuffer: 2 ** 30 });
  const blobs = raw.split('\n').flatMap((line) => (line.startsWith(':') ? [line.split(' ')[3]] : []));
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: folder, input: blobs.map((blob) => `${blob}\n`).join(''), maxBuffer: 2 ** 31 - 1 });
  let at = 0;
  let versions = 0;
  let total = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    const size = Number(out.subarray(at, end).toString().split(' ')[2]);
    total += countTasks(out.subarray(end + 1, end + 1 + size).toString('utf8'));
    at = end + 1 + size + 1;
    versions++;
  }
  process.stdout.write(`${versions} versions, ${total} tasks\n`);
  process.exit(0);
}
let files = 0;
let tasks = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  tasks += countTasks(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
  files++;
}
process.stdout.write(`${files} files, ${tasks} tasks\n`);
