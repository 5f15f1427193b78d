/**
 * cmark-gfm, the reference GFM renderer, as an independent judge of the markdown the report
 * writes. Tests that need it are skipped where it is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CMARK = ['/usr/bin/cmark-gfm', '/usr/local/bin/cmark-gfm'].find((path) => existsSync(path));

export const hasCmark = CMARK !== undefined;

/**
 * Markdown → HTML with GFM tables and autolinks. `--unsafe` lets raw HTML through as it would
 * reach a page, so that a test sees it if the markdown holds any.
 */
export function cmarkHtml(markdown: string): string {
  if (CMARK === undefined) throw new Error('cmark-gfm is not installed');
  return execFileSync(CMARK, ['--unsafe', '-e', 'table', '-e', 'autolink'], { input: markdown, encoding: 'utf8' });
}

/** Each table of the HTML as rows of cell texts (header row first), entities left as they are. */
export function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd](?: [^>]*)?>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell!),
    ),
  );
}

/** Every element name in the HTML: what a viewer would build from it. */
export function htmlElements(html: string): string[] {
  return [...new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map(([, name]) => name!.toLowerCase()))].sort();
}

/** Task items as GitHub counts them: checkboxes in cmark-gfm's HTML with the tasklist extension. */
export function cmarkTaskCounts(markdown: string): { total: number; checked: number } {
  if (CMARK === undefined) throw new Error('cmark-gfm is not installed');
  const html = execFileSync(CMARK, ['-e', 'tasklist'], { input: markdown, encoding: 'utf8' });
  return {
    total: html.match(/<input type="checkbox"/g)?.length ?? 0,
    checked: html.match(/<input type="checkbox" checked=""/g)?.length ?? 0,
  };
}
