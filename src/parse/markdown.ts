/** The one markdown parser: CommonMark + GFM, to mdast. No plugin that runs code is ever added. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { repairBareBoxes } from './bare-boxes.js';
import { repairOrderedAfterCode } from './ordered-after-code.js';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses as GitHub does, where remark and GitHub's cmark-gfm part ways (see the repairs). */
export function parseMarkdown(text: string): Root {
  return repairBareBoxes(parseOnce(text), text, parseOnce);
}

function parseOnce(text: string): Root {
  return repairOrderedAfterCode(processor.parse(text), text, parseOnce);
}
