/**
 * The markdown after the front matter → a RoadmapDocument. Pure and total: input the parser
 * cannot finish is a `parse-limit` error on the file, never an exception.
 */
import type { Diagnostic, RoadmapDocument, SourceFile } from '../model/types.js';
import type { FrontMatterResult } from './front-matter-result.js';
import { asParseLimit } from './limits.js';
import { parseMarkdown } from './markdown/index.js';
import { type ParseSettings, readBody } from './read-body.js';

export function parseBody(source: SourceFile, front: FrontMatterResult, settings: ParseSettings): RoadmapDocument {
  const diagnostics: Diagnostic[] = [...source.diagnostics, ...front.diagnostics];
  try {
    const tree = parseMarkdown(front.body);
    for (const hidden of tree.data.hiddenTasks) {
      diagnostics.push({
        file: source.path,
        line: hidden.line,
        column: hidden.column,
        severity: 'warning',
        rule: 'hidden-task',
        message: `looks like an open task but is not counted: ${hidden.where}`,
      });
    }
    return readBody(source, front, tree.children, settings, diagnostics);
  } catch (error) {
    // Input the parser cannot finish is a fact about the file, reported on it; the rest of the
    // run goes on, and the file counts as not judged.
    const limit = asParseLimit(error);
    diagnostics.push({ file: source.path, line: limit.line, column: 1, severity: 'error', rule: 'parse-limit', message: limit.message });
    return readBody(source, front, [], settings, diagnostics);
  }
}
