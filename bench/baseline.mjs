// The reference for `npm run bench`: a plain, single-threaded unified + remark-parse + remark-gfm
// parse of every markdown file in a folder (recursively), nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();
const folder = process.argv[2];
if (!folder) throw new Error('usage: node bench/baseline.mjs FOLDER');

let files = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  processor.parse(readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
  files++;
}
process.stdout.write(`${files} files parsed\n`);
